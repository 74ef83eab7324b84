// Files in an S3-compatible bucket (REGIE_S3_*): the app over HTTP, storing into a real
// S3-speaking server (s3rver, test/support/s3-server.ts) through the AWS SDK. The same
// upload rules hold as on the data folder (files.test.ts); here: the bytes go to the
// bucket and come back exact, a refused upload leaves nothing there, a 50 MB upload
// streams through, the sweep cleans the bucket, and a bucket that is not there stops the start.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import {
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { FilesService } from '../../apps/api/src/files/files.service';
import { fixture, pdfOfSize } from '../fixtures/pdfs';
import { download, storedFiles, upload, uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { startS3Server, type S3TestServer } from '../support/s3-server';
import { startTestApp, type TestApp } from '../support/test-app';

const MiB = 1024 * 1024;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('files in an S3 bucket', () => {
  let s3: S3TestServer;
  let app: TestApp;
  let vendor: string;
  let editor: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    s3 = await startS3Server();
    app = await startTestApp({
      env: { ...s3.env, REGIE_MAX_UPLOAD_BYTES: String(60 * MiB) },
    });
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
  });
  afterAll(async () => {
    await app?.close();
    await s3?.close();
  });

  const fileRows = async () =>
    Number(
      (await app.running.app.get(DataSource).query('SELECT count(*) AS n FROM stored_file'))[0].n,
    );

  it('stores an uploaded PDF in the bucket, not the data folder, and serves it back byte for byte', async () => {
    const pdf = pdfOfSize(200_000);
    const info = await uploadPdf(app, editor.token, pdf, {
      filename: 'Verwerkersovereenkomst.pdf',
    });
    expect(info).toMatchObject({
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
    });
    expect(await s3.objectKeys()).toContain(`files/${info.id}`);
    expect(await storedFiles(app)).toEqual([]);

    const res = await download(app, `/api/files/${info.id}`, editor.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(pdf.length));
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(pdf)).toBe(true);
    expect(sha256(bytes)).toBe(info.sha256);

    // The signed URL a browser gets works without a token.
    const signed = await download(app, info.url);
    expect(signed.status).toBe(200);
    expect(Buffer.from(await signed.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('refuses bytes that are not a PDF with 415 and leaves nothing in the bucket', async () => {
    const rowsBefore = await fileRows();
    const objectsBefore = await s3.objectKeys();
    for (const bytes of [fixture('exe-renamed.pdf'), randomBytes(7 * MiB)]) {
      const res = await upload(app, editor.token, bytes, { filename: 'factuur.pdf' });
      expect(res.status).toBe(415);
    }
    expect(await fileRows()).toBe(rowsBefore);
    expect(await s3.objectKeys()).toEqual(objectsBefore);
    expect(await s3.pendingUploads()).toEqual([]);
  });

  it('streams a 50 MB upload through to the bucket and back, with its SHA-256', async () => {
    const pdf = pdfOfSize(50 * 1000 * 1000);
    const info = await uploadPdf(app, editor.token, pdf, { filename: 'Pentestrapport.pdf' });
    expect(info.size).toBe(pdf.length);
    expect(info.sha256).toBe(sha256(pdf));
    expect(await s3.pendingUploads()).toEqual([]);

    const res = await download(app, `/api/files/${info.id}`, editor.token);
    expect(res.status).toBe(200);
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      hash.update(chunk);
      size += chunk.length;
    }
    expect(size).toBe(pdf.length);
    expect(hash.digest('hex')).toBe(info.sha256);
  }, 120_000);

  it('sweeps the bucket: unlinked uploads past their day, objects no row names, interrupted uploads; keeps linked files and what is not Regie’s', async () => {
    const ds = app.running.app.get(DataSource);
    const files = app.running.app.get(FilesService);
    const unlinked = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
    const linked = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
    await ds.transaction((em) =>
      files.link(em, {
        fileId: linked.id,
        organisationId: vendor,
        kind: 'attestation',
        linkId: randomUUID(),
        field: 'input.documentFileId',
      }),
    );
    // Bytes stored just before a crash (no row), something else kept in the same bucket,
    // and an upload whose process died before it completed.
    const stray = `files/${randomUUID()}`;
    await s3.client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: stray, Body: Buffer.from('%PDF-1.7') }),
    );
    await s3.client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: 'backups/regie.dump', Body: 'x' }),
    );
    const interrupted = `files/${randomUUID()}`;
    const { UploadId } = await s3.client.send(
      new CreateMultipartUploadCommand({ Bucket: s3.bucket, Key: interrupted }),
    );
    await s3.client.send(
      new UploadPartCommand({
        Bucket: s3.bucket,
        Key: interrupted,
        UploadId,
        PartNumber: 1,
        Body: randomBytes(5 * MiB),
      }),
    );

    // A day and more later, everything above is past the sweep's cutoff.
    await files.sweep(new Date(Date.now() + 25 * 3_600_000));

    const keys = await s3.objectKeys();
    expect(keys).not.toContain(`files/${unlinked.id}`);
    expect(keys).not.toContain(stray);
    expect(keys).toContain(`files/${linked.id}`);
    expect(keys).toContain('backups/regie.dump');
    expect(await s3.pendingUploads()).toEqual([]);
    const rows: { id: string }[] = await ds.query(
      'SELECT id FROM stored_file WHERE id = ANY($1::uuid[])',
      [[linked.id, unlinked.id]],
    );
    expect(rows).toEqual([{ id: linked.id }]);
    expect((await download(app, `/api/files/${unlinked.id}`, editor.token)).status).toBe(404);
  });

  it('does not start when the bucket is not there, and says which setting to fix', async () => {
    await expect(
      startTestApp({ env: { ...s3.env, REGIE_S3_BUCKET: 'no-such-bucket' } }),
    ).rejects.toThrow(/^REGIE_S3_BUCKET: there is no bucket "no-such-bucket"/);
  });
});
