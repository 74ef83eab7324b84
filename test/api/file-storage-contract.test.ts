// What every FileStorage promises (file-storage.ts), checked with the same cases against
// the data folder and against S3Storage on a real S3-speaking server (s3rver, started
// here on loopback): bytes come back exact, a write that fails leaves nothing, listing
// pages lazily, and the leftovers of a write cut short are swept. Here rather than beside
// the code: it starts a server from test/support, which the app's sources may not import.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  ListMultipartUploadsCommand,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { DataFolderStorage } from '../../apps/api/src/files/data-folder-storage';
import type { FileStorage, StoredKey } from '../../apps/api/src/files/file-storage';
import { S3Storage } from '../../apps/api/src/files/s3-storage';
import { startS3Server, type S3TestServer } from '../support/s3-server';

const MiB = 1024 * 1024;

interface Backend {
  readonly storage: FileStorage;
  /** What a failed or interrupted write left behind, wherever this storage keeps that. */
  leftovers(): Promise<number>;
  /** Leaves what a process that died mid-write (killed, not failed) would leave. */
  interruptedWrite(key: string): Promise<void>;
  /** Empties the storage, so that each case starts from nothing. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

async function dataFolder(): Promise<Backend> {
  const root = await mkdtemp(join(tmpdir(), 'regie-storage-'));
  const files = join(root, 'files');
  const incomplete = join(files, 'incomplete');
  return {
    storage: new DataFolderStorage(files),
    leftovers: async () => (await readdir(incomplete).catch(() => [])).length,
    interruptedWrite: async (key) => {
      await mkdir(incomplete, { recursive: true });
      await writeFile(join(incomplete, `${key}.${randomUUID()}`), randomBytes(1000));
    },
    reset: () => rm(files, { recursive: true, force: true }),
    close: () => rm(root, { recursive: true, force: true }),
  };
}

async function s3(): Promise<Backend> {
  const server: S3TestServer = await startS3Server();
  return {
    // Two keys a page, so that listing five goes through three pages.
    storage: new S3Storage(server.client, server.bucket, { listPageSize: 2 }),
    leftovers: async () => (await server.pendingUploads()).length,
    interruptedWrite: async (key) => {
      // A multipart upload with a part stored and never completed nor aborted.
      const { UploadId } = await server.client.send(
        new CreateMultipartUploadCommand({ Bucket: server.bucket, Key: `files/${key}` }),
      );
      await server.client.send(
        new UploadPartCommand({
          Bucket: server.bucket,
          Key: `files/${key}`,
          UploadId,
          PartNumber: 1,
          Body: randomBytes(5 * MiB),
        }),
      );
    },
    reset: async () => {
      for (const key of await server.objectKeys())
        await server.client.send(new DeleteObjectCommand({ Bucket: server.bucket, Key: key }));
      const { Uploads = [] } = await server.client.send(
        new ListMultipartUploadsCommand({ Bucket: server.bucket }),
      );
      for (const { Key, UploadId } of Uploads)
        await server.client.send(
          new AbortMultipartUploadCommand({ Bucket: server.bucket, Key, UploadId }),
        );
    },
    close: () => server.close(),
  };
}

/** `bytes` as a stream of 64 KiB chunks, the way an upload arrives. */
function streamOf(bytes: Buffer): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
    })(),
  );
}

/** `size` random bytes, then the stream fails with `error` (or is destroyed without one). */
function failingAfter(size: number, error: Error | undefined): Readable {
  let sent = 0;
  const source = new Readable({
    read() {
      if (sent >= size) {
        setImmediate(() => source.destroy(error));
        return;
      }
      const chunk = randomBytes(Math.min(256 * 1024, size - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
  return source;
}

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function listed(storage: FileStorage): Promise<StoredKey[]> {
  const keys: StoredKey[] = [];
  for await (const k of storage.list()) keys.push(k);
  return keys.sort((a, b) => a.key.localeCompare(b.key));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each([
  ['the data folder', dataFolder],
  ['an S3 bucket', s3],
])('FileStorage on %s', (_name, open) => {
  let backend: Backend;
  let storage: FileStorage;
  beforeAll(async () => {
    backend = await open();
    storage = backend.storage;
  });
  beforeEach(() => backend.reset());
  afterAll(() => backend.close());

  it('gives back exactly the bytes stored, small or in many parts', async () => {
    const large = randomBytes(12 * MiB + 12_345);
    const small = Buffer.from('%PDF-1.7\n%âãÏÓ\n');
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await storage.put(a, streamOf(large));
    await storage.put(b, streamOf(small));
    await storage.put(c, streamOf(Buffer.alloc(0)));
    expect(sha256(await read(await storage.get(a)))).toBe(sha256(large));
    expect((await read(await storage.get(b))).equals(small)).toBe(true);
    expect((await read(await storage.get(c))).length).toBe(0);
    expect(await backend.leftovers()).toBe(0);
  });

  it('streams whatever the source holds, whatever length or size it claims to have', async () => {
    // The upload's own stream counts its bytes in `size`: a storage must not take that
    // (0 when it starts) for the length of what is coming.
    const bytes = randomBytes(6 * MiB + 1);
    const source = Object.assign(streamOf(bytes), { size: 0, length: 3 });
    const key = randomUUID();
    await storage.put(key, source);
    expect(sha256(await read(await storage.get(key)))).toBe(sha256(bytes));
  });

  it('refuses to read what is not stored, before streaming anything', async () => {
    await expect(storage.get(randomUUID())).rejects.toThrow();
  });

  it('lists every stored key with when it was stored, across pages, and forgets deleted ones', async () => {
    const keys = Array.from({ length: 5 }, () => randomUUID()).sort();
    const before = Date.now();
    for (const key of keys) await storage.put(key, streamOf(randomBytes(100)));
    const all = await listed(storage);
    expect(all.map((k) => k.key)).toEqual(keys);
    for (const { storedAt } of all) {
      // Object stores keep whole seconds.
      expect(storedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(storedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
    await storage.delete(keys[1]);
    await storage.delete(randomUUID());
    expect((await listed(storage)).map((k) => k.key)).toEqual([keys[0], ...keys.slice(2)]);
    await expect(storage.get(keys[1])).rejects.toThrow();
  });

  it.each([
    ['in its first bytes', 100 * 1024],
    ['after several parts went out', 12 * MiB],
  ])(
    'leaves nothing under the key, and no parts, when the source fails %s',
    async (_when, size) => {
      const key = randomUUID();
      const refused = new Error('the upload was refused');
      await expect(storage.put(key, failingAfter(size, refused))).rejects.toBe(refused);
      await expect(storage.get(key)).rejects.toThrow();
      expect(await listed(storage)).toEqual([]);
      expect(await backend.leftovers()).toBe(0);
    },
  );

  it('leaves nothing when the source is destroyed without an error (a client gone)', async () => {
    const key = randomUUID();
    await expect(storage.put(key, failingAfter(6 * MiB, undefined))).rejects.toThrow();
    await expect(storage.get(key)).rejects.toThrow();
    expect(await listed(storage)).toEqual([]);
    expect(await backend.leftovers()).toBe(0);
  });

  it('sweeps what writes cut short left behind once they are older than the cutoff, and nothing stored', async () => {
    const stored = randomUUID();
    const bytes = randomBytes(2000);
    await storage.put(stored, streamOf(bytes));
    await backend.interruptedWrite(randomUUID());
    await backend.interruptedWrite(randomUUID());
    expect(await backend.leftovers()).toBe(2);

    // Started after the cutoff: possibly still under way.
    expect(await storage.sweepIncomplete(new Date(Date.now() - 60_000))).toBe(0);
    expect(await backend.leftovers()).toBe(2);

    expect(await storage.sweepIncomplete(new Date(Date.now() + 60_000))).toBe(2);
    expect(await backend.leftovers()).toBe(0);
    expect(sha256(await read(await storage.get(stored)))).toBe(sha256(bytes));
    expect((await listed(storage)).map((k) => k.key)).toEqual([stored]);
  });

  it('takes only an id as a key, never a path a client could choose', async () => {
    await expect(storage.put('../../etc/passwd', streamOf(Buffer.from('x')))).rejects.toThrow(
      /not a storage key/,
    );
    await expect(storage.get('../secret')).rejects.toThrow(/not a storage key/);
  });
});
