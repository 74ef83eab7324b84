// Fresh databases for tests, fast on two cores: the migrations run once per test
// run into a template, and each test file gets a copy of it. On a server
// (DATABASE_URL) the copy is CREATE DATABASE … TEMPLATE; embedded, it is a copy of
// the template's data folder.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

export const TEMPLATE_ENV = 'REGIE_TEST_TEMPLATE';

export interface TestDatabase {
  /** What the app's configuration takes: a server URL, or a data folder. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  drop(): Promise<void>;
}

export function serverUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let counter = 0;

/**
 * A database for one test file. `fresh` gives an empty one with no migrations
 * (as a new user's first start), otherwise a copy of the migrated template.
 */
export async function createTestDatabase(options: { fresh?: boolean } = {}): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (!template)
    throw new Error(`${TEMPLATE_ENV} is not set: run the api tests through jest's globalSetup`);
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-test-'));
  const url = serverUrl();
  if (url) {
    const name = `regie_test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
    await adminQuery(
      options.fresh ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`,
    );
    return {
      databaseUrl: withDatabase(url, name),
      dataDir,
      drop: async () => {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!options.fresh)
    await cp(join(template, 'pgdata'), join(dataDir, 'pgdata'), { recursive: true });
  return {
    databaseUrl: undefined,
    dataDir,
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}
