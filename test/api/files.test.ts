import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { FileUrls } from '../../apps/api/src/files/file-urls';
import { FilesService } from '../../apps/api/src/files/files.service';
import { fixture, pdfOfSize } from '../fixtures/pdfs';
import { download, storedFiles, upload, uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

/** A small limit, so that "too large" needs no large test data. */
const LIMIT = 64 * 1024;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('files: upload and download', () => {
  let app: TestApp;
  let vendor: string;
  let otherVendor: string;
  let editor: Awaited<ReturnType<typeof signUp>>;
  let otherEditor: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    app = await startTestApp({ env: { REGIE_MAX_UPLOAD_BYTES: String(LIMIT) } });
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    otherEditor = await signUp(app, { organisationId: otherVendor, roles: [Role.VENDOR_EDITOR] });
  });
  afterAll(() => app.close());

  const fileRows = async () =>
    Number(
      (await app.running.app.get(DataSource).query('SELECT count(*) AS n FROM stored_file'))[0].n,
    );

  it('stores a PDF under a generated id, with its size, type and SHA-256 computed from the bytes', async () => {
    const pdf = fixture('tiny.pdf');
    const res = await upload(app, editor.token, pdf, {
      filename: '../../etc/Certificaat ISO 27001 — 2026.pdf',
      type: 'text/html',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      filename: 'Certificaat ISO 27001 — 2026.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
    });
    const id = res.body.id as string;
    // The bytes are on disk under the id; the client's name appears nowhere.
    const stored = await storedFiles(app);
    expect(stored).toContain(`${id.slice(0, 2)}/${id}`);
    expect(stored.some((p) => p.includes('Certificaat'))).toBe(false);
  });

  it('serves the bytes to its organisation as an attachment, with the stored type and nosniff', async () => {
    const pdf = pdfOfSize(5000);
    const info = await uploadPdf(app, editor.token, pdf, {
      filename: 'Pentestrapport Q1 – één.pdf',
    });
    const res = await download(app, `/api/files/${info.id}`, editor.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Pentestrapport Q1 _ __n.pdf"; ` +
        `filename*=UTF-8''Pentestrapport%20Q1%20%E2%80%93%20%C3%A9%C3%A9n.pdf`,
    );
    expect(res.headers.get('content-length')).toBe(String(pdf.length));
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('serves the file through its signed URL without a token, and refuses an altered or expired one', async () => {
    const info = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
    expect(info.url).toMatch(
      new RegExp(`^/api/files/${info.id}\\?user=.+&expires=\\d+&signature=`),
    );
    const ok = await download(app, info.url);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toMatch(/^attachment;/);

    const altered = info.url.replace(`user=${editor.userId}`, `user=${otherEditor.userId}`);
    expect((await download(app, altered)).status).toBe(401);
    const forged = info.url.replace(/signature=[^&]+/, 'signature=AAAA');
    expect((await download(app, forged)).status).toBe(401);

    const viewer = { kind: 'user', userId: editor.userId, memberships: [] } as never;
    const stale = app.running.app
      .get(FileUrls)
      .urlFor(info.id, viewer, Date.now() - 11 * 60 * 1000);
    const expired = await download(app, stale);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ status: 401, statusMessage: expect.any(String) });
  });

  it("answers 404 for another organisation's file, by token or by its own signed URL, as for none", async () => {
    const info = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
    const byToken = await download(app, `/api/files/${info.id}`, otherEditor.token);
    expect(byToken.status).toBe(404);
    expect(await byToken.json()).toEqual({ status: 404, statusMessage: expect.any(String) });
    const other = { kind: 'user', userId: otherEditor.userId, memberships: [] } as never;
    const signedForOther = app.running.app.get(FileUrls).urlFor(info.id, other);
    expect((await download(app, signedForOther)).status).toBe(404);
    const none = await download(
      app,
      '/api/files/00000000-0000-4000-8000-000000000000',
      editor.token,
    );
    expect(none.status).toBe(404);
    expect((await download(app, '/api/files/not-an-id', editor.token)).status).toBe(404);
    expect((await download(app, `/api/files/${info.id}`)).status).toBe(401);
  });

  describe('refuses what is not a PDF with 415, storing nothing', () => {
    it.each([
      ['an executable (ELF) renamed .pdf', 'elf-renamed.pdf'],
      ['an executable (MZ) renamed .pdf', 'exe-renamed.pdf'],
      ['an HTML page renamed .pdf', 'page-renamed.pdf'],
      ['a PDF header after some junk bytes', 'junk-before-header.pdf'],
      ['an empty file', 'empty.pdf'],
    ])('%s', async (_what, name) => {
      const filesBefore = await storedFiles(app);
      const rowsBefore = await fileRows();
      const res = await upload(app, editor.token, fixture(name), { filename: name });
      expect(res.status).toBe(415);
      expect(res.body).toEqual({ status: 415, statusMessage: expect.stringMatching(/PDF/) });
      expect(await storedFiles(app)).toEqual(filesBefore);
      expect(await fileRows()).toBe(rowsBefore);
    });
  });

  describe('refuses a file over REGIE_MAX_UPLOAD_BYTES with 413, leaving nothing on disk', () => {
    it('accepts a file of exactly the limit', async () => {
      const res = await upload(app, editor.token, pdfOfSize(LIMIT));
      expect(res.status).toBe(201);
      expect(res.body.size).toBe(LIMIT);
    });

    it('refuses one byte more while streaming it', async () => {
      const filesBefore = await storedFiles(app);
      const rowsBefore = await fileRows();
      const res = await upload(app, editor.token, pdfOfSize(LIMIT + 1), {});
      expect(res.status).toBe(413);
      expect(res.body).toEqual({
        status: 413,
        statusMessage: `Het bestand is groter dan ${LIMIT.toLocaleString('nl-NL')} bytes.`,
      });
      expect(await storedFiles(app)).toEqual(filesBefore);
      expect(await fileRows()).toBe(rowsBefore);
    });

    it('refuses a declared length that cannot fit before reading the body', async () => {
      const filesBefore = await storedFiles(app);
      const res = await upload(app, editor.token, pdfOfSize(LIMIT * 8));
      expect(res.status).toBe(413);
      expect(await storedFiles(app)).toEqual(filesBefore);
    });

    it('answers an endless chunked upload with 413 without reading the rest', async () => {
      const filesBefore = await storedFiles(app);
      const boundary = 'regie-test-boundary';
      let sent = 0;
      const chunk = Buffer.alloc(16 * 1024, 0x41);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            Buffer.from(
              `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="endless.pdf"\r\n` +
                `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
            ),
          );
        },
        pull(controller) {
          // Would go on for ever: only the server's refusal ends it.
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const res = await fetch(`${app.url}/api/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${editor.token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ status: 413 });
      // What the client managed to push is bounded by socket buffers, not by the body.
      expect(sent).toBeLessThan(LIMIT + 16 * 1024 * 1024);
      await body.cancel().catch(() => undefined);
      expect(await storedFiles(app)).toEqual(filesBefore);
    });
  });

  it('keeps nothing of an upload the client abandons half-way', async () => {
    const filesBefore = await storedFiles(app);
    const rowsBefore = await fileRows();
    const boundary = 'regie-abandoned';
    const { port } = new URL(app.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n`;
    socket.write(
      `POST /api/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${editor.token}\r\n` +
        `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: 60000\r\n\r\n` +
        head,
    );
    socket.write(Buffer.alloc(32 * 1024, 0x42));
    // Let the server start storing, then go away in the middle of the file.
    for (let i = 0; i < 50 && (await storedFiles(app)).length === filesBefore.length; i += 1)
      await new Promise((r) => setTimeout(r, 20));
    socket.destroy();
    for (let i = 0; i < 50 && (await storedFiles(app)).length !== filesBefore.length; i += 1)
      await new Promise((r) => setTimeout(r, 50));
    expect(await storedFiles(app)).toEqual(filesBefore);
    expect(await fileRows()).toBe(rowsBefore);
  });

  describe('who may upload', () => {
    it('needs a signed-in person: 401 without a token, 403 for an API token', async () => {
      expect((await upload(app, undefined, fixture('tiny.pdf'))).status).toBe(401);
      const ds = app.running.app.get(DataSource);
      const admin = await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] });
      const created = await app.graphql(
        'mutation ($o: ID!) { createApiToken(input: { organisationId: $o, name: "ci" }) { token } }',
        { o: vendor },
        { token: admin.token },
      );
      const apiToken = created.data!.createApiToken.token as string;
      const res = await upload(app, apiToken, fixture('tiny.pdf'));
      expect(res.status).toBe(403);
      expect(
        await ds.query(
          'SELECT 1 FROM stored_file WHERE owner_organisation_id = $1 AND uploaded_by_id IS NULL',
          [vendor],
        ),
      ).toEqual([]);
    });

    it('refuses a member whose roles attach no documents (a VIEWER)', async () => {
      const viewer = await signUp(app, { organisationId: vendor, roles: [Role.VIEWER] });
      expect((await upload(app, viewer.token, fixture('tiny.pdf'))).status).toBe(403);
    });

    it('asks a member of several organisations which one, and refuses one they do not belong to', async () => {
      const board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
      const both = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
      await app.running.app
        .get(DataSource)
        .query(
          `INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, '{PROCUREMENT}')`,
          [both.userId, board],
        );
      const unnamed = await upload(app, both.token, fixture('tiny.pdf'));
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.statusMessage).toMatch(/organisationId/);
      const foreign = await upload(app, both.token, fixture('tiny.pdf'), {
        organisationId: otherVendor,
      });
      expect(foreign.status).toBe(403);
      const named = await upload(app, both.token, fixture('tiny.pdf'), { organisationId: board });
      expect(named.status).toBe(201);
      const [row] = await app.running.app
        .get(DataSource)
        .query('SELECT owner_organisation_id FROM stored_file WHERE id = $1', [named.body.id]);
      expect(row.owner_organisation_id).toBe(board);
    });

    it('answers in English when asked', async () => {
      const res = await fetch(`${app.url}/api/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editor.token}`, 'accept-language': 'en' },
        body: (() => {
          const form = new FormData();
          form.append('file', new Blob([fixture('page-renamed.pdf')]), 'x.pdf');
          return form;
        })(),
      });
      expect(await res.json()).toEqual({
        status: 415,
        statusMessage: 'This kind of file is not accepted; send a PDF.',
      });
    });

    it('refuses a request that is not multipart or has no file', async () => {
      const json = await fetch(`${app.url}/api/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(json.status).toBe(400);
      const form = new FormData();
      form.append('organisationId', vendor);
      const noFile = await fetch(`${app.url}/api/files`, {
        method: 'POST',
        headers: { authorization: `Bearer ${editor.token}` },
        body: form,
      });
      expect(noFile.status).toBe(400);
    });
  });

  describe('the sweep', () => {
    it('removes uploads left unlinked for more than 24 hours, rows and bytes, and keeps newer ones', async () => {
      const ds = app.running.app.get(DataSource);
      const old = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
      const recent = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
      await ds.query(
        `UPDATE stored_file SET created_at = now() - interval '25 hours' WHERE id = $1`,
        [old.id],
      );
      const removed = await app.running.app.get(FilesService).sweep();
      expect(removed).toBeGreaterThanOrEqual(1);
      const left = await ds.query('SELECT id FROM stored_file WHERE id = ANY($1::uuid[])', [
        [old.id, recent.id],
      ]);
      expect(left).toEqual([{ id: recent.id }]);
      const stored = await storedFiles(app);
      expect(stored).not.toContain(`${old.id.slice(0, 2)}/${old.id}`);
      expect(stored).toContain(`${recent.id.slice(0, 2)}/${recent.id}`);
      expect((await download(app, `/api/files/${old.id}`, editor.token)).status).toBe(404);
    });

    it('removes what an interrupted upload left in the incomplete folder after a day', async () => {
      const root = join(app.running.app.get<AppConfig>(APP_CONFIG).dataDir, 'files', 'incomplete');
      await mkdir(root, { recursive: true });
      await writeFile(join(root, 'stale'), '%PDF-1.7 half');
      await writeFile(join(root, 'fresh'), '%PDF-1.7 still coming');
      const dayAndHourAgo = new Date(Date.now() - 25 * 3_600_000);
      await utimes(join(root, 'stale'), dayAndHourAgo, dayAndHourAgo);
      await app.running.app.get(FilesService).sweep();
      expect(await readdir(root)).toEqual(['fresh']);
      await rm(join(root, 'fresh'));
    });

    it('removes stored bytes that no row names once they are a day old, and keeps every file a row names', async () => {
      const root = join(app.running.app.get<AppConfig>(APP_CONFIG).dataDir, 'files');
      const dayAndHourAgo = new Date(Date.now() - 25 * 3_600_000);
      // Bytes stored just before a crash: in their final place, but no row was written.
      const stray = async (age: Date | null) => {
        const key = randomUUID();
        const path = join(root, key.slice(0, 2), key);
        await mkdir(join(path, '..'), { recursive: true });
        await writeFile(path, '%PDF-1.7 no row');
        if (age) await utimes(path, age, age);
        return `${key.slice(0, 2)}/${key}`;
      };
      const oldStray = await stray(dayAndHourAgo);
      const freshStray = await stray(null);
      // A file with a row, whose bytes are as old: the row is what counts.
      const named = await uploadPdf(app, editor.token, fixture('tiny.pdf'));
      const namedPath = join(root, named.id.slice(0, 2), named.id);
      await utimes(namedPath, dayAndHourAgo, dayAndHourAgo);
      const ds = app.running.app.get(DataSource);
      const rows: { id: string }[] = await ds.query('SELECT id FROM stored_file');
      expect(rows.length).toBeGreaterThan(1);

      await app.running.app.get(FilesService).sweep();

      const stored = await storedFiles(app);
      expect(stored).not.toContain(oldStray);
      expect(stored).toContain(freshStray);
      // Every file a row names is still there, and still served.
      for (const { id } of rows) expect(stored).toContain(`${id.slice(0, 2)}/${id}`);
      const res = await download(app, `/api/files/${named.id}`, editor.token);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(fixture('tiny.pdf'))).toBe(true);
      await rm(join(root, freshStray));
    });
  });
});
