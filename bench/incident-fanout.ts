// How long does reporting one incident take when 1,000 boards have an ACTIVE
// agreement on the product? Seeds the boards (each with a privacy officer and an
// admin: 2,000 notifications and e-mails) with set-based SQL, then times the
// reportIncident mutation over HTTP, wall clock, a few times.
//   node -r @swc-node/register bench/incident-fanout.ts [boards] [rounds]
// Embedded database in a temporary folder; with DATABASE_URL, a scratch database
// created beside it on that server and dropped afterwards. bench/advisory-fanout.ts
// times this beside an advisory's fan-out.
import { startFanoutWorld, summary, timeMutation, type FanoutWorld } from './support/fanout-world';

const BOARDS = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 5);

const REPORT = `mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id affectedBoardCount } }`;

/** Reports one incident on the world's product; the time and what it wrote. */
export async function reportOnce(world: FanoutWorld, round: number) {
  const { ms, data } = await timeMutation<{ reportIncident: { id: string } }>(
    world,
    world.editorToken,
    REPORT,
    {
      input: {
        vendorId: world.vendor,
        productIds: [world.product],
        title: `Bench incident ${round}`,
        description: 'Gemeten.',
        severity: 'HIGH',
        personalDataInvolved: true,
        discoveredAt: new Date(Date.now() - 60_000).toISOString(),
      },
    },
  );
  const [written] = await world.ds.query(
    `SELECT (SELECT count(*) FROM incident_notice WHERE incident_id = $1) AS notices,
            (SELECT count(*) FROM notification WHERE link = '/incidents/' || $1) AS notifications,
            (SELECT count(*) FROM email_outbox e JOIN notification n ON n.id = e.notification_id
              WHERE n.link = '/incidents/' || $1) AS emails`,
    [data.reportIncident.id],
  );
  return { ms, ...(written as { notices: string; notifications: string; emails: string }) };
}

async function main() {
  const world = await startFanoutWorld(BOARDS);
  try {
    process.stdout.write(
      `seeded ${BOARDS} boards, ${BOARDS * 2} officers and ${BOARDS} ACTIVE agreements in ${world.seedMs} ms\n`,
    );
    const times: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const r = await reportOnce(world, round);
      times.push(r.ms);
      process.stdout.write(
        `round ${round}: ${r.ms.toFixed(0)} ms, ${r.notices} notices, ${r.notifications} notifications, ${r.emails} e-mails\n`,
      );
    }
    process.stdout.write(
      `reportIncident to ${BOARDS} boards (${world.database}): ${summary(times)}\n`,
    );
  } finally {
    await world.close();
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
