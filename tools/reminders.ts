// Runs the reminder job once, now, against the configured database, without
// serving anything: `node -r @swc-node/register tools/reminders.ts`. Safe beside a
// running server on PostgreSQL (the ledger keeps each reminder to one); the
// e-mails it queues are sent by the server's outbox worker. With the embedded
// database, stop the server first: the data folder takes one process.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../apps/api/src/app.module';
import { loadConfig } from '../apps/api/src/config/app-config';
import { migrate, openDatabase } from '../apps/api/src/database/database';
import { RemindersService } from '../apps/api/src/reminders/reminders.service';

async function main(): Promise<void> {
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
      const run = await app.get(RemindersService).runOnce();
      process.stdout.write(`reminders sent: ${JSON.stringify(run.sent)}\n`);
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
