// A real S3-speaking server for the tests: s3rver from npm, on loopback, over a folder of
// its own, with one bucket. Regie talks to it through the AWS SDK exactly as to S3.
//
// s3rver 3.7 needs two things on Node 20:
// - a process of its own under --openssl-legacy-provider: it makes ListObjectsV2
//   continuation tokens with DES, which OpenSSL 3 keeps only there (in this process
//   every second page of a listing would fail);
// - the two operations with which Regie clears interrupted uploads, which it lacks:
//   ListMultipartUploads (`GET /bucket?uploads` answers NotImplemented) and
//   AbortMultipartUpload (`DELETE /bucket/key?uploadId=…` answers MethodNotAllowed).
//   s3rver-main.ts adds them over s3rver's own record of pending uploads (a folder per
//   upload holding the object's `key` and its parts), in the shape of S3's API reference.
// No other S3 server installs from npm and runs on Node 20 here (fauxqs and
// @20minutes/s3rver 5 need Node 22 or 24, and lack the listing as well).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { S3Config } from '../../apps/api/src/config/app-config';
import { s3Client } from '../../apps/api/src/files/s3-storage';

/**
 * s3rver's fixed credentials. It knows only this key, but does not fully check SigV4
 * signatures (its own words): a wrong secret goes unnoticed here, unlike on S3.
 */
const ACCESS_KEY = 'S3RVER';

export interface S3TestServer {
  readonly endpoint: string;
  readonly bucket: string;
  /** The folder s3rver keeps the bucket in. */
  readonly directory: string;
  /** The REGIE_S3_* settings that point the app at this server. */
  readonly env: Record<string, string>;
  readonly config: S3Config;
  /** A client of its own, for looking into the bucket as an operator would. */
  readonly client: S3Client;
  /** Every object key in the bucket, sorted. */
  objectKeys(): Promise<string[]>;
  /** The keys of every multipart upload under way (started, neither completed nor aborted). */
  pendingUploads(): Promise<string[]>;
  close(): Promise<void>;
}

export async function startS3Server(bucket = 'regie-files'): Promise<S3TestServer> {
  const directory = await mkdtemp(join(tmpdir(), 'regie-s3-'));
  const root = resolve(__dirname, '../..');
  const child = spawn(
    process.execPath,
    [
      '--openssl-legacy-provider',
      '-r',
      '@swc-node/register',
      'test/support/s3rver-main.ts',
      directory,
      bucket,
    ],
    // NODE_OPTIONS of the test runner (jest's VM modules) are not s3rver's business.
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  let port: number;
  try {
    port = await new Promise<number>((done, fail) => {
      child.once('exit', (code) => fail(new Error(`s3rver exited (${code}) before listening`)));
      createInterface({ input: child.stdout! }).once('line', (line) => {
        done((JSON.parse(line) as { port: number }).port);
      });
    });
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const exited = new Promise((done) => child.once('exit', done));
  const endpoint = `http://127.0.0.1:${port}`;
  const config: S3Config = {
    endpoint,
    bucket,
    region: 'us-east-1',
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: ACCESS_KEY },
    forcePathStyle: true,
  };
  const client = s3Client(config);
  return {
    endpoint,
    bucket,
    directory,
    env: {
      REGIE_S3_ENDPOINT: endpoint,
      REGIE_S3_BUCKET: bucket,
      REGIE_S3_ACCESS_KEY_ID: ACCESS_KEY,
      REGIE_S3_SECRET_ACCESS_KEY: ACCESS_KEY,
    },
    config,
    client,
    async objectKeys() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        );
        keys.push(...(page.Contents ?? []).map((o) => o.Key!));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },
    async pendingUploads() {
      const page = await client.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
      return (page.Uploads ?? []).map((u) => u.Key!).sort();
    },
    async close() {
      client.destroy();
      // Closing stdin asks s3rver to stop; the kill is for one that does not.
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      await rm(directory, { recursive: true, force: true });
    },
  };
}
