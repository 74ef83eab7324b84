// Streaming an upload into storage: the type is read from the first bytes before
// anything is stored, and the size and SHA-256 are computed on the way through, so
// that a 25 MiB upload never sits in memory.
import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { MessageKey } from '@regie/domain';
import type { MessageParams } from '../common/errors/app-error';
import type { FileStorage } from './file-storage';
import { SNIFF_BYTES, sniffMediaType } from './media-types';

/** Why an upload is refused, with the HTTP status RUNTIME.md gives it. */
export class UploadRefused extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 413 | 415,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(`${status} ${key}`);
    this.name = 'UploadRefused';
  }
}

export interface StoredBytes {
  /** The storage key, which is also the file's id. */
  readonly id: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
}

/**
 * Holds back the first bytes until their type is known (so that nothing of a
 * refused file reaches storage), then passes everything on, counting and hashing.
 */
class InspectingStream extends Transform {
  size = 0;
  mediaType: string | null = null;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(new UploadRefused(413, 'file.tooLarge', { max: this.maxBytes }));
      return;
    }
    this.hash.update(chunk);
    if (this.mediaType) {
      done(null, chunk);
      return;
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SNIFF_BYTES) {
      done();
      return;
    }
    const head = Buffer.concat(this.head);
    this.head = [];
    this.mediaType = sniffMediaType(head);
    if (!this.mediaType) done(new UploadRefused(415, 'file.unsupportedType'));
    else done(null, head);
  }

  override _flush(done: TransformCallback): void {
    // Shorter than any accepted type's signature, an empty file included.
    if (!this.mediaType) done(new UploadRefused(415, 'file.unsupportedType'));
    else done();
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Streams `source` into `storage` under a new id. Rejects with UploadRefused (413
 * past `maxBytes`, 415 when the bytes are not an accepted type) as soon as that is
 * known, leaving nothing stored; `source` is destroyed then and not read further.
 */
export async function storeBytes(
  storage: FileStorage,
  source: Readable,
  maxBytes: number,
): Promise<StoredBytes> {
  const id = randomUUID();
  const inspecting = new InspectingStream(maxBytes);
  source.once('error', (error) => inspecting.destroy(error));
  // A source destroyed without an error (a client gone) must fail the write too.
  source.once('close', () => {
    if (!source.readableEnded) inspecting.destroy(new Error('the upload ended early'));
  });
  inspecting.once('error', () => source.destroy());
  await storage.put(id, source.pipe(inspecting));
  return {
    id,
    mediaType: inspecting.mediaType!,
    size: inspecting.size,
    sha256: inspecting.digest(),
  };
}

/** The client's file name, kept for display only: no path, no control characters. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = Array.from(
    base
      .replace(/[\u0000-\u001f\u007f]/g, '')
      // An unpaired surrogate is no character: JSON columns (the audit trail) refuse it.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
      .trim(),
  )
    // 255 characters, not UTF-16 units: a cut through an emoji would leave half of it.
    .slice(0, 255)
    .join('');
  return clean || 'document.pdf';
}
