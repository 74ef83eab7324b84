// How long do publishing a security advisory and its fan-out take for a product in
// force at 1,000 boards (target: under 2 s), beside reporting an incident to the same
// boards? Every board has an ACTIVE agreement on the product, a privacy officer and an
// admin, and every second board a security contact: an advisory goes to the 500
// security contacts and to the FGs and admins of the 500 boards without one (1,500
// notifications and e-mails), an incident to every FG and admin (2,000). Rounds
// alternate between the two mutations over HTTP, wall clock, so that other load on the
// machine hits both alike.
//   node -r @swc-node/register bench/advisory-fanout.ts [boards] [rounds]
// Embedded database in a temporary folder; with DATABASE_URL, a scratch database
// created beside it on that server and dropped afterwards.
import { reportOnce } from './incident-fanout';
import { startFanoutWorld, summary, timeMutation, type FanoutWorld } from './support/fanout-world';

const BOARDS = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 5);

const PUBLISH = `mutation ($input: PublishAdvisoryInput!) { publishAdvisory(input: $input) { id affectedBoardCount } }`;

async function publishOnce(world: FanoutWorld, round: number) {
  const { ms, data } = await timeMutation<{ publishAdvisory: { id: string } }>(
    world,
    world.certToken,
    PUBLISH,
    {
      input: {
        publisherId: world.sectorBody,
        title: `Bench advies ${round}`,
        summary: 'Een kwetsbaarheid in Bench Platform.',
        recommendedAction: 'Werk bij naar de nieuwste versie.',
        severity: 'HIGH',
        tlp: 'AMBER',
        cves: ['CVE-2026-10001'],
        productIds: [world.product],
      },
    },
  );
  const [written] = await world.ds.query(
    `SELECT (SELECT count(*) FROM advisory_notice WHERE advisory_id = $1) AS notices,
            (SELECT count(*) FROM notification WHERE link = '/advisories/' || $1) AS notifications,
            (SELECT count(*) FROM email_outbox e JOIN notification n ON n.id = e.notification_id
              WHERE n.link = '/advisories/' || $1) AS emails`,
    [data.publishAdvisory.id],
  );
  return { ms, ...(written as { notices: string; notifications: string; emails: string }) };
}

async function main() {
  const world = await startFanoutWorld(BOARDS);
  try {
    process.stdout.write(
      `seeded ${BOARDS} boards (each an FG and an admin, every second one a security contact) and ${BOARDS} ACTIVE agreements in ${world.seedMs} ms\n`,
    );
    const advisories: number[] = [];
    const incidents: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await publishOnce(world, round);
      advisories.push(a.ms);
      process.stdout.write(
        `round ${round}: publishAdvisory ${a.ms.toFixed(0)} ms (${a.notices} notices, ${a.notifications} notifications, ${a.emails} e-mails)`,
      );
      const i = await reportOnce(world, round);
      incidents.push(i.ms);
      process.stdout.write(
        `, reportIncident ${i.ms.toFixed(0)} ms (${i.notices} notices, ${i.notifications} notifications, ${i.emails} e-mails)\n`,
      );
    }
    process.stdout.write(
      `to ${BOARDS} boards (${world.database}):\n` +
        `  publishAdvisory: ${summary(advisories)} (target < 2000 ms)\n` +
        `  reportIncident:  ${summary(incidents)}\n`,
    );
  } finally {
    await world.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
