// The app started in-process on a database of its own, driven over real HTTP.
import 'reflect-metadata';
import { startApp, type RunningApp } from '../../apps/api/src/app';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config';
import { createTestDatabase } from './test-database';

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

export async function startTestApp(
  options: { fresh?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ fresh: options.fresh });
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
  let running: RunningApp;
  try {
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
