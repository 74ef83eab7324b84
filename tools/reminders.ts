// Runs the daily job once, now, against the configured database, without serving
// anything: `node -r @swc-node/register tools/reminders.ts` (`npm run reminders`).
// `--today YYYY-MM-DD` runs it as on that day (Europe/Amsterdam), e.g. to publish a change
// of subprocessors on its effectiveOn while trying things out: `npm run reminders -- --today
// 2027-02-01`. Safe beside a
// running server on PostgreSQL (the ledger keeps each reminder to one); the
// e-mails it queues are sent by the server's outbox worker. With the embedded
// database, stop the server first: the data folder takes one process.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { amsterdamDate, isCalendarDate } from '@regie/domain';
import { AppModule } from '../apps/api/src/app.module';
import { loadConfig } from '../apps/api/src/config/app-config';
import { migrate, openDatabase } from '../apps/api/src/database/database';
import { RemindersService } from '../apps/api/src/reminders/reminders.service';

/** The day the job runs as: `--today YYYY-MM-DD`, else today in Europe/Amsterdam. */
function todayArgument(args: readonly string[]): string {
  const at = args.indexOf('--today');
  if (at === -1) return amsterdamDate();
  const value = args[at + 1] ?? '';
  if (!isCalendarDate(value)) {
    process.stderr.write(`reminders: --today takes a date as YYYY-MM-DD, not "${value}"\n`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const today = todayArgument(process.argv.slice(2));
  const loaded = loadConfig();
  // No schedule and no outbox polling here: this process runs the job once and ends.
  const config = {
    ...loaded,
    remindersIntervalMs: 0,
    mail: { ...loaded.mail, pollIntervalMs: 0 },
  };
  const database = await openDatabase(config);
  try {
    await migrate(database.options);
    const app = await NestFactory.create(AppModule.forRoot(config, database), {
      logger: ['error', 'warn'],
    });
    try {
      await app.init();
      const run = await app.get(RemindersService).runOnce(today);
      process.stdout.write(`reminders sent (${today}): ${JSON.stringify(run.sent)}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`reminders: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
