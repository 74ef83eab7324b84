// Where the bytes of uploaded files live: the data folder by default (DataFolderStorage),
// an S3-compatible bucket when one is configured (S3Storage), so that several processes
// on several machines serve the same files. Nothing else knows which.
// test/api/file-storage-contract.test.ts runs the same cases against both.
import type { Readable } from 'node:stream';

/** The injection token of the FileStorage in use. */
export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A key that has bytes stored under it, and when they were stored. */
export interface StoredKey {
  readonly key: string;
  /** When the write completed (a file's mtime, an object's LastModified). */
  readonly storedAt: Date;
}

export interface FileStorage {
  /**
   * Streams `source` into storage under `key` (a UUID). Resolves once every byte is
   * stored; when the source fails or is destroyed, rejects and leaves nothing under
   * the key and nothing half-written anywhere.
   */
  put(key: string, source: Readable): Promise<void>;
  /** The stored bytes; rejects when there are none under `key`. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes under `key`; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  /**
   * Removes the leftovers of writes that never finished (a crash mid-upload) that
   * were started before `before`. Returns how many it removed.
   */
  sweepIncomplete(before: Date): Promise<number>;
  /**
   * Every key with complete bytes stored, in no particular order, read lazily (a
   * large store is never listed into memory at once). Writes under way are not in it.
   */
  list(): AsyncIterable<StoredKey>;
}
