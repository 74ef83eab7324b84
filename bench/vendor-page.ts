// The read a procurement officer does most: a page of 50 vendors with their products and
// attestations, as a signed-in board member. Prints requests/s, p99 and SQL statements per
// request for an API that is already running (built, on a PostgreSQL server):
//   DATABASE_URL=postgres://…/scratch REGIE_DEMO=1 PORT=3999 REGIE_MAIL_INTERVAL_MS=0 \
//     node dist/api/apps/api/src/main.js &
//   DATABASE_URL=postgres://…/scratch node -r @swc-node/register bench/vendor-page.ts \
//     [seconds=15] [url=http://127.0.0.1:3999 …]
// Given several URLs (say the build before a change and after it, on the same database),
// it alternates rounds between them, so that the machine's other load hits each alike.
// With PIDS=pid,pid (the servers' process ids, in the order of the URLs) it also prints
// each server's CPU time per request, which other load on the machine disturbs less.
// On first use it adds 60 vendors (two products each, a published leaflet, a public
// ISO 27001) to the demo data, so that the page is full. Statements are counted from the
// database's committed transactions (pg_stat_database): nothing else may use it meanwhile.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Client } from 'pg';

const SECONDS = Number(process.argv[2] ?? 15);
const URLS = process.argv.length > 3 ? process.argv.slice(3) : ['http://127.0.0.1:3999'];
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const PIDS = process.env.PIDS?.split(',') ?? [];

/** CPU time (user and system, ms) a process has used so far; NaN when unknown. */
function cpuMs(pid: string | undefined): number {
  if (!pid) return NaN;
  // /proc/<pid>/stat: fields 14 and 15 are utime and stime in clock ticks (100 a second).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const PREFIX = 'Benchleverancier';

const PAGE = `query ($first: Int, $search: String) {
  vendors(first: $first, filter: { search: $search }) {
    edges { cursor node {
      id name kind
      products { id name category attestations { id type validity validUntil } }
      attestations { id type validity validUntil }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const PAGE_WITH_COUNT = PAGE.replace('edges {', 'totalCount edges {');

async function seed(db: Client): Promise<void> {
  const [{ n }] = (
    await db.query(`SELECT count(*)::int AS n FROM organisation WHERE name LIKE $1`, [`${PREFIX}%`])
  ).rows;
  if (n > 0) return;
  await db.query('BEGIN');
  const vendors = (
    await db.query(
      `INSERT INTO organisation (kind, name)
       SELECT 'VENDOR', $1 || ' ' || lpad(i::text, 2, '0') FROM generate_series(1, 60) AS i
       RETURNING id`,
      [PREFIX],
    )
  ).rows.map((r: { id: string }) => r.id);
  await db.query(
    `INSERT INTO product (vendor_id, name, category, sectors, description)
     SELECT v, 'Leerplatform ' || n, 'LEARNING_PLATFORM', '{PO}', 'Digitaal leermateriaal voor leerlingen'
       FROM unnest($1::uuid[]) AS v, generate_series(1, 2) AS n`,
    [vendors],
  );
  await db.query(
    `INSERT INTO privacy_leaflet (product_id, version, status, purposes, data_subjects,
       data_categories, retention, subprocessors, locations, data_outside_eea,
       breach_notification_hours, published_at)
     SELECT p.id, 1, 'PUBLISHED', '{Onderwijs}', '{STUDENT}', '{CONTACT_DETAILS}', '[]', '[]',
            '[{"country":"NL","activity":"opslag"}]', false, 24, now()
       FROM product p WHERE p.vendor_id = ANY($1::uuid[])`,
    [vendors],
  );
  await db.query(
    `UPDATE product p SET current_leaflet_id = l.id FROM privacy_leaflet l
      WHERE l.product_id = p.id AND p.vendor_id = ANY($1::uuid[])`,
    [vendors],
  );
  await db.query(
    `INSERT INTO stored_file (id, owner_organisation_id, filename, media_type, size, sha256,
       link_kind, link_id, linked_at)
     SELECT gen_random_uuid(), v, 'iso27001.pdf', 'application/pdf', 1, repeat('0', 64),
            'attestation', NULL, now()
       FROM unnest($1::uuid[]) AS v`,
    [vendors],
  );
  await db.query(
    `INSERT INTO attestation (vendor_id, type, issuer, scope, issued_on, valid_until,
       visibility, document_file_id, document_sha256)
     SELECT f.owner_organisation_id, 'ISO27001', 'Certificeerder B.V.', 'Alle diensten',
            current_date - 30, current_date + 365, 'PUBLIC', f.id, f.sha256
       FROM stored_file f WHERE f.owner_organisation_id = ANY($1::uuid[])`,
    [vendors],
  );
  await db.query(
    `INSERT INTO attestation_product (attestation_id, product_id)
     SELECT a.id, p.id FROM attestation a JOIN product p ON p.vendor_id = a.vendor_id
      WHERE a.vendor_id = ANY($1::uuid[])`,
    [vendors],
  );
  await db.query('COMMIT');
}

async function graphql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: { email: "inkoop@rivierenland.example.nl", password: "regie-demo-2026" }) { accessToken } }`,
    }),
  });
  const body = (await res.json()) as { data: { login: { accessToken: string } } };
  return body.data.login.accessToken;
}

/** Committed transactions of the database so far; PostgreSQL publishes them lazily. */
async function commits(db: Client): Promise<number> {
  // A backend flushes its counters when idle, at the latest 10 s after its last statement.
  await new Promise((r) => setTimeout(r, 11_000));
  await db.query('SELECT pg_stat_clear_snapshot()');
  const [{ n }] = (
    await db.query(
      `SELECT xact_commit::int AS n FROM pg_stat_database WHERE datname = current_database()`,
    )
  ).rows;
  return n;
}

async function statementsPerRequest(
  db: Client,
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<number> {
  const requests = 20;
  const before = await commits(db);
  for (let i = 0; i < requests; i++) await graphql(url, token, query, variables);
  const after = await commits(db);
  // Each read is its own transaction; the two readings of the counter are one each.
  return (after - before - 2) / requests;
}

async function load(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    connections: 10,
    duration: SECONDS,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  if (result.non2xx || result.errors)
    throw new Error(`${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function main(): Promise<void> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await seed(db);
  const tokens = await Promise.all(URLS.map(signIn));
  const scenarios: [string, string, Record<string, unknown>][] = [
    ['50 vendors, products, attestations', PAGE, { first: 50 }],
    ['the same with totalCount', PAGE_WITH_COUNT, { first: 50 }],
    ['search "leerlingen", totalCount', PAGE_WITH_COUNT, { first: 50, search: 'leerlingen' }],
  ];
  for (const [label, query, variables] of scenarios) {
    console.log(label);
    const statements: number[] = [];
    for (const [i, url] of URLS.entries()) {
      const page = (await graphql(url, tokens[i], query, variables)) as {
        vendors: { edges: unknown[] };
      };
      if (page.vendors.edges.length !== 50) throw new Error(`${url}: not a full page`);
      statements.push(await statementsPerRequest(db, url, tokens[i], query, variables));
    }
    const rates: number[][] = URLS.map(() => []);
    const p99s: number[][] = URLS.map(() => []);
    const cpu: number[][] = URLS.map(() => []);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, url] of URLS.entries()) {
        const cpuBefore = cpuMs(PIDS[i]);
        const result = await load(url, tokens[i], query, variables);
        cpu[i].push((cpuMs(PIDS[i]) - cpuBefore) / result.requests.total);
        rates[i].push(result.requests.average);
        p99s[i].push(result.latency.p99);
      }
    }
    for (const [i, url] of URLS.entries()) {
      console.log(
        `  ${url.padEnd(24)} ${median(rates[i]).toFixed(0).padStart(5)} req/s ` +
          `(rounds ${rates[i].map((r) => r.toFixed(0)).join(', ')})  ` +
          `p99 ${median(p99s[i])} ms (${p99s[i].join(', ')})  ` +
          (PIDS[i] ? `CPU ${median(cpu[i]).toFixed(1)} ms/request  ` : '') +
          `${statements[i].toFixed(1)} SQL statements/request`,
      );
    }
  }
  await db.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
