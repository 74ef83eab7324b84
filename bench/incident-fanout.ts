// How long does reporting one incident take when 1,000 boards have an ACTIVE
// agreement on the product? Seeds the boards (each with a privacy officer and an
// admin: 2,000 notifications and e-mails) with set-based SQL, then times the
// reportIncident mutation over HTTP, wall clock, a few times.
//   node -r @swc-node/register bench/incident-fanout.ts [boards] [rounds]
// Embedded database in a temporary folder; with DATABASE_URL, a scratch database
// created beside it on that server and dropped afterwards.
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

const BOARDS = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 5);

async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
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
  try {
    const ds = app.app.get(DataSource);
    const today = amsterdamDate();
    const [{ id: vendor }] = await ds.query(
      `INSERT INTO organisation (kind, name) VALUES ('VENDOR', 'Bench Leverancier') RETURNING id`,
    );
    const [{ id: product }] = await ds.query(
      `INSERT INTO product (vendor_id, name, category) VALUES ($1, 'Bench Platform', 'LEARNING_PLATFORM') RETURNING id`,
      [vendor],
    );
    const [{ id: editor }] = await ds.query(
      `INSERT INTO app_user (email, name) VALUES ('editor@bench.example.nl', 'Bench Editor') RETURNING id`,
    );
    await ds.query(
      `INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, ARRAY['VENDOR_EDITOR']::membership_role[])`,
      [editor, vendor],
    );
    const seeding = Date.now();
    await ds.transaction(async (em) => {
      await em.query(
        `INSERT INTO organisation (kind, name, board_number)
         SELECT 'BOARD', 'Bench bestuur ' || g, (80000 + g)::text FROM generate_series(1, $1) g`,
        [BOARDS],
      );
      for (const role of ['PRIVACY_OFFICER', 'ADMIN']) {
        await em.query(
          `INSERT INTO app_user (email, name)
           SELECT lower($1) || '-' || o.board_number || '@bench.example.nl', $1 || ' ' || o.board_number
             FROM organisation o WHERE o.name LIKE 'Bench bestuur %'`,
          [role],
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
    process.stdout.write(
      `seeded ${BOARDS} boards, ${BOARDS * 2} officers and ${BOARDS} ACTIVE agreements in ${Date.now() - seeding} ms\n`,
    );
    const { accessToken } = await app.app.get(AccessTokensService).issue(editor);
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = process.hrtime.bigint();
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify({
          query: `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id affectedBoardCount } }`,
          variables: {
            input: {
              vendorId: vendor,
              productIds: [product],
              title: `Bench incident ${round + 1}`,
              description: 'Gemeten.',
              severity: 'HIGH',
              personalDataInvolved: true,
              discoveredAt: new Date(Date.now() - 60_000).toISOString(),
            },
          },
        }),
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const body = (await res.json()) as {
        data?: { reportIncident: { id: string; affectedBoardCount: number } };
        errors?: unknown;
      };
      if (!body.data) throw new Error(JSON.stringify(body.errors));
      const [{ notices, notifications, emails }] = await ds.query(
        `SELECT (SELECT count(*) FROM incident_notice WHERE incident_id = $1) AS notices,
                (SELECT count(*) FROM notification WHERE link = '/incidents/' || $1) AS notifications,
                (SELECT count(*) FROM email_outbox e JOIN notification n ON n.id = e.notification_id
                  WHERE n.link = '/incidents/' || $1) AS emails`,
        [body.data.reportIncident.id],
      );
      times.push(ms);
      process.stdout.write(
        `round ${round + 1}: ${ms.toFixed(0)} ms, ${notices} notices, ${notifications} notifications, ${emails} e-mails\n`,
      );
    }
    const sorted = [...times].sort((a, b) => a - b);
    process.stdout.write(
      `reportIncident to ${BOARDS} boards (${server ? 'PostgreSQL server' : 'embedded PGlite'}): median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms\n`,
    );
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
    if (server) await admin(server, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
