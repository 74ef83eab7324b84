// The read a procurement officer does most: a page of 50 vendors with their products and
// attestations, as a signed-in board member. Prints requests/s, p99 and SQL statements per
// request for an API that is already running (built, on a PostgreSQL server):
//   DATABASE_URL=postgres://…/scratch REGIE_DEMO=1 PORT=3999 REGIE_MAIL_INTERVAL_MS=0 \
//     node dist/api/apps/api/src/main.js &
//   DATABASE_URL=postgres://…/scratch node -r @swc-node/register bench/vendor-page.ts \
//     [url=http://127.0.0.1:3999] [seconds=15]
// On first use it adds 60 vendors (two products each, a published leaflet, a public
// ISO 27001) to the demo data, so that the page is full. Statements are counted from the
// database's committed transactions (pg_stat_database): nothing else may use it meanwhile.
import autocannon from 'autocannon';
import { Client } from 'pg';

const URL = process.argv[2] ?? 'http://127.0.0.1:3999';
const SECONDS = Number(process.argv[3] ?? 15);
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

async function graphql(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function signIn(): Promise<string> {
  const res = await fetch(`${URL}/graphql`, {
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
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<number> {
  const requests = 20;
  const before = await commits(db);
  for (let i = 0; i < requests; i++) await graphql(token, query, variables);
  const after = await commits(db);
  // Each read is its own transaction; the two readings of the counter are one each.
  return (after - before - 2) / requests;
}

async function load(token: string, query: string, variables: Record<string, unknown>) {
  const result = await autocannon({
    url: `${URL}/graphql`,
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

async function main(): Promise<void> {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await seed(db);
  const token = await signIn();
  const scenarios: [string, string, Record<string, unknown>][] = [
    ['50 vendors, products, attestations', PAGE, { first: 50 }],
    ['the same with totalCount', PAGE_WITH_COUNT, { first: 50 }],
    ['search "leerlingen", totalCount', PAGE_WITH_COUNT, { first: 50, search: 'leerlingen' }],
  ];
  for (const [label, query, variables] of scenarios) {
    const page = (await graphql(token, query, variables)) as { vendors: { edges: unknown[] } };
    const statements = await statementsPerRequest(db, token, query, variables);
    const result = await load(token, query, variables);
    console.log(
      `${label.padEnd(38)} ${String(page.vendors.edges.length).padStart(3)} vendors  ` +
        `${result.requests.average.toFixed(0).padStart(5)} req/s  p99 ${String(result.latency.p99).padStart(4)} ms  ` +
        `${statements.toFixed(1)} SQL statements/request`,
    );
  }
  await db.end();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
