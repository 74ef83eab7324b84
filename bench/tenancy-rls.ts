// Why visibility is a scoped query (apps/api/src/data-access) and not PostgreSQL
// row-level security: the same board's first page of agreements, read both ways on one
// server, single client, interleaved rounds.
//   A: the rule in the statement, as DataAccess.visible writes it: one statement.
//   B: an RLS policy reading the viewer from a setting, which must be set per request
//      inside a transaction on a pooled connection: BEGIN, set_config, SELECT, COMMIT.
// Prints statements per request, median and p95 latency per round, and the ratio.
//   node -r @swc-node/register bench/tenancy-rls.ts [requests-per-round] [rounds]
// Needs a PostgreSQL server (DATABASE_URL, default the local one); it creates and drops
// a scratch database of its own.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REQUESTS = Number(process.argv[2] ?? 2000);
const ROUNDS = Number(process.argv[3] ?? 3);
const BOARDS = 2000;
const AGREEMENTS = 400_000;

function url(database: string): string {
  const u = new URL(SERVER);
  u.pathname = `/${database}`;
  return u.toString();
}

const PAGE = `SELECT a.id, a.board_id, a.vendor_id, a.status, a.created_at FROM agreement a`;
const ORDER = `ORDER BY a.created_at DESC, a.id DESC LIMIT 50`;

async function main(): Promise<void> {
  const name = `regie_bench_rls_${process.pid}`;
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const owner = new Client({ connectionString: url(name) });
    await owner.connect();
    await owner.query(`
      CREATE TABLE agreement (id uuid PRIMARY KEY, board_id uuid NOT NULL, vendor_id uuid NOT NULL,
        status text NOT NULL, created_at timestamptz NOT NULL);
      CREATE TABLE board (n int PRIMARY KEY, id uuid NOT NULL);
      INSERT INTO board SELECT n, gen_random_uuid() FROM generate_series(1, ${BOARDS}) n;
      INSERT INTO agreement
        SELECT gen_random_uuid(), b.id, gen_random_uuid(), 'ACTIVE', now() - (g || ' minutes')::interval
          FROM generate_series(1, ${AGREEMENTS}) g JOIN board b ON b.n = 1 + g % ${BOARDS};
      CREATE INDEX ON agreement (board_id, created_at DESC, id DESC);
      CREATE INDEX ON agreement (vendor_id, created_at DESC, id DESC);
      ALTER TABLE agreement ENABLE ROW LEVEL SECURITY;
      CREATE POLICY party ON agreement USING (
        board_id = ANY (current_setting('regie.orgs')::uuid[])
        OR vendor_id = ANY (current_setting('regie.orgs')::uuid[]));
      DROP ROLE IF EXISTS regie_bench_app;
      CREATE ROLE regie_bench_app LOGIN;
      GRANT SELECT ON agreement TO regie_bench_app;
      ANALYZE;`);
    const boards: string[] = (await owner.query(`SELECT id FROM board ORDER BY n`)).rows.map(
      (r: { id: string }) => r.id,
    );
    const app = new Client({ connectionString: url(name), user: 'regie_bench_app' });
    await app.connect();
    // The owner bypasses RLS, as the scoped query's connection would be.
    const scoped = async (orgs: string[]) => {
      await owner.query(
        `${PAGE} WHERE (false OR a.board_id = ANY($1::uuid[]) OR a.vendor_id = ANY($1::uuid[])) ${ORDER}`,
        [orgs],
      );
      return 1;
    };
    const rls = async (orgs: string[]) => {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('regie.orgs', $1, true)`, [`{${orgs.join(',')}}`]);
      await app.query(`${PAGE} ${ORDER}`);
      await app.query('COMMIT');
      return 4;
    };
    const round = async (read: (orgs: string[]) => Promise<number>) => {
      const times: number[] = [];
      let statements = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const orgs = [boards[(i * 7919) % BOARDS], randomUUID()];
        const t = performance.now();
        statements += await read(orgs);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return {
        median: times[Math.floor(times.length / 2)],
        p95: times[Math.floor(times.length * 0.95)],
        statements: statements / REQUESTS,
      };
    };
    await round(scoped);
    await round(rls); // warm-up
    console.log(
      `tenancy: a board's first 50 of ${AGREEMENTS.toLocaleString('en')} agreements (${BOARDS} boards), ${REQUESTS} requests a round`,
    );
    const ratios: number[] = [];
    for (let r = 1; r <= ROUNDS; r++) {
      const a = await round(scoped);
      const b = await round(rls);
      ratios.push(b.median / a.median);
      console.log(
        `round ${r}: scoped query ${a.statements} statement, median ${a.median.toFixed(3)} ms, p95 ${a.p95.toFixed(3)} ms | ` +
          `row-level security ${b.statements} statements, median ${b.median.toFixed(3)} ms, p95 ${b.p95.toFixed(3)} ms`,
      );
    }
    ratios.sort((x, y) => x - y);
    console.log(
      `row-level security / scoped query, median latency: min ${ratios[0].toFixed(2)}×, median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}×, max ${ratios.at(-1)!.toFixed(2)}×`,
    );
    await app.end();
    await owner.end();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS regie_bench_app`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
