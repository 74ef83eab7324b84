// Writes apps/api/schema.gql from the API's code-first schema: starts the app on a
// throwaway embedded database, prints the schema, stops.
import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/app-config';
import { renderSchema, SCHEMA_FILE } from '../apps/api/src/schema-file';

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-schema-'));
  const running = await startApp({
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', REGIE_DEMO: '0', LOG_LEVEL: 'error' }),
    dataDir,
    databaseUrl: undefined,
  });
  try {
    await writeFile(SCHEMA_FILE, renderSchema(running.app.get(GraphQLSchemaHost).schema));
    console.log(`wrote ${SCHEMA_FILE}`);
  } finally {
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

void main();
