// Uploaded files in an S3-compatible bucket, so that every process behind a load balancer
// reads what any of them stored. Bytes are streamed both ways: an upload goes out in
// parts of PART_BYTES while it arrives (at most QUEUE_SIZE parts in flight), a download
// is the object's response body piped on, so a process holds a few parts per upload,
// never a whole file.
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { isUuid } from '../common/ids';
import { ConfigError, type S3Config } from '../config/app-config';
import type { FileStorage, StoredKey } from './file-storage';

/** Objects are `files/<id>`: the bucket may hold other things, which Regie never lists. */
const PREFIX = 'files/';
/** The smallest part S3 accepts (all but the last): the least held in memory per part. */
const PART_BYTES = 5 * 1024 * 1024;
/** Parts uploaded at once per file: one arriving while one goes out. */
const QUEUE_SIZE = 2;
/** Keys per ListObjectsV2 page; S3's maximum. */
const LIST_PAGE = 1000;

export interface S3StorageOptions {
  /** Keys per list page: tests make it small so that paging is exercised. */
  readonly listPageSize?: number;
}

/** The client for a configured bucket. */
export function s3Client(config: S3Config): S3Client {
  return new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    // Undefined leaves the SDK's default chain to find them.
    credentials: config.credentials,
    // Since January 2025 the SDK sends every body aws-chunked with a trailing CRC32
    // unless told otherwise; S3-compatible servers that predate it store the chunk
    // framing as the object's bytes or refuse it. Regie checks its own SHA-256 of
    // every upload, so it sends checksums only where an operation requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

function status(error: unknown): number | undefined {
  return error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
}

export class S3Storage implements FileStorage {
  private readonly listPageSize: number;

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
    options: S3StorageOptions = {},
  ) {
    this.listPageSize = options.listPageSize ?? LIST_PAGE;
  }

  /**
   * Fails the start, naming the setting, when the bucket cannot be reached: a wrong name
   * or key should stop the process, not the first upload hours later.
   */
  async check(endpoint: string | undefined): Promise<void> {
    const where = `bucket "${this.bucket}" at ${endpoint ?? 'AWS S3'}`;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      const code = status(error);
      if (code === 404)
        throw new ConfigError('REGIE_S3_BUCKET', `there is no ${where}; create it first`);
      if (code === 401 || code === 403)
        throw new ConfigError(
          'REGIE_S3_ACCESS_KEY_ID',
          `the credentials may not use the ${where} (HTTP ${code})`,
        );
      // AWS answers a request to the wrong region with a redirect.
      if (code === 301)
        throw new ConfigError('REGIE_S3_REGION', `the ${where} is in another region`);
      throw new ConfigError(
        endpoint ? 'REGIE_S3_ENDPOINT' : 'REGIE_S3_REGION',
        `cannot reach the ${where}: ${String(error)}`,
      );
    }
  }

  /**
   * Streams into a multipart upload (a single PUT when the whole file fits in one
   * part). S3 makes an object appear only when its upload completes, so a source that
   * fails leaves no object under the key; its parts are aborted (and when even the
   * abort fails, sweepIncomplete removes them later).
   */
  async put(key: string, source: Readable): Promise<void> {
    // The source's own error (413, 415, a client gone) is what the caller must see,
    // not whatever the upload or its abort failed with afterwards.
    let sourceError: unknown;
    const remember = (error: unknown) => (sourceError ??= error);
    source.once('error', remember);
    // lib-storage guesses a body's length from properties such as `size` or `length` (a
    // Blob's, a file's), which a stream may carry for reasons of its own (the upload's
    // byte counter does): it gets a bare stream. The pipeline ends that stream with the
    // source's error, and a premature close of the source as one.
    const body = new PassThrough();
    pipeline(source, body).catch(() => undefined);
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentType: 'application/octet-stream',
      },
      partSize: PART_BYTES,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      body.destroy();
      source.destroy();
      throw sourceError ?? error;
    } finally {
      source.off('error', remember);
    }
  }

  /** The object's body as it arrives; rejects (NoSuchKey) before any byte when there is none. */
  async get(key: string): Promise<Readable> {
    const { Body } = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
    );
    // In Node the body is the HTTP response itself (an IncomingMessage).
    if (!(Body instanceof Readable)) throw new Error(`no readable body for ${key}`);
    return Body;
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 whether or not there was an object.
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }),
    );
  }

  /** Aborts the multipart uploads under Regie's prefix that were started before `before`. */
  async sweepIncomplete(before: Date): Promise<number> {
    let removed = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    for (;;) {
      const page = await this.client.send(
        new ListMultipartUploadsCommand({
          Bucket: this.bucket,
          Prefix: PREFIX,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker,
        }),
      );
      for (const upload of page.Uploads ?? []) {
        if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= before)
          continue;
        try {
          await this.client.send(
            new AbortMultipartUploadCommand({
              Bucket: this.bucket,
              Key: upload.Key,
              UploadId: upload.UploadId,
            }),
          );
          removed += 1;
        } catch (error) {
          // Completed or aborted meanwhile: nothing left to remove.
          if (status(error) !== 404) throw error;
        }
      }
      if (!page.IsTruncated) return removed;
      keyMarker = page.NextKeyMarker;
      uploadIdMarker = page.NextUploadIdMarker;
    }
  }

  /** Completed objects under the prefix, a page at a time; uploads under way are not objects yet. */
  async *list(): AsyncIterable<StoredKey> {
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: PREFIX,
          MaxKeys: this.listPageSize,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(PREFIX.length);
        // Only what Regie names: an id, stored as its lower-case form.
        if (key && isUuid(key) && key === key.toLowerCase() && object.LastModified)
          yield { key, storedAt: object.LastModified };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private objectKey(key: string): string {
    // Only a UUID may name an object, never anything a client chose.
    if (!isUuid(key)) throw new TypeError(`not a storage key: ${key}`);
    return PREFIX + key.toLowerCase();
  }
}
