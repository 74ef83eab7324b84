// What the fan-out benchmarks share: the app on a scratch database (embedded in a
// temporary folder, or beside DATABASE_URL on that server, dropped afterwards) and a
// sector of boards seeded with set-based SQL, each with an ACTIVE agreement in force on
// one product, a privacy officer and an admin, and every second board a security
// contact; a vendor editor, and a sector body's CERT.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, amsterdamDate } from '@regie/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startApp } from '../../apps/api/src/app';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { loadConfig } from '../../apps/api/src/config/app-config';

export interface FanoutWorld {
  readonly url: string;
  readonly ds: DataSource;
  /** 'PostgreSQL server' or 'embedded PGlite'. */
  readonly database: string;
  readonly vendor: string;
  readonly product: string;
  readonly sectorBody: string;
  /** Access tokens of the vendor's editor and the sector body's CERT. */
  readonly editorToken: string;
  readonly certToken: string;
  readonly seedMs: number;
  close(): Promise<void>;
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startFanoutWorld(boards: number): Promise<FanoutWorld> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-bench-'));
  const server = process.env.DATABASE_URL || undefined;
  const scratch = `regie_bench_${process.pid}`;
  let databaseUrl: string | undefined;
  if (server) {
    await admin(server, `CREATE DATABASE ${scratch}`);
    const u = new URL(server);
    u.pathname = `/${scratch}`;
    databaseUrl = u.toString();
  }
  const app = await startApp({
    ...loadConfig({
      PORT: '0',
      LOG_LEVEL: 'error',
      REGIE_DATA_DIR: dataDir,
      REGIE_DEMO: '0',
      REGIE_MAIL_INTERVAL_MS: '0',
    }),
    databaseUrl,
  });
  const close = async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    if (server) await admin(server, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  };
  try {
    const ds = app.app.get(DataSource);
    const today = amsterdamDate();
    const one = async (sql: string, params: unknown[] = []) =>
      ((await ds.query(sql, params)) as { id: string }[])[0].id;
    const vendor = await one(
      `INSERT INTO organisation (kind, name) VALUES ('VENDOR', 'Bench Leverancier') RETURNING id`,
    );
    const product = await one(
      `INSERT INTO product (vendor_id, name, category) VALUES ($1, 'Bench Platform', 'LEARNING_PLATFORM') RETURNING id`,
      [vendor],
    );
    const sectorBody = await one(
      `INSERT INTO organisation (kind, name) VALUES ('SECTOR_BODY', 'Bench CERT') RETURNING id`,
    );
    const member = async (email: string, organisation: string, role: string) => {
      const id = await one(`INSERT INTO app_user (email, name) VALUES ($1, $1) RETURNING id`, [
        email,
      ]);
      await ds.query(
        `INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, ARRAY[$3]::membership_role[])`,
        [id, organisation, role],
      );
      return id;
    };
    const editor = await member('editor@bench.example.nl', vendor, 'VENDOR_EDITOR');
    const cert = await member('cert@bench.example.nl', sectorBody, 'CERT');
    const seeding = Date.now();
    await ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO organisation (kind, name, board_number)
         SELECT 'BOARD', 'Bench bestuur ' || g, (80000 + g)::text FROM generate_series(1, $1) g`,
        [boards],
      );
      for (const [role, every] of [
        ['PRIVACY_OFFICER', 1],
        ['ADMIN', 1],
        ['SECURITY_CONTACT', 2],
      ] as const) {
        await em.query(
          `INSERT INTO app_user (email, name)
           SELECT lower($1) || '-' || o.board_number || '@bench.example.nl', $1 || ' ' || o.board_number
             FROM organisation o
            WHERE o.name LIKE 'Bench bestuur %' AND o.board_number::int % $2 = 0`,
          [role, every],
        );
        await em.query(
          `INSERT INTO membership (user_id, organisation_id, roles)
           SELECT u.id, o.id, ARRAY[$1]::membership_role[]
             FROM organisation o
             JOIN app_user u ON u.email = lower($1) || '-' || o.board_number || '@bench.example.nl'
            WHERE o.name LIKE 'Bench bestuur %'`,
          [role],
        );
      }
      await em.query(
        `INSERT INTO agreement (board_id, vendor_id, source, status, model_name, model_version,
                                valid_until, activated_on, leaflets_fixed_at)
         SELECT o.id, $1, 'DIRECT', 'ACTIVE', 'Model Verwerkersovereenkomst', '4.0', $2, $3, now()
           FROM organisation o WHERE o.name LIKE 'Bench bestuur %'`,
        [vendor, addDays(today, 365), addDays(today, -30)],
      );
      await em.query(
        `INSERT INTO agreement_product (agreement_id, product_id)
         SELECT a.id, $1 FROM agreement a WHERE a.vendor_id = $2`,
        [product, vendor],
      );
    });
    const seedMs = Date.now() - seeding;
    const tokens = app.app.get(AccessTokensService);
    return {
      url: app.url,
      ds,
      database: server ? 'PostgreSQL server' : 'embedded PGlite',
      vendor,
      product,
      sectorBody,
      editorToken: (await tokens.issue(editor)).accessToken,
      certToken: (await tokens.issue(cert)).accessToken,
      seedMs,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Runs one GraphQL mutation over HTTP; the wall-clock milliseconds and its data. */
export async function timeMutation<T>(
  world: FanoutWorld,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ ms: number; data: T }> {
  const started = process.hrtime.bigint();
  const res = await fetch(`${world.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return { ms, data: body.data };
}

/** "median 412 ms, min 380 ms, max 530 ms" */
export function summary(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${median(sorted).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`;
}

export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
