// Reads and audited writes per second with 1 and with 3 API processes on one PostgreSQL
// database, printed side by side. The same clients (N keep-alive connections, each sending
// its next request when the last is answered) are spread over the processes in turn. While
// the writes run, pg_stat_activity is sampled every 50 ms: how many of the database's busy
// connections wait on the audit chain's advisory lock (AuditService.record), and how many on
// anything else. On a 2-core machine the figure to watch is not a speed-up but that 3
// processes lose nothing and do not queue on that one lock.
//
//   npx nx run api:build
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//     node -r @swc-node/register bench/cluster.ts [seconds per phase=15] [connections=12]
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DEMO_PASSWORD, ensureBuilt, startCluster } from '../test/support/cluster';

const SECONDS = Number(process.argv[2] ?? 15);
const CONNECTIONS = Number(process.argv[3] ?? 12);
const SERVER = process.env.DATABASE_URL;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely
type Loose = Record<string, any>;

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS * 2 });

function graphql(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { data?: Loose; errors?: { message: string }[] } }> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((done, fail) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            done({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString()),
            });
          } catch {
            done({ status: res.statusCode ?? 0, body: { errors: [{ message: 'not JSON' }] } });
          }
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

async function must(answer: ReturnType<typeof graphql>, what: string): Promise<Loose> {
  const a = await answer;
  if (a.status !== 200 || a.body.errors || !a.body.data)
    throw new Error(`${what}: HTTP ${a.status} ${JSON.stringify(a.body.errors)}`);
  return a.body.data;
}

interface PhaseResult {
  perSecond: number;
  errors: number;
  p50: number;
  p99: number;
  /** Audit events written per second (counted in the database). */
  auditedPerSecond?: number;
  /** Mean busy connections per sample, and how many of them waited on the audit lock. */
  busy?: number;
  onAuditLock?: number;
  onOtherLock?: number;
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

async function phase(
  urls: string[],
  send: (url: string, worker: number, n: number) => ReturnType<typeof graphql>,
  sample?: { databaseUrl: string; name: string },
): Promise<PhaseResult> {
  const latencies: number[] = [];
  let errors = 0;
  let sampler: Client | undefined;
  const samples: { busy: number; audit: number; other: number }[] = [];
  let sampling = true;
  let auditBefore = 0;
  if (sample) {
    sampler = new Client({ connectionString: sample.databaseUrl });
    await sampler.connect();
    auditBefore = Number((await sampler.query('SELECT count(*) AS n FROM audit_event')).rows[0].n);
  }
  const sampling$ = (async () => {
    while (sampler && sampling) {
      const { rows } = await sampler.query(
        `SELECT count(*) FILTER (WHERE state = 'active')::int AS busy,
                count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event = 'advisory')::int AS audit,
                count(*) FILTER (WHERE wait_event_type = 'Lock' AND wait_event <> 'advisory')::int AS other
           FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [sample!.name],
      );
      samples.push(rows[0] as { busy: number; audit: number; other: number });
      await new Promise((done) => setTimeout(done, 50));
    }
  })();
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let n = 0; performance.now() < until; n++) {
        const t0 = performance.now();
        try {
          const res = await send(urls[(worker + n) % urls.length], worker, n);
          if (res.status !== 200 || res.body.errors) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  sampling = false;
  await sampling$;
  latencies.sort((a, b) => a - b);
  const result: PhaseResult = {
    perSecond: latencies.length / elapsed,
    errors,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
  };
  if (sampler) {
    const after = Number((await sampler.query('SELECT count(*) AS n FROM audit_event')).rows[0].n);
    await sampler.end();
    const mean = (k: 'busy' | 'audit' | 'other') =>
      samples.reduce((s, x) => s + x[k], 0) / Math.max(1, samples.length);
    Object.assign(result, {
      auditedPerSecond: (after - auditBefore) / elapsed,
      busy: mean('busy'),
      onAuditLock: mean('audit'),
      onOtherLock: mean('other'),
    });
  }
  return result;
}

async function measure(count: number): Promise<{ reads: PhaseResult; writes: PhaseResult }> {
  const name = `regie_bench_cluster_${count}_${process.pid}`;
  const cluster = await startCluster({
    server: SERVER!,
    database: name,
    count,
    env: {
      LOG_LEVEL: 'warn',
      REGIE_ACCESS_LOG_PERCENT: '0',
      REGIE_LOGIN_MAX_ATTEMPTS: '1000',
      REGIE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
      // The background jobs stay out of the figures.
      REGIE_REMINDERS_INTERVAL_MS: '0',
    },
  });
  try {
    const urls = cluster.processes.map((p) => p.url);
    const signIn = async (who: string) =>
      (
        await must(
          graphql(
            urls[0],
            undefined,
            `
              mutation ($i: LoginInput!) {
                login(input: $i) {
                  accessToken
                }
              }
            `,
            {
              i: { email: `${who}.example.nl`, password: DEMO_PASSWORD },
            },
          ),
          who,
        )
      ).login.accessToken as string;
    const board = await signIn('fg@rivierenland');
    const vendor = await signIn('redactie@leerwijs');
    const vendorId = (
      await must(
        graphql(
          urls[0],
          vendor,
          `
            {
              me {
                memberships {
                  organisation {
                    id
                  }
                }
              }
            }
          `,
        ),
        'me',
      )
    ).me.memberships[0].organisation.id as string;
    const productId = (
      await must(
        graphql(
          urls[0],
          vendor,
          `
            query ($f: ProductFilter) {
              products(first: 1, filter: $f) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `,
          {
            f: { vendorId },
          },
        ),
        'products',
      )
    ).products.edges[0].node.id as string;
    // One open incident per connection: the writes lock their incident's row, and that
    // queue is not the one measured here.
    const incidents: string[] = [];
    for (let i = 0; i < CONNECTIONS; i++) {
      const data = await must(
        graphql(
          urls[0],
          vendor,
          `
            mutation ($input: ReportIncidentInput!) {
              reportIncident(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              vendorId,
              productIds: [productId],
              title: `Bench ${i}`,
              description: 'Voor de clusterbench.',
              severity: 'LOW',
              personalDataInvolved: false,
              discoveredAt: new Date().toISOString(),
            },
          },
        ),
        'reportIncident',
      );
      incidents.push(data.reportIncident.id as string);
    }
    const reads = await phase(urls, (url) =>
      graphql(
        url,
        board,
        `
          {
            agreements(first: 20) {
              totalCount
              edges {
                node {
                  id
                  status
                  version
                  vendor {
                    name
                  }
                  products {
                    name
                  }
                }
              }
            }
          }
        `,
      ),
    );
    const writes = await phase(
      urls,
      (url, worker, n) =>
        graphql(
          url,
          vendor,
          `
            mutation ($input: AddIncidentUpdateInput!) {
              addIncidentUpdate(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              incidentId: incidents[worker],
              body: `Bench ${worker}-${n}: onderzoek loopt.`,
            },
          },
        ),
      { databaseUrl: cluster.databaseUrl, name },
    );
    return { reads, writes };
  } finally {
    await cluster.close();
  }
}

async function main() {
  if (!SERVER) {
    console.error(
      'bench/cluster.ts needs DATABASE_URL: a PostgreSQL server (several processes share it)',
    );
    process.exit(1);
  }
  ensureBuilt();
  const one = await measure(1);
  const three = await measure(3);
  agent.destroy();
  const f = (n: number | undefined, d = 1) => (n === undefined ? '-' : n.toFixed(d));
  const rows: [string, (r: { reads: PhaseResult; writes: PhaseResult }) => string][] = [
    ['reads/s (agreements page)', (r) => f(r.reads.perSecond)],
    ['  p50 / p99 ms', (r) => `${f(r.reads.p50, 0)} / ${f(r.reads.p99, 0)}`],
    ['  errors', (r) => String(r.reads.errors)],
    ['audited writes/s (incident update)', (r) => f(r.writes.perSecond)],
    ['  audit events/s in the database', (r) => f(r.writes.auditedPerSecond)],
    ['  p50 / p99 ms', (r) => `${f(r.writes.p50, 0)} / ${f(r.writes.p99, 0)}`],
    ['  errors', (r) => String(r.writes.errors)],
    ['  busy connections (mean)', (r) => f(r.writes.busy, 2)],
    ['  of them waiting on the audit lock', (r) => f(r.writes.onAuditLock, 2)],
    ['  of them waiting on another lock', (r) => f(r.writes.onOtherLock, 2)],
  ];
  console.log(
    `cluster bench: ${SECONDS} s per phase, ${CONNECTIONS} connections, one PostgreSQL database`,
  );
  console.log(`${''.padEnd(38)}${'1 process'.padStart(14)}${'3 processes'.padStart(14)}`);
  for (const [label, cell] of rows)
    console.log(`${label.padEnd(38)}${cell(one).padStart(14)}${cell(three).padStart(14)}`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
