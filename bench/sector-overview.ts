// How long does the sector overview take at 1,000,000 agreements and 2,000 boards? Seeds a
// scratch database with set-based SQL (generate_series): 2,000 boards in the six sectors,
// 1,000 vendors with 5,000 products (a few popular, most rare), 1,000,000 agreements (about
// 85% in force, one in ten on two products), 5,000 attestations, a product standard that
// 1,500 products assessed themselves against, and a board standard of 12 requirements that
// 1,800 boards assessed their maturity against. Then asks the overview as a supervisor's
// inspector, one request at a time, over HTTP, selecting what the admin's page selects: a
// product standard and a board standard, for every board and for primary education (PO).
//   node -r @swc-node/register bench/sector-overview.ts [requests per case]
// On the PostgreSQL server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres):
// a scratch database beside it, dropped afterwards. The first request of each case computes
// the stored summary (cold); the others read it (REGIE_SECTOR_OVERVIEW_REFRESH_SECONDS, 300).
// Printed: the cold request, and p50/p95/max of the rest. SECTOR_BENCH_DATABASE=<name> keeps the
// database: created and seeded on the first run, reused as it is by the next (never dropped).
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, amsterdamDate } from '@regie/domain';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startApp } from '../apps/api/src/app';
import { AccessTokensService } from '../apps/api/src/auth/access-tokens.service';
import { loadConfig } from '../apps/api/src/config/app-config';

const REQUESTS = Number(process.argv[2] ?? 100);
const SERVER = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

const OVERVIEW = `query ($standardId: ID!, $sector: Sector) {
  sectorOverview(standardId: $standardId, sector: $sector) {
    standard { id name version subject } sector
    products { product { id name vendor { id name } } assessment { id mandatoryMet mandatoryTotal }
      compliant boardsInForce validAttestationTypes }
    agreementsInForce agreementsOnCompliantProducts boardsAssessed boardsAtMinimum
    requirements { requirement { id code title minimumLevel targetLevel targetDate }
      boardsAssessed boardsAtMinimum boardsAtTarget levelCounts }
    generatedAt
  }
}`;

/** A number in [0, 1) from an integer expression and a seed: reproducible noise. */
const u = (expr: string, seed: number) =>
  `((hashint4extended((${expr})::int, ${seed}) & 1073741823) / 1073741824.0)`;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function seed(ds: DataSource): Promise<{
  productStandard: string;
  boardStandard: string;
  inspector: string;
}> {
  const today = amsterdamDate();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    await ds.query(sql, params);
    process.stdout.write(`  ${label}: ${Date.now() - t} ms\n`);
  };
  await step(
    '2,000 boards',
    `INSERT INTO organisation (kind, name, board_number, sectors)
     SELECT 'BOARD', 'Bench bestuur ' || g, (70000 + g)::text,
            CASE WHEN g % 20 < 12 THEN '{PO}' WHEN g % 20 < 17 THEN '{VO}' WHEN g % 20 = 17 THEN '{SO,VSO}'
                 WHEN g % 20 = 18 THEN '{MBO}' ELSE '{PO,VO}' END::organisation_sector[]
       FROM generate_series(1, 2000) g`,
  );
  await step(
    '1,000 vendors, 5,000 products',
    `WITH v AS (
       INSERT INTO organisation (kind, name, country)
       SELECT 'VENDOR', 'Bench leverancier ' || g, 'NL' FROM generate_series(1, 1000) g RETURNING id, name)
     INSERT INTO product (vendor_id, name, category)
     SELECT v.id, replace(v.name, 'leverancier', 'product') || '-' || p, 'LEARNING_PLATFORM'
       FROM v, generate_series(1, 5) p`,
  );
  await step(
    '1,000,000 agreements',
    `WITH b AS (SELECT id, row_number() OVER (ORDER BY board_number) AS n FROM organisation WHERE kind = 'BOARD'),
          v AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organisation WHERE kind = 'VENDOR')
     INSERT INTO agreement (board_id, vendor_id, source, status, model_name, model_version,
                            valid_until, activated_on, termination_date, leaflets_fixed_at)
     SELECT b.id, v.id, 'DIRECT',
            (CASE WHEN ${u('g', 3)} < 0.9 THEN 'ACTIVE' ELSE 'IN_REVIEW' END)::agreement_status,
            'Model Verwerkersovereenkomst', '4.0',
            CASE WHEN ${u('g', 4)} < 0.05 THEN $1::date ELSE $2::date END,
            CASE WHEN ${u('g', 3)} < 0.9 THEN $3::date END, NULL, now()
       FROM generate_series(1, 1000000) g
       JOIN b ON b.n = 1 + (g % 2000)
       JOIN v ON v.n = 1 + floor(1000 * power(${u('g', 5)}, 2))::int`,
    [addDays(today, -10), addDays(today, 365), addDays(today, -30)],
  );
  await step(
    '1,100,000 agreement products',
    `WITH p AS (SELECT id, vendor_id, row_number() OVER (PARTITION BY vendor_id ORDER BY name) AS n FROM product)
     INSERT INTO agreement_product (agreement_id, product_id)
     SELECT a.id, p.id FROM agreement a JOIN p ON p.vendor_id = a.vendor_id
      WHERE p.n = 1 + abs(hashtext(a.id::text)) % 4
         OR (p.n = 5 AND abs(hashtext(a.id::text)) % 40 < 4)`,
  );
  await step(
    '5,000 attestations',
    `WITH f AS (
       INSERT INTO stored_file (id, owner_organisation_id, filename, media_type, size, sha256, link_kind, linked_at)
       SELECT gen_random_uuid(), p.vendor_id, 'certificaat.pdf', 'application/pdf', 1, repeat('0', 64), 'attestation', now()
         FROM product p RETURNING id, owner_organisation_id),
     a AS (
       INSERT INTO attestation (vendor_id, type, issuer, scope, issued_on, valid_until, visibility,
                                document_file_id, document_sha256)
       SELECT f.owner_organisation_id,
              (ARRAY['ISO27001','NEN7510','SOC2_TYPE2','PENTEST'])[1 + abs(hashtext(f.id::text)) % 4]::attestation_type,
              'Bench certificering', 'Alle diensten', $1::date - 365,
              CASE WHEN abs(hashtext(f.id::text)) % 7 = 0 THEN $1::date - 1 ELSE $1::date + 200 END,
              (ARRAY['PUBLIC','SECTOR','RESTRICTED'])[1 + abs(hashtext(f.id::text)) % 3]::attestation_visibility,
              f.id, repeat('0', 64)
         FROM f RETURNING id, vendor_id)
     INSERT INTO attestation_product (attestation_id, product_id)
     SELECT DISTINCT ON (a.id) a.id, p.id FROM a JOIN product p ON p.vendor_id = a.vendor_id ORDER BY a.id, p.id`,
    [today],
  );
  const [sectorBody] = (await ds.query(
    `INSERT INTO organisation (kind, name) VALUES ('SECTOR_BODY', 'Bench sectorraad') RETURNING id`,
  )) as { id: string }[];
  const requirement = (i: number, extra: string) =>
    `jsonb_build_object('id', gen_random_uuid()::text, 'code', 'R${i}', 'title', 'Eis ${i}',
       'description', 'Beschrijving', 'mandatory', true, 'evidenceTypes', '[]'::jsonb${extra})`;
  const [productStandard] = (await ds.query(
    `INSERT INTO minimum_standard (sector_body_id, name, version, status, subject, requirements, published_at)
     VALUES ($1, 'Bench productstandaard', '1.0', 'PUBLISHED', 'PRODUCT',
             jsonb_build_array(${[1, 2, 3].map((i) => requirement(i, '')).join(', ')}), now())
     RETURNING id, requirements`,
    [sectorBody.id],
  )) as { id: string; requirements: { id: string }[] }[];
  const [boardStandard] = (await ds.query(
    `INSERT INTO minimum_standard (sector_body_id, name, version, status, subject, requirements, published_at)
     VALUES ($1, 'Bench normenkader', '2027', 'PUBLISHED', 'BOARD',
             jsonb_build_array(${Array.from({ length: 12 }, (_, i) =>
               requirement(
                 i + 1,
                 `, 'minimumLevel', 3, 'targetLevel', 4, 'targetDate', '2028-08-01'`,
               ),
             ).join(', ')}), now())
     RETURNING id, requirements`,
    [sectorBody.id],
  )) as { id: string; requirements: { id: string }[] }[];
  await step(
    '1,500 product assessments',
    `INSERT INTO assessment (product_id, vendor_id, standard_id, status, answers, submitted_at)
     SELECT p.id, p.vendor_id, $1, 'SUBMITTED',
            (SELECT jsonb_agg(jsonb_build_object('requirementId', r, 'answer',
                      CASE WHEN abs(hashtext(p.id::text || r)) % 5 = 0 THEN 'PARTIAL' ELSE 'MEETS' END,
                      'explanation', NULL, 'evidenceIds', '[]'::jsonb, 'verdict', 'PENDING', 'reviewNote', NULL))
               FROM unnest($2::text[]) r),
            now() - interval '1 day'
       FROM (SELECT id, vendor_id FROM product ORDER BY name LIMIT 1500) p`,
    [productStandard.id, productStandard.requirements.map((r) => r.id)],
  );
  await step(
    '1,800 board assessments',
    `INSERT INTO board_assessment (board_id, standard_id, status, answers, submitted_at)
     SELECT b.id, $1, 'SUBMITTED',
            (SELECT jsonb_agg(jsonb_build_object('requirementId', r, 'level',
                      1 + least(4, floor(5 * power(${u('abs(hashtext(b.id::text || r))', 9)}, 0.7))::int),
                      'explanation', NULL, 'plannedLevel', NULL, 'plannedBy', NULL))
               FROM unnest($2::text[]) r),
            now() - interval '1 day'
       FROM (SELECT id FROM organisation WHERE kind = 'BOARD' ORDER BY board_number LIMIT 1800) b`,
    [boardStandard.id, boardStandard.requirements.map((r) => r.id)],
  );
  await step(
    'ANALYZE',
    'ANALYZE organisation, product, agreement, agreement_product, attestation, attestation_product, assessment, board_assessment',
  );
  const [supervisor] = (await ds.query(
    `INSERT INTO organisation (kind, name) VALUES ('SUPERVISOR', 'Bench inspectie') RETURNING id`,
  )) as { id: string }[];
  const [user] = (await ds.query(
    `INSERT INTO app_user (email, name) VALUES ('inspecteur@bench.example.nl', 'Inspecteur') RETURNING id`,
  )) as { id: string }[];
  await ds.query(
    `INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, ARRAY['INSPECTOR']::membership_role[])`,
    [user.id, supervisor.id],
  );
  return {
    productStandard: productStandard.id,
    boardStandard: boardStandard.id,
    inspector: user.id,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const reuse = process.env.SECTOR_BENCH_DATABASE;
  const scratch = reuse ?? `regie_sector_bench_${process.pid}`;
  if (!reuse) await admin(`CREATE DATABASE ${scratch}`);
  else await admin(`CREATE DATABASE ${scratch}`).catch(() => undefined); // kept from a run before
  const url = new URL(SERVER);
  url.pathname = `/${scratch}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-bench-'));
  const app = await startApp({
    ...loadConfig({
      PORT: '0',
      LOG_LEVEL: 'error',
      REGIE_DATA_DIR: dataDir,
      REGIE_DEMO: '0',
      REGIE_MAIL_INTERVAL_MS: '0',
      REGIE_REMINDERS_INTERVAL_MS: '0',
    }),
    databaseUrl: url.toString(),
  });
  try {
    const ds = app.app.get(DataSource);
    const before = reuse ? await seeded(ds) : undefined;
    process.stdout.write(`${before?.inspector ? 'reusing' : 'seeding'} ${scratch}\n`);
    const { productStandard, boardStandard, inspector } = before?.inspector ? before : await seed(ds);
    const [counts] = await ds.query(
      `SELECT (SELECT count(*) FROM agreement)::int AS agreements,
              (SELECT count(*) FROM agreement_product)::int AS links,
              (SELECT count(*) FROM organisation WHERE kind = 'BOARD')::int AS boards`,
    );
    process.stdout.write(`seeded: ${JSON.stringify(counts)}\n`);
    const token = (await app.app.get(AccessTokensService).issue(inspector)).accessToken;
    const ask = async (standardId: string, sector: string | null) => {
      const started = process.hrtime.bigint();
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: OVERVIEW, variables: { standardId, sector } }),
      });
      const body = (await res.json()) as {
        data?: { sectorOverview: Record<string, unknown[]> };
        errors?: unknown;
      };
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (!body.data?.sectorOverview) throw new Error(JSON.stringify(body.errors));
      return { ms, overview: body.data.sectorOverview };
    };
    for (const [label, standardId, sector] of [
      ['product standard, every board', productStandard, null],
      ['product standard, PO', productStandard, 'PO'],
      ['board standard, every board', boardStandard, null],
      ['board standard, PO', boardStandard, 'PO'],
    ] as const) {
      const cold = await ask(standardId, sector);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push((await ask(standardId, sector)).ms);
      times.sort((a, b) => a - b);
      process.stdout.write(
        `${label}: ${cold.overview.products.length} products, ${cold.overview.requirements.length} requirements; ` +
          `cold ${cold.ms.toFixed(0)} ms; ${REQUESTS} warm: p50 ${percentile(times, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms\n`,
      );
    }
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    if (!reuse) await admin(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
}

/** The standards and the inspector of a database seeded before. */
async function seeded(ds: DataSource) {
  const [row] = (await ds.query(
    `SELECT (SELECT id FROM minimum_standard WHERE subject = 'PRODUCT') AS "productStandard",
            (SELECT id FROM minimum_standard WHERE subject = 'BOARD') AS "boardStandard",
            (SELECT id FROM app_user WHERE email = 'inspecteur@bench.example.nl') AS inspector`,
  )) as { productStandard: string; boardStandard: string; inspector: string }[];
  return row;
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
