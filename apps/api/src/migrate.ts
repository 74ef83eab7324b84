// Applies pending migrations and exits: the Docker entrypoint runs it before the server.
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { migrate, openDatabase } from './database/database';

async function run(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    const { applied } = await migrate(database.options);
    process.stdout.write(`regie: ${applied} migration(s) applied\n`);
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(
    `regie: ${error instanceof ConfigError ? `invalid configuration: ${error.message}` : String(error)}\n`,
  );
  process.exit(1);
});
