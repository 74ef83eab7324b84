import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataFolderStorage } from './data-folder-storage';
import type { StoredKey } from './file-storage';

async function all(storage: DataFolderStorage): Promise<StoredKey[]> {
  const keys: StoredKey[] = [];
  for await (const k of storage.list()) keys.push(k);
  return keys.sort((a, b) => a.key.localeCompare(b.key));
}

describe('DataFolderStorage.list', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'regie-storage-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('lists nothing before anything is stored', async () => {
    expect(await all(new DataFolderStorage(join(root, 'files')))).toEqual([]);
  });

  it('lists every stored key with the moment its bytes were stored, and nothing else', async () => {
    const storage = new DataFolderStorage(root);
    const [a, b] = [randomUUID(), randomUUID()];
    await storage.put(a, Readable.from([Buffer.from('%PDF-1.7 a')]));
    await storage.put(b, Readable.from([Buffer.from('%PDF-1.7 b')]));
    const long = new Date(Date.UTC(2020, 0, 1));
    await utimes(join(root, a.slice(0, 2), a), long, long);
    // A write under way, and what is not ours, are not stored keys.
    await mkdir(join(root, 'incomplete'), { recursive: true });
    await writeFile(join(root, 'incomplete', `${randomUUID()}.${randomUUID()}`), 'half');
    await mkdir(join(root, 'ab'), { recursive: true });
    await writeFile(join(root, 'ab', 'notes.txt'), 'not a key');
    await writeFile(join(root, 'ab', randomUUID().replace(/^../, 'cd')), 'in the wrong folder');

    const listed = await all(storage);
    expect(listed.map((k) => k.key)).toEqual([a, b].sort());
    expect(listed.find((k) => k.key === a)!.storedAt).toEqual(long);
    expect(Date.now() - listed.find((k) => k.key === b)!.storedAt.getTime()).toBeLessThan(60_000);

    await storage.delete(a);
    expect((await all(storage)).map((k) => k.key)).toEqual([b]);
  });
});
