// The child process of test/support/s3-server.ts: s3rver with the two operations it
// lacks (see there), on loopback, printing its port as one line of JSON and stopping
// when its parent closes stdin (or goes away). Runs under --openssl-legacy-provider:
// s3rver makes ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps there.
//
//   node --openssl-legacy-provider -r @swc-node/register test/support/s3rver-main.ts DIR BUCKET
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import S3rver from 's3rver';
import S3Error from 's3rver/lib/models/error';

interface PendingUpload {
  readonly key: string;
  readonly uploadId: string;
  readonly initiated: Date;
}

/** The uploads s3rver's FilesystemStore holds for `bucket`, sorted as S3 lists them. */
async function pendingUploads(directory: string, bucket: string): Promise<PendingUpload[]> {
  const root = join(directory, bucket, '._S3rver_uploads');
  const ids = await readdir(root).catch(() => [] as string[]);
  const uploads: PendingUpload[] = [];
  for (const uploadId of ids) {
    try {
      // `key` is written once, when the upload is initiated.
      const keyFile = join(root, uploadId, 'key');
      const [key, info] = await Promise.all([readFile(keyFile, 'utf8'), stat(keyFile)]);
      uploads.push({ key, uploadId, initiated: info.mtime });
    } catch {
      // Completed or aborted while being listed.
    }
  }
  return uploads.sort((a, b) =>
    a.key === b.key ? a.uploadId.localeCompare(b.uploadId) : a.key.localeCompare(b.key),
  );
}

interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  status: number;
  body: unknown;
}

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** ListMultipartUploads and AbortMultipartUpload, for path-style requests. */
function multipartUploads(directory: string) {
  return async (ctx: KoaContext, next: () => Promise<void>) => {
    const [bucket, ...keyParts] = ctx.path.slice(1).split('/').map(decodeURIComponent);
    const key = keyParts.join('/');
    if (ctx.method === 'GET' && !key && 'uploads' in ctx.query) {
      const prefix = one(ctx.query.prefix);
      const keyMarker = one(ctx.query['key-marker']);
      const idMarker = one(ctx.query['upload-id-marker']);
      const max = Math.min(Number(one(ctx.query['max-uploads'])) || 1000, 1000);
      const after = (await pendingUploads(directory, bucket)).filter(
        (u) =>
          u.key.startsWith(prefix) &&
          (u.key > keyMarker || (u.key === keyMarker && idMarker && u.uploadId > idMarker)),
      );
      const page = after.slice(0, max);
      const truncated = after.length > page.length;
      const last = page[page.length - 1];
      ctx.body = {
        ListMultipartUploadsResult: {
          '@': { xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
          Bucket: bucket,
          KeyMarker: keyMarker,
          UploadIdMarker: idMarker,
          NextKeyMarker: truncated ? last.key : '',
          NextUploadIdMarker: truncated ? last.uploadId : '',
          Prefix: prefix,
          MaxUploads: max,
          IsTruncated: truncated,
          Upload: page.map((u) => ({
            Key: u.key,
            UploadId: u.uploadId,
            Initiated: u.initiated.toISOString(),
            StorageClass: 'STANDARD',
          })),
        },
      };
      return;
    }
    if (ctx.method === 'DELETE' && key && 'uploadId' in ctx.query) {
      const uploadId = one(ctx.query.uploadId);
      const upload = (await pendingUploads(directory, bucket)).find(
        (u) => u.uploadId === uploadId && u.key === key,
      );
      if (!upload || !/^[0-9a-f]+$/.test(uploadId)) {
        throw new S3Error(
          'NoSuchUpload',
          'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
          { UploadId: uploadId },
        );
      }
      await rm(join(directory, bucket, '._S3rver_uploads', uploadId), {
        recursive: true,
        force: true,
      });
      ctx.status = 204;
      return;
    }
    await next();
  };
}

async function main(): Promise<void> {
  const [directory, bucket] = process.argv.slice(2);
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  // Before s3rver's router, its last middleware; after its XML and error handling.
  server.middleware.splice(server.middleware.length - 1, 0, multipartUploads(directory));
  const { port } = await server.run();
  process.stdout.write(JSON.stringify({ port }) + '\n');
  process.stdin.resume();
  process.stdin.once('end', () => {
    void server.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`s3rver: ${String(error)}\n`);
  process.exit(1);
});
