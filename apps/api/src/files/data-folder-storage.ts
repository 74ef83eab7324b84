import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomUUID } from 'node:crypto';
import { isUuid } from '../common/ids';
import type { FileStorage, StoredKey } from './file-storage';

/**
 * Files in `<root>/<first two characters of the key>/<key>`, so that no folder holds
 * millions of entries. A write goes to `<root>/incomplete/` first and is renamed
 * into place when complete (a rename within one file system is atomic): a reader
 * never sees half a file, and a crash leaves its leftover only in `incomplete/`.
 */
export class DataFolderStorage implements FileStorage {
  private readonly incomplete: string;

  constructor(private readonly root: string) {
    this.incomplete = join(root, 'incomplete');
  }

  async put(key: string, source: Readable): Promise<void> {
    const target = this.path(key);
    await mkdir(this.incomplete, { recursive: true });
    const partial = join(this.incomplete, `${key}.${randomUUID()}`);
    try {
      await pipeline(source, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await mkdir(join(target, '..'), { recursive: true });
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.path(key);
    // Fail here, not half-way into a response, when the bytes are missing.
    await stat(path);
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async sweepIncomplete(before: Date): Promise<number> {
    let removed = 0;
    for (const name of await names(this.incomplete)) {
      const path = join(this.incomplete, name);
      const info = await stat(path).catch(() => null);
      if (info && info.mtime < before) {
        await rm(path, { force: true });
        removed += 1;
      }
    }
    return removed;
  }

  async *list(): AsyncIterable<StoredKey> {
    for (const folder of await names(this.root)) {
      // Only the two-character folders hold stored files; `incomplete/` holds writes.
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      for (const name of await names(join(this.root, folder))) {
        if (!isUuid(name) || !name.startsWith(folder)) continue;
        // Gone meanwhile (deleted by a sweep or a failed upload's clean-up): not stored.
        const info = await stat(join(this.root, folder, name)).catch(() => null);
        if (info?.isFile()) yield { key: name, storedAt: info.mtime };
      }
    }
  }

  private path(key: string): string {
    // The key becomes a path: only a UUID may, never anything a client chose.
    if (!isUuid(key)) throw new TypeError(`not a storage key: ${key}`);
    const k = key.toLowerCase();
    return join(this.root, k.slice(0, 2), k);
  }
}

/** The names in a folder; none when the folder does not exist (yet, or any more). */
async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
