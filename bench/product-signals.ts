// The product page with its sector signals (Product.sectorSignals) and the comparison of ten
// products, on a product that every board uses: 2,000 boards, each with several agreements on
// it over the years (one in force), deviations on most, and hundreds of reviews. Prints, per
// viewer (a board's procurement officer, who sees the signals under the small-count rule, and
// the vendor's editor, who sees them as they are), p50 and p95 of the page with and without the
// signals, single client, request after request, and the SQL statements per request; the
// first request of each case (which counts the signals) is printed apart. The process keeps the
// counts for REGIE_SECTOR_SIGNALS_REFRESH_SECONDS (passed on; 300 by default, 0 counts them on
// every request, as before they were kept).
//   node -r @swc-node/register bench/product-signals.ts [agreements=200000] [requests=200] [perBoard=10]
// Embedded database in a temporary folder; with DATABASE_URL, a scratch database created
// beside it on that server and dropped afterwards.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { amsterdamDate } from '@regie/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startApp } from '../apps/api/src/app';
import { AccessTokensService } from '../apps/api/src/auth/access-tokens.service';
import { loadConfig } from '../apps/api/src/config/app-config';

const AGREEMENTS = Number(process.argv[2] ?? 200_000);
const REQUESTS = Number(process.argv[3] ?? 200);
const BOARDS = 2000;
const PRODUCTS = 200;
/** Agreements per board on the popular product: one in force, the rest superseded. */
const PER_BOARD = Number(process.argv[4] ?? 10);

const SIGNALS = `sectorSignals {
  boardsInForce boardsWithDeviations deviationTopics { topic boards }
  reviewCount reviewsByRisk { riskLevel reviews }
}`;
/** The admin's product page (registry.graphql, RegistryProduct), with or without the signals. */
const page = (signals: boolean, reviews: boolean) => `query ($id: ID!) { product(id: $id) {
  id name category description sectors dataServices vendor { id name }
  leaflets { id version status publishedAt purposes dataSubjects dataCategories
    subprocessors { name service country inEea } dataOutsideEea breachNotificationHours }
  ${signals ? SIGNALS : ''}
  ${reviews ? 'reviews { id riskLevel summary publishedAt }' : ''}
} }`;
const compare = (signals: boolean) => `query ($ids: [ID!]!) { compareProducts(ids: $ids) {
  product { id name category attestations { id type validity } ${signals ? SIGNALS : ''} }
  vendor { id name } currentLeaflet { id version } dataOutsideEea subprocessorCount validAttestationTypes
} }`;

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(times: readonly number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-bench-'));
  const server = process.env.DATABASE_URL || undefined;
  const scratch = `regie_bench_signals_${process.pid}`;
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
      REGIE_SECTOR_SIGNALS_REFRESH_SECONDS:
        process.env.REGIE_SECTOR_SIGNALS_REFRESH_SECONDS ?? '300',
    }),
    databaseUrl,
  });
  try {
    const ds = app.app.get(DataSource);
    const today = amsterdamDate();
    const started = Date.now();
    const ids = await seed(ds, today);
    process.stdout.write(
      `seeded ${BOARDS} boards, ${PRODUCTS} products, ${AGREEMENTS.toLocaleString('en')} agreements ` +
        `(${(BOARDS * PER_BOARD).toLocaleString('en')} on the popular product, ${BOARDS} in force), ` +
        `their deviations and reviews in ${((Date.now() - started) / 1000).toFixed(0)} s ` +
        `(${server ? 'PostgreSQL server' : 'embedded PGlite'})\n`,
    );
    const tokens = app.app.get(AccessTokensService);
    const viewers = {
      'board officer': (await tokens.issue(ids.officer)).accessToken,
      'vendor editor': (await tokens.issue(ids.editor)).accessToken,
    };

    // Statements per request: every query of every query runner passes the TypeORM logger.
    const logger = ds.logger;
    const original = logger.logQuery;
    let statements = 0;
    let signalsStatement: { sql: string; parameters: unknown[] } | null = null;
    logger.logQuery = function (...args) {
      statements++;
      if (args[0].includes('in_force'))
        signalsStatement = { sql: args[0], parameters: args[1] ?? [] };
      return original.apply(this, args);
    };
    const ask = async (token: string, query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    const hasReviews = !(await ask(viewers['board officer'], page(true, true), { id: ids.popular }))
      .errors;
    if (!hasReviews) process.stdout.write('(Product.reviews is not served here: left out)\n');

    const measure = async (label: string, token: string, query: string, variables: object) => {
      const t = process.hrtime.bigint();
      const first = await ask(token, query, variables as Record<string, unknown>);
      const firstMs = Number(process.hrtime.bigint() - t) / 1e6;
      if (first.errors) throw new Error(JSON.stringify(first.errors));
      const times: number[] = [];
      let counted = 0;
      for (let i = 0; i < REQUESTS; i++) {
        statements = 0;
        const t0 = process.hrtime.bigint();
        await ask(token, query, variables as Record<string, unknown>);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        counted = statements;
      }
      process.stdout.write(
        `${label.padEnd(52)} p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms, ` +
          `p95 ${percentile(times, 95).toFixed(1).padStart(6)} ms, ${counted} SQL statements ` +
          `(first request ${firstMs.toFixed(0)} ms)\n`,
      );
      return first.data;
    };
    for (const [who, token] of Object.entries(viewers)) {
      await measure(`product page, ${who}, without signals`, token, page(false, false), {
        id: ids.popular,
      });
      const data = (await measure(
        `product page, ${who}, with signals${hasReviews ? ' and reviews' : ''}`,
        token,
        page(true, hasReviews),
        { id: ids.popular },
      )) as { product: { sectorSignals: unknown } };
      process.stdout.write(`  signals: ${JSON.stringify(data.product.sectorSignals)}\n`);
      await measure(`comparison of 10, ${who}, without signals`, token, compare(false), {
        ids: ids.compared,
      });
      await measure(`comparison of 10, ${who}, with signals`, token, compare(true), {
        ids: ids.compared,
      });
    }
    logger.logQuery = original;
    // EXPLAIN=1: the plan of the last signals statement (the comparison's ten products, the
    // popular one among them), run again with EXPLAIN ANALYZE.
    const captured = signalsStatement as { sql: string; parameters: unknown[] } | null;
    if (process.env.EXPLAIN && captured) {
      const plan = (await ds.query(
        `EXPLAIN (ANALYZE, BUFFERS) ${captured.sql}`,
        captured.parameters,
      )) as Record<string, string>[];
      process.stdout.write(`${plan.map((r) => Object.values(r)[0]).join('\n')}\n`);
    }
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    if (server) await admin(server, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
}

async function seed(ds: DataSource, today: string) {
  const one = async (sql: string, params: unknown[] = []) =>
    ((await ds.query(sql, params)) as { id: string }[])[0].id;
  const vendor = await one(
    `INSERT INTO organisation (kind, name) VALUES ('VENDOR', 'Bench Leverancier') RETURNING id`,
  );
  await ds.query(
    `INSERT INTO product (vendor_id, name, category, sectors)
     SELECT $1, 'Bench product ' || lpad(g::text, 3, '0'), 'LEARNING_PLATFORM', '{PO}'
       FROM generate_series(1, $2) g`,
    [vendor, PRODUCTS],
  );
  const products = (
    (await ds.query(`SELECT id FROM product ORDER BY name`)) as { id: string }[]
  ).map((r) => r.id);
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
  await ds.transaction(async (em) => {
    await em.query(
      `INSERT INTO organisation (kind, name, board_number)
       SELECT 'BOARD', 'Bench bestuur ' || g, (80000 + g)::text FROM generate_series(1, $1) g`,
      [BOARDS],
    );
    await em.query(`CREATE TEMP TABLE bench_board AS
      SELECT id, row_number() OVER (ORDER BY board_number) AS n FROM organisation WHERE kind = 'BOARD'`);
    // The popular product (the first): every board, PER_BOARD agreements each, the newest in
    // force, the others superseded on their successor's day; the rest spread over the others.
    await em.query(
      `INSERT INTO agreement (board_id, vendor_id, source, status, model_name, model_version,
                              activated_on, superseded_on, leaflets_fixed_at)
       SELECT b.id, $1, 'DIRECT', 'ACTIVE', 'Model Verwerkersovereenkomst', '4.0',
              $2::date - 365 * (k + 1), CASE WHEN k = 0 THEN NULL ELSE $2::date - 365 * k END, now()
         FROM bench_board b, generate_series(0, $3 - 1) k`,
      [vendor, today, PER_BOARD],
    );
    await em.query(
      `INSERT INTO agreement_product (agreement_id, product_id) SELECT id, $1 FROM agreement`,
      [products[0]],
    );
    const rest = Math.max(0, AGREEMENTS - BOARDS * PER_BOARD);
    await em.query(
      `WITH made AS (
         INSERT INTO agreement (board_id, vendor_id, source, status, model_name, model_version,
                                activated_on, valid_until, leaflets_fixed_at)
         SELECT b.id, $1, 'DIRECT', 'ACTIVE', 'Model Verwerkersovereenkomst', '4.0',
                $2::date - 30 - g % 700, $2::date + 365 - g % 900, now()
           FROM generate_series(1, $3) g JOIN bench_board b ON b.n = 1 + g % $4
         RETURNING id)
       INSERT INTO agreement_product (agreement_id, product_id)
       SELECT id, ($5::uuid[])[1 + ((row_number() OVER ()) % $6)::int]
         FROM made`,
      [vendor, today, rest, BOARDS, products.slice(1), PRODUCTS - 1],
    );
    // Deviations: three on every agreement on the popular product but every fourth board's,
    // on topics that vary by board; one in five is withdrawn.
    await em.query(
      `INSERT INTO agreement_deviation (agreement_id, clause, text, topic, added_by, withdrawn_at)
       SELECT a.id, d || '.1', 'Afwijking', (enum_range(NULL::agreement_topic))[1 + (b.n * d + d) % 14],
              'VENDOR', CASE WHEN (b.n + d) % 5 = 0 THEN now() END
         FROM agreement a
         JOIN agreement_product ap ON ap.agreement_id = a.id AND ap.product_id = $1
         JOIN bench_board b ON b.id = a.board_id AND b.n % 4 <> 0,
              generate_series(1, 3) d`,
      [products[0]],
    );
    // Reviews: 400 on the popular product, one in eight withdrawn.
    await em.query(
      `INSERT INTO product_review (product_id, board_id, risk_level, summary, findings, published_at, withdrawn_at)
       SELECT $1, b.id, (ARRAY['LOW','MEDIUM','HIGH'])[1 + b.n % 3]::risk_level, 'Samenvatting', '[]'::jsonb,
              now() - (b.n || ' hours')::interval, CASE WHEN b.n % 8 = 0 THEN now() END
         FROM bench_board b WHERE b.n <= 400`,
      [products[0]],
    );
  });
  // As autovacuum leaves a table that has settled: statistics, and the visibility map that
  // index-only scans need.
  await ds.query('VACUUM ANALYZE');
  const officerBoard = await one(`SELECT id FROM organisation WHERE board_number = '80001'`);
  const officer = await member('inkoop@bench.example.nl', officerBoard, 'PROCUREMENT');
  return { editor, officer, popular: products[0], compared: products.slice(0, 10) };
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
