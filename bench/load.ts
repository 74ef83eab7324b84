// Mixed reads and writes against the built server, as the people of the demo sector
// would send them: N keep-alive connections, each sending its next request as soon as
// the last is answered, for a while. Prints the requests, the errors (any HTTP status
// but 200, or a GraphQL error: the target is 0) and the latency percentiles, overall
// and per operation.
//
//   npx nx run api:build
//   node -r @swc-node/register bench/load.ts [seconds=60] [connections=10]
//
// The server is dist/api/apps/api/src/main.js in a child process of its own, with the
// demo data on a new embedded database in a temporary folder; with DATABASE_URL, on a
// scratch database created beside it on that server and dropped afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const SERVER = resolve(__dirname, '../dist/api/apps/api/src/main.js');
/** apps/api/src/demo/demo-data.ts: every demo account's password, printed at start. */
const DEMO_PASSWORD = 'regie-demo-2026';

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely
type Loose = Record<string, any>;

interface Answer {
  status: number;
  body: { data?: Loose | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

function graphql(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
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
          const text = Buffer.concat(chunks).toString('utf8');
          let body: Answer['body'] = {};
          try {
            body = JSON.parse(text) as Answer['body'];
          } catch {
            body = { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] };
          }
          done({ status: res.statusCode ?? 0, body });
        });
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(payload);
  });
}

async function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const look = (chunk: Buffer) => {
      // Read on to the end, or a full pipe would stall the server's logging.
      if (out.length > 100_000) return;
      out += chunk.toString();
      // main.ts prints where it runs, whatever the log level.
      const m = /running at (http:\/\/[^\s"]+?)\/?\s/.exec(out);
      if (m) done(m[1]);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => fail(new Error(`the server exited (${code}):\n${out}`)));
  });
  return { child, url };
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

function must(answer: Answer, what: string): Loose {
  if (answer.status !== 200 || answer.body.errors || !answer.body.data)
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.body.errors)}`);
  return answer.body.data;
}

interface Operation {
  readonly name: string;
  readonly weight: number;
  send(worker: number, n: number): Promise<Answer>;
}

function percentile(sorted: readonly number[], q: number): string {
  if (!sorted.length) return '-';
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
}

async function main() {
  if (!existsSync(SERVER)) {
    console.error(`no built server at ${SERVER}: run \`npx nx run api:build\` first`);
    process.exit(1);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-load-'));
  const server = process.env.DATABASE_URL || undefined;
  const scratch = `regie_load_${process.pid}`;
  let databaseUrl = '';
  if (server) {
    await admin(server, `CREATE DATABASE ${scratch}`);
    const u = new URL(server);
    u.pathname = `/${scratch}`;
    databaseUrl = u.toString();
  }
  const { child, url } = await startServer({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'warn',
    REGIE_DATA_DIR: dataDir,
    REGIE_DEMO: '1',
    DATABASE_URL: databaseUrl,
  });
  try {
    const tokens: Record<string, string> = {};
    for (const who of [
      'fg@rivierenland',
      'inkoop@rivierenland',
      'beheer@rivierenland',
      'redactie@leerwijs',
      'onderhandelaar@samendigitaal',
    ]) {
      const data = must(
        await graphql(
          url,
          undefined,
          `
            mutation ($input: LoginInput!) {
              login(input: $input) {
                accessToken
              }
            }
          `,
          { input: { email: `${who}.example.nl`, password: DEMO_PASSWORD } },
        ),
        `signing in as ${who}`,
      );
      tokens[who] = data.login.accessToken;
    }

    // What the writes act on: the demo's agreements under review and open incidents,
    // each tried once, so that the run counts only what should succeed.
    const agreements = must(
      await graphql(
        url,
        tokens['fg@rivierenland'],
        `
          {
            agreements(first: 100) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
      ),
      'agreements',
    ).agreements.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    const noted: string[] = [];
    for (const agreementId of agreements) {
      const res = await graphql(
        url,
        tokens['fg@rivierenland'],
        `
          mutation ($input: AddReviewNoteInput!) {
            addReviewNote(input: $input) {
              id
            }
          }
        `,
        { input: { agreementId, body: 'Bench: eerste notitie.' } },
      );
      if (!res.body.errors) noted.push(agreementId);
    }
    const incidents = must(
      await graphql(
        url,
        tokens['redactie@leerwijs'],
        `
          {
            incidents(first: 100) {
              edges {
                node {
                  id
                  status
                }
              }
            }
          }
        `,
      ),
      'incidents',
    )
      .incidents.edges.map((e: { node: { id: string; status: string } }) => e.node)
      .filter((i: { status: string }) => i.status === 'OPEN')
      .map((i: { id: string }) => i.id) as string[];
    if (!incidents.length) {
      // The demo's incidents may all be resolved: the vendor reports one to update.
      const vendorId = must(
        await graphql(
          url,
          tokens['redactie@leerwijs'],
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
      ).me.memberships[0].organisation.id as string;
      const productId = must(
        await graphql(
          url,
          tokens['redactie@leerwijs'],
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
          { f: { vendorId } },
        ),
        'products',
      ).products.edges[0].node.id as string;
      const reported = must(
        await graphql(
          url,
          tokens['redactie@leerwijs'],
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
              title: 'Bench: vertraging bij inloggen',
              description: 'Voor de belastingtest.',
              severity: 'LOW',
              personalDataInvolved: false,
              discoveredAt: new Date().toISOString(),
            },
          },
        ),
        'reportIncident',
      );
      incidents.push(reported.reportIncident.id as string);
    }
    if (!noted.length || !incidents.length)
      throw new Error(
        `the demo data lacks what the writes need: ${noted.length} agreements, ${incidents.length} incidents`,
      );

    const operations: Operation[] = [
      {
        name: 'read: vendor search',
        weight: 20,
        send: () =>
          graphql(
            url,
            tokens['inkoop@rivierenland'],
            `
              query ($f: VendorFilter) {
                vendors(first: 20, filter: $f) {
                  totalCount
                  edges {
                    node {
                      id
                      name
                      products {
                        id
                        name
                        currentLeaflet {
                          id
                          version
                        }
                      }
                    }
                  }
                }
              }
            `,
            { f: { search: 'leer' } },
          ),
      },
      {
        name: 'read: agreements',
        weight: 20,
        send: () =>
          graphql(
            url,
            tokens['fg@rivierenland'],
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
      },
      {
        name: 'read: products',
        weight: 15,
        send: () =>
          graphql(
            url,
            tokens['inkoop@rivierenland'],
            `
              {
                products(first: 50) {
                  totalCount
                  edges {
                    node {
                      id
                      name
                      category
                      vendor {
                        name
                      }
                    }
                  }
                }
              }
            `,
          ),
      },
      {
        name: 'read: tenders',
        weight: 10,
        send: () =>
          graphql(
            url,
            tokens['onderhandelaar@samendigitaal'],
            `
              {
                tenders(first: 20) {
                  totalCount
                  edges {
                    node {
                      id
                      title
                      status
                    }
                  }
                }
              }
            `,
          ),
      },
      {
        name: 'read: notifications',
        weight: 10,
        send: () =>
          graphql(
            url,
            tokens['fg@rivierenland'],
            `
              {
                notifications(first: 20) {
                  totalCount
                  edges {
                    node {
                      id
                      title
                      readAt
                    }
                  }
                }
              }
            `,
          ),
      },
      {
        name: 'write: review note',
        weight: 10,
        send: (worker, n) =>
          graphql(
            url,
            tokens['fg@rivierenland'],
            `
              mutation ($input: AddReviewNoteInput!) {
                addReviewNote(input: $input) {
                  id
                }
              }
            `,
            {
              input: {
                agreementId: noted[n % noted.length],
                body: `Bench ${worker}-${n}: klopt artikel 7?`,
              },
            },
          ),
      },
      {
        name: 'write: incident update',
        weight: 10,
        send: (worker, n) =>
          graphql(
            url,
            tokens['redactie@leerwijs'],
            `
              mutation ($input: AddIncidentUpdateInput!) {
                addIncidentUpdate(input: $input) {
                  id
                }
              }
            `,
            {
              input: {
                incidentId: incidents[n % incidents.length],
                body: `Bench ${worker}-${n}: onderzoek loopt.`,
              },
            },
          ),
      },
      {
        name: 'write: profile name',
        weight: 5,
        send: (worker, n) =>
          graphql(
            url,
            tokens['beheer@rivierenland'],
            `
              mutation ($input: UpdateMeInput!) {
                updateMe(input: $input) {
                  id
                }
              }
            `,
            {
              input: { name: `Beheerder ${worker}-${n}` },
            },
          ),
      },
    ];
    const totalWeight = operations.reduce((sum, o) => sum + o.weight, 0);
    const pick = (r: number) => {
      let left = r * totalWeight;
      for (const o of operations) if ((left -= o.weight) < 0) return o;
      return operations[operations.length - 1];
    };

    const latencies = new Map<string, number[]>(operations.map((o) => [o.name, []]));
    const errors = new Map<string, number>();
    let requests = 0;
    const until = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, worker) => {
        for (let n = 0; performance.now() < until; n++) {
          const operation = pick(Math.random());
          const t0 = performance.now();
          let problem: string | undefined;
          try {
            const res = await operation.send(worker, n);
            if (res.status !== 200) problem = `HTTP ${res.status}`;
            const first = res.body.errors?.[0];
            if (first) problem = `${first.extensions?.code ?? 'no code'}: ${first.message}`;
          } catch (error) {
            problem = `network: ${error instanceof Error ? error.message : String(error)}`;
          }
          latencies.get(operation.name)!.push(performance.now() - t0);
          requests++;
          if (problem) {
            const key = `${operation.name}: ${problem}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;

    const all = [...latencies.values()].flat().sort((a, b) => a - b);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(
      `load: ${SECONDS} s, ${CONNECTIONS} connections, ${server ? 'PostgreSQL server' : 'embedded PGlite'}`,
    );
    console.log(
      `  requests ${requests} (${(requests / elapsed).toFixed(1)}/s), errors ${errorCount}, ` +
        `p50 ${percentile(all, 0.5)} ms, p99 ${percentile(all, 0.99)} ms, max ${all.length ? all[all.length - 1].toFixed(1) : '-'} ms`,
    );
    for (const [name, values] of latencies) {
      const sorted = values.sort((a, b) => a - b);
      console.log(
        `  ${name.padEnd(24)} ${String(values.length).padStart(6)}  p50 ${percentile(sorted, 0.5).padStart(7)} ms  p99 ${percentile(sorted, 0.99).padStart(7)} ms`,
      );
    }
    for (const [key, count] of errors) console.log(`  error ×${count}: ${key}`);
    if (errorCount > 0) process.exitCode = 1;
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await rm(dataDir, { recursive: true, force: true });
    if (server) await admin(server, `DROP DATABASE IF EXISTS ${scratch}`);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
