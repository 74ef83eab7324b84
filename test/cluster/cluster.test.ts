// The whole, as an operator runs it: 3 API processes from the build on one PostgreSQL
// database, one S3 server (s3rver) and one SMTP server, behind a round-robin proxy
// (tools/round-robin-proxy.ts). A mixed workload runs for 30 s: sign-ins (the token used on
// the next process), uploads on one process read back from another, edits of one agreement
// by several people at once (version conflicts), incident reports (e-mails to the boards),
// and attestations made due so that the reminder job, run every second by all three
// processes, has work to share. In the middle one process is killed with SIGKILL and started
// again. Afterwards every acknowledged write is there and complete, every e-mail went out
// once (a repeat only for one the killed process had claimed, with the same Message-ID),
// every reminder ran once, the audit chain verifies, and the bucket holds exactly the files
// the database names.
//
// Runs only on a PostgreSQL server: jest.config.js adds this project when DATABASE_URL is
// set (the embedded database is one process's own).
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pdfOfSize } from '../fixtures/pdfs';
import {
  adminQuery,
  DEMO_PASSWORD,
  ensureBuilt,
  startCluster,
  type Cluster,
} from '../support/cluster';
import { startS3Server, type S3TestServer } from '../support/s3-server';
import { eventually, TestSmtpServer } from '../support/smtp';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../tools/round-robin-proxy';

const SECONDS = Number(process.env.REGIE_CLUSTER_SECONDS ?? 30);
const WORKERS = 6;
/** Which process is killed (index), when, and when it is started again (s into the run). */
const VICTIM = 2;
const KILL_AT = SECONDS * 0.4;
const RESTART_AT = SECONDS * 0.55;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely
type Loose = Record<string, any>;
interface Answer {
  status: number;
  data: Loose | null;
  errors: { message: string; extensions?: { code?: string; reason?: string } }[] | undefined;
}

async function graphql(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { data?: Loose | null; errors?: Answer['errors'] };
    return { status: res.status, data: body.data ?? null, errors: body.errors };
  } catch {
    return {
      status: res.status,
      data: null,
      errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 100)}` }],
    };
  }
}

function must(answer: Answer, what: string): Loose {
  if (answer.status !== 200 || answer.errors || !answer.data)
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

async function signIn(url: string, who: string): Promise<string> {
  return must(
    await graphql(url, undefined, LOGIN, {
      input: { email: `${who}.example.nl`, password: DEMO_PASSWORD },
    }),
    `signing in as ${who}`,
  ).login.accessToken as string;
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('three API processes on one database, one bucket, one mail server', () => {
  let s3: S3TestServer;
  let smtp: TestSmtpServer;
  let cluster: Cluster;
  let proxy: RoundRobinProxy;

  beforeAll(async () => {
    ensureBuilt();
    s3 = await startS3Server('regie-cluster');
    smtp = await new TestSmtpServer().start();
    cluster = await startCluster({
      server: process.env.DATABASE_URL!,
      database: `regie_cluster_${process.pid}`,
      count: 3,
      env: {
        ...s3.env,
        ...smtp.env(),
        // What an operator reads: the jobs' lines (info), not a line per request.
        LOG_LEVEL: 'info',
        REGIE_ACCESS_LOG_PERCENT: '0',
        REGIE_MAIL_INTERVAL_MS: '200',
        // A send that fails (a slow SMTP answer on a busy machine) is tried again within the
        // test's wait, not after the default minute.
        REGIE_MAIL_RETRY_MS: '1000',
        // Every process runs the reminder job every second: they race for the same items.
        REGIE_REMINDERS_INTERVAL_MS: '1000',
        // Everyone signs in from the proxy's address, and often.
        REGIE_LOGIN_MAX_ATTEMPTS: '1000',
        REGIE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
      },
    });
    proxy = await startRoundRobinProxy(cluster.processes.map((p) => p.url));
  }, 240_000);

  afterAll(async () => {
    await proxy?.close();
    await cluster?.close();
    await smtp?.stop();
    await s3?.close();
  }, 60_000);

  it('loses no acknowledged write, sends each e-mail and runs each job once, across a SIGKILL', async () => {
    const db = cluster.databaseUrl;
    const [p1, p2] = cluster.processes;
    const api = proxy.url;

    // --- what the workload acts on, from the demo data
    const boardToken = await signIn(api, 'inkoop@rivierenland');
    const vendorToken = await signIn(api, 'redactie@leerwijs');
    const draft = must(
      await graphql(
        api,
        boardToken,
        `
          {
            agreements(first: 100) {
              edges {
                node {
                  id
                  status
                  version
                  validFrom
                }
              }
            }
          }
        `,
      ),
      'agreements',
    ).agreements.edges.find((e: Loose) => e.node.status === 'DRAFT').node as {
      id: string;
      version: number;
      validFrom: string;
    };
    const vendorId = must(
      await graphql(
        api,
        vendorToken,
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
        api,
        vendorToken,
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
    const signers = [
      'fg@rivierenland',
      'inkoop@rivierenland',
      'beheer@rivierenland',
      'redactie@leerwijs',
      'onderhandelaar@samendigitaal',
    ];
    // Attestations that are nowhere near expiring: the run makes them due one by one.
    const farAttestations = (
      await adminQuery(
        db,
        `SELECT id FROM attestation WHERE valid_until > current_date + 120 ORDER BY id`,
      )
    ).map((r) => r.id as string);
    expect(farAttestations.length).toBeGreaterThan(0);

    // --- the workload
    const latencies: number[] = [];
    const counts: Record<string, number> = {};
    const errors = new Map<string, number>();
    const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    const error = (key: string) => errors.set(key, (errors.get(key) ?? 0) + 1);
    const acknowledged = {
      incidents: [] as { id: string; title: string }[],
      agreementEdits: [] as { version: number; validUntil: string }[],
      uploads: [] as { id: string; sha256: string; size: number }[],
      signIns: 0,
    };
    const madeDue: string[] = [];
    let killed = false;
    /** When the victim was killed (epoch ms; the database runs on this machine's clock). */
    let killedAt = 0;

    const timed = async <T>(what: string, work: () => Promise<T>): Promise<T | undefined> => {
      const t0 = performance.now();
      try {
        return await work();
      } catch (e) {
        // A request the killed process had taken: not acknowledged, so not checked after.
        error(`${what}: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`);
        return undefined;
      } finally {
        latencies.push(performance.now() - t0);
      }
    };

    const operations: ((worker: number, n: number) => Promise<void>)[] = [
      // Sign in through the proxy, and use the token on whichever process comes next.
      async (_w, n) => {
        await timed('sign-in', async () => {
          const who = signers[n % signers.length];
          const token = await signIn(api, who);
          const me = must(
            await graphql(
              api,
              token,
              `
                {
                  me {
                    email
                  }
                }
              `,
            ),
            'me',
          );
          if (me.me.email !== `${who}.example.nl`) throw new Error(`me is ${me.me.email}`);
          acknowledged.signIns += 1;
          count('sign-in');
        });
      },
      // Upload on one process, read back from another: the bytes live in the bucket.
      async (w, n) => {
        await timed('upload', async () => {
          const on = cluster.processes[(w + n) % 2]; // never the one that is killed: see below
          const from = cluster.processes[((w + n) % 2) + 1];
          const bytes = pdfOfSize(3_000 + ((w * 997 + n * 31) % 5_000));
          const form = new FormData();
          form.append('organisationId', vendorId);
          form.append('file', new Blob([bytes], { type: 'application/pdf' }), `c-${w}-${n}.pdf`);
          const res = await fetch(`${on.url}/api/files`, {
            method: 'POST',
            headers: { authorization: `Bearer ${vendorToken}` },
            body: form,
          });
          if (res.status !== 201) throw new Error(`upload: HTTP ${res.status}`);
          const info = (await res.json()) as {
            id: string;
            sha256: string;
            size: number;
            url: string;
          };
          acknowledged.uploads.push({ id: info.id, sha256: info.sha256, size: info.size });
          count('upload');
          if (from === cluster.processes[VICTIM] && killed) return;
          const back = await fetch(`${from.url}${info.url}`, {
            headers: { authorization: `Bearer ${vendorToken}` },
          });
          const read = Buffer.from(await back.arrayBuffer());
          if (
            back.status !== 200 ||
            createHash('sha256').update(read).digest('hex') !== info.sha256
          )
            throw new Error(
              `read back from ${from.name}: HTTP ${back.status}, ${read.length} bytes`,
            );
          count('upload read elsewhere');
        });
      },
      // Several people edit one agreement: the stale version is refused, never lost.
      async (w, n) => {
        await timed('agreement edit', async () => {
          const now = must(
            await graphql(
              api,
              boardToken,
              `
                query ($id: ID!) {
                  agreement(id: $id) {
                    version
                  }
                }
              `,
              { id: draft.id },
            ),
            'agreement',
          ).agreement.version as number;
          const day = new Date(
            Date.parse(draft.validFrom) + (400 + ((w * 53 + n) % 900)) * 86_400_000,
          )
            .toISOString()
            .slice(0, 10);
          const res = await graphql(
            api,
            boardToken,
            `
              mutation ($input: UpdateAgreementInput!) {
                updateAgreement(input: $input) {
                  version
                  validUntil
                }
              }
            `,
            { input: { agreementId: draft.id, version: now, validUntil: day } },
          );
          if (res.errors?.[0]?.extensions?.code === 'CONFLICT') {
            count('agreement edit: version conflict');
            return;
          }
          const saved = must(res, 'updateAgreement').updateAgreement;
          acknowledged.agreementEdits.push({
            version: saved.version,
            validUntil: saved.validUntil,
          });
          count('agreement edit');
        });
      },
      // An incident report: notices and e-mails to every board with an agreement on it.
      async (w, n) => {
        await timed('incident report', async () => {
          const title = `Cluster ${w}-${n}-${randomBytes(3).toString('hex')}`;
          const data = must(
            await graphql(
              api,
              vendorToken,
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
                  title,
                  description: 'Storing tijdens de clustertest.',
                  severity: 'LOW',
                  personalDataInvolved: false,
                  discoveredAt: new Date().toISOString(),
                },
              },
            ),
            'reportIncident',
          );
          acknowledged.incidents.push({ id: data.reportIncident.id, title });
          count('incident report');
        });
      },
      // A read, for the latency figures.
      async () => {
        await timed('read', async () => {
          must(
            await graphql(
              api,
              boardToken,
              `
                {
                  agreements(first: 20) {
                    totalCount
                    edges {
                      node {
                        id
                        status
                        vendor {
                          name
                        }
                      }
                    }
                  }
                }
              `,
            ),
            'agreements',
          );
          count('read');
        });
      },
    ];

    const started = performance.now();
    const until = started + SECONDS * 1000;
    const victim = cluster.processes[VICTIM];
    const chaos = (async () => {
      await sleep(KILL_AT * 1000);
      killedAt = Date.now();
      await victim.kill();
      killed = true;
      await sleep((RESTART_AT - KILL_AT) * 1000);
      await victim.start();
      killed = false;
    })();
    // Attestations become due while the reminder job runs on all three processes.
    const dueMaker = (async () => {
      for (const id of farAttestations) {
        if (performance.now() > until - 3_000) break;
        await adminQuery(
          db,
          `UPDATE attestation SET valid_until = current_date + 30 WHERE id = $1`,
          [id],
        );
        madeDue.push(id);
        await sleep(1_500);
      }
    })();
    await Promise.all(
      Array.from({ length: WORKERS }, async (_, worker) => {
        for (let n = 0; performance.now() < until; n++) {
          await operations[(worker + n) % operations.length](worker, n);
        }
      }),
    );
    await Promise.all([chaos, dueMaker]);
    const elapsed = (performance.now() - started) / 1000;

    // --- settling: the reminders of the last attestations, and the e-mails
    await eventually(
      async () => {
        const rows = await adminQuery(
          db,
          `SELECT count(DISTINCT item_id)::int AS n FROM reminder_sent
            WHERE rule = 'attestation.validity' AND item_id = ANY($1::uuid[])`,
          [madeDue],
        );
        return rows[0].n === madeDue.length ? true : undefined;
      },
      'the reminders of every attestation made due',
      30_000,
    );
    // The e-mail the killed process had claimed waits for its lease (5 minutes) to run out:
    // that is made to happen now, and another process sends it again.
    const leftClaimed = await adminQuery(
      db,
      `UPDATE email_outbox SET next_attempt_at = now()
        WHERE status = 'PENDING' AND attempts > 0 RETURNING message_id`,
    );
    // A backlog of a thousand e-mails takes a busy machine a while: the wait lasts as long as
    // the outbox keeps going down, and fails once it stands still for a minute.
    let unsent = Infinity;
    let movedAt = Date.now();
    await eventually(
      async () => {
        const [row] = await adminQuery(
          db,
          `SELECT count(*)::int AS n FROM email_outbox WHERE status <> 'SENT'`,
        );
        const n = Number(row.n);
        if (n === 0) return true;
        if (n < unsent) [unsent, movedAt] = [n, Date.now()];
        if (Date.now() - movedAt > 60_000) throw new Error(`${n} e-mails stand still unsent`);
        return undefined;
      },
      'every e-mail sent',
      240_000,
    ).catch(async (error: unknown) => {
      // What is left, and what the processes said of it, so that a failure explains itself.
      const left = await adminQuery(
        db,
        `SELECT message_id, status, attempts, next_attempt_at, last_error
           FROM email_outbox WHERE status <> 'SENT'`,
      );
      const said = cluster.processes.flatMap((p) =>
        p.lines
          .filter((l) => /e-mail .* (not sent|given up)/.test(l))
          .map((l) => `${p.name}: ${l}`),
      );
      console.log(JSON.stringify({ left, said: said.slice(-20) }, null, 2));
      throw error;
    });

    // --- the figures
    const sorted = [...latencies].sort((a, b) => a - b);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `cluster: ${SECONDS} s, ${WORKERS} workers, 3 processes (${cluster.processes[VICTIM].name} SIGKILLed at ${KILL_AT} s, started again at ${RESTART_AT} s)`,
      `  requests ${sorted.length} (${(sorted.length / elapsed).toFixed(1)}/s), errors ${errorCount}, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`,
      ...Object.entries(counts).map(([k, v]) => `  ${k.padEnd(34)} ${v}`),
      `  proxy: requests per process ${proxy.forwarded.join(' / ')}`,
      `  attestations made due ${madeDue.length}; e-mails ${smtp.received.length}; claimed by the killed process and left ${leftClaimed.length}`,
      ...[...errors].map(([k, v]) => `  error ×${v}: ${k}`),
    ];
    console.log(lines.join('\n'));

    // --- every acknowledged write is there and complete
    expect(acknowledged.signIns).toBeGreaterThan(0);
    expect(acknowledged.incidents.length).toBeGreaterThan(0);
    const incidents = await adminQuery(
      db,
      `SELECT i.id::text, i.title,
              (SELECT count(*)::int FROM audit_event e
                WHERE e.entity_id = i.id AND e.action = 'incident.reported') AS audited
         FROM incident i WHERE i.id = ANY($1::uuid[])`,
      [acknowledged.incidents.map((i) => i.id)],
    );
    const byId = new Map(incidents.map((r) => [r.id as string, r]));
    for (const i of acknowledged.incidents) {
      expect(byId.get(i.id)?.title).toBe(i.title);
      expect(byId.get(i.id)?.audited).toBe(1);
    }
    // The agreement: each acknowledged edit made one version, and the last one is what stays.
    expect(acknowledged.agreementEdits.length).toBeGreaterThan(0);
    const [agreement] = await adminQuery(
      db,
      `SELECT version, valid_until::text AS valid_until,
              (SELECT count(*)::int FROM audit_event e
                WHERE e.entity_id = a.id AND e.action = 'agreement.updated') AS audited
         FROM agreement a WHERE id = $1`,
      [draft.id],
    );
    const versions = acknowledged.agreementEdits.map((e) => e.version).sort((a, b) => a - b);
    expect(new Set(versions).size).toBe(versions.length);
    const last = acknowledged.agreementEdits.find(
      (e) => e.version === versions[versions.length - 1],
    )!;
    expect(agreement.audited).toBeGreaterThanOrEqual(versions.length);
    expect(Number(agreement.version)).toBeGreaterThanOrEqual(last.version);
    if (Number(agreement.version) === last.version)
      expect(agreement.valid_until).toBe(last.validUntil);
    // Uploads: the row, and the bytes in the bucket.
    expect(acknowledged.uploads.length).toBeGreaterThan(0);
    const files = await adminQuery(
      db,
      `SELECT id::text, sha256, size FROM stored_file WHERE id = ANY($1::uuid[])`,
      [acknowledged.uploads.map((u) => u.id)],
    );
    const fileById = new Map(files.map((f) => [f.id as string, f]));
    for (const u of acknowledged.uploads) {
      expect(fileById.get(u.id)?.sha256).toBe(u.sha256);
      expect(Number(fileById.get(u.id)?.size)).toBe(u.size);
    }
    // --- no file missing or orphaned: the bucket holds exactly the files the database names
    const keys = await s3.objectKeys();
    const named = (await adminQuery(db, `SELECT id::text FROM stored_file ORDER BY id`)).map(
      (r) => r.id as string,
    );
    // Regie keeps each file's bytes under `files/<id>` (apps/api/src/files/s3-storage.ts).
    expect(keys).toEqual(named.map((id) => `files/${id}`).sort());
    expect(await s3.pendingUploads()).toEqual([]);

    // --- every e-mail sent once; a repeat only of one claimed again: the killed process's
    // claim, or a send that failed and was tried again (at least once, with the same Message-ID)
    const outbox = await adminQuery(db, `SELECT message_id, attempts FROM email_outbox`);
    const expected = new Set(outbox.map((r) => r.message_id as string));
    const claims = new Map(outbox.map((r) => [r.message_id as string, Number(r.attempts)]));
    const seen = new Map<string, number>();
    for (const m of smtp.received) {
      const id = m.parsed.messageId ?? '';
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    expect([...seen.keys()].filter((id) => !expected.has(id))).toEqual([]);
    expect([...expected].filter((id) => !seen.has(id))).toEqual([]);
    // No e-mail arrives more often than it was claimed: a repeat was claimed again.
    const repeated = [...seen].filter(([id, n]) => n > 1 && n > (claims.get(id) ?? 0));
    expect(repeated).toEqual([]);
    expect(expected.size).toBeGreaterThan(0);

    // --- every job ran once: one ledger row, one audit event and one notice set per reminder
    const reminders = await adminQuery(
      db,
      `SELECT s.id::text,
              (SELECT count(*)::int FROM audit_event e
                WHERE e.entity_id = s.id AND e.action = 'reminder.sent') AS audited
         FROM reminder_sent s
        WHERE s.rule = 'attestation.validity' AND s.item_id = ANY($1::uuid[])`,
      [madeDue],
    );
    expect(reminders).toHaveLength(madeDue.length);
    for (const r of reminders) expect(r.audited).toBe(1);
    const doubled = await adminQuery(
      db,
      `SELECT recipient_id, title, count(*)::int AS n FROM notification
        GROUP BY recipient_id, kind, title, body HAVING count(*) > 1`,
    );
    expect(doubled).toEqual([]);
    // The jobs show in every process's log: the reminder runs, the e-mails each one sent.
    for (const p of cluster.processes) {
      expect(p.lines.some((l) => l.includes('reminder run for'))).toBe(true);
    }
    // Each e-mail's sending is logged, except what a SIGKILL took before it was written out:
    // only an e-mail the killed process marked sent in its last moments may lack its line.
    const logged = new Set(
      cluster.processes.flatMap((p) =>
        p.lines.flatMap((l) => /e-mail (\S+) sent/.exec(l)?.[1] ?? []),
      ),
    );
    const unlogged = (
      await adminQuery(db, `SELECT message_id, sent_at FROM email_outbox WHERE status = 'SENT'`)
    ).filter((r) => !logged.has(r.message_id as string));
    expect(
      unlogged
        .map((r) => ({ id: r.message_id, sentAt: new Date(r.sent_at as string).getTime() }))
        .filter((r) => Math.abs(r.sentAt - killedAt) > 2_000),
    ).toEqual([]);
    expect(unlogged.length).toBeLessThan(10);

    // --- the audit chain verifies, read through any process
    const adminToken = await signIn(api, 'admin@platform');
    for (const p of [p1, p2]) {
      const report = must(
        await graphql(
          p.url,
          adminToken,
          `
            {
              verifyAuditChain {
                valid
                eventsChecked
                reason
              }
            }
          `,
        ),
        'verifyAuditChain',
      ).verifyAuditChain;
      expect(report).toMatchObject({ valid: true, reason: null });
      expect(report.eventsChecked).toBeGreaterThan(acknowledged.incidents.length);
    }

    // Requests the killed process had taken are the only errors there may be.
    expect(errorCount).toBeLessThanOrEqual(WORKERS * 2);
  }, 480_000);
});
