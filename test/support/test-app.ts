// The app started in-process on a database of its own, driven over real HTTP.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../apps/api/src/app';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; reason?: string; fields?: { field: string; message: string }[] };
  }[];
}

export interface TestApp {
  readonly url: string;
  readonly running: RunningApp;
  graphql<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Sends this bearer token with every later call that names none. */
  useToken(token: string | undefined): void;
  close(): Promise<void>;
}

export interface TestAppOptions {
  fresh?: boolean;
  env?: Record<string, string>;
  /**
   * Another process of the same Regie: a server database already made (its maker drops
   * it), with a data folder of this app's own.
   */
  database?: TestDatabase;
}

/** How long a hook may take to start the app on a fresh database with the demo data loaded. */
export const DEMO_START_MS = 180_000;

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  if (options.database && !options.database.databaseUrl)
    throw new Error('only apps on a PostgreSQL server share a database: set DATABASE_URL');
  const database: TestDatabase = options.database
    ? await (async () => {
        const dataDir = await mkdtemp(join(tmpdir(), 'regie-test-'));
        return {
          databaseUrl: options.database!.databaseUrl,
          dataDir,
          drop: () => rm(dataDir, { recursive: true, force: true }),
        };
      })()
    : await createTestDatabase({ fresh: options.fresh });
  let running: RunningApp;
  try {
    const config: AppConfig = {
      ...loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        REGIE_DEMO: '0',
        LOG_LEVEL: 'warn',
        ...options.env,
      }),
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
    };
    running = await startApp(config);
  } catch (error) {
    await database.drop();
    throw error;
  }
  const url = running.url;
  let defaultToken: string | undefined;
  return {
    url,
    running,
    async graphql(query, variables, opts = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...((opts.token ?? defaultToken)
            ? { authorization: `Bearer ${opts.token ?? defaultToken}` }
            : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    useToken(token) {
      defaultToken = token;
    },
    async close() {
      try {
        await running.close();
      } finally {
        await database.drop();
      }
    },
  };
}
