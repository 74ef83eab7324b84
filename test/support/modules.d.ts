// oidc-provider ships no types; the test provider types what it uses itself.
declare module 'oidc-provider';

// s3rver ships no types; test/support/s3-server.ts types what it uses.
declare module 's3rver' {
  import type { AddressInfo } from 'node:net';
  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory: string;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string }[];
  }
  /** A Koa application: `middleware` is Koa's own list, run in order. */
  class S3rver {
    constructor(options: S3rverOptions);
    middleware: unknown[];
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
  export default S3rver;
}

declare module 's3rver/lib/models/error' {
  /** The error s3rver renders as S3's XML error body, with the status S3 gives `code`. */
  class S3Error extends Error {
    constructor(code: string, message: string, detail?: Record<string, string>);
  }
  export default S3Error;
}
