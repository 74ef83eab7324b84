import 'reflect-metadata';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedDatabase, migrate, serverDatabase } from '../../apps/api/src/database/database';
import { adminQuery, serverUrl, TEMPLATE_ENV, withDatabase } from './test-database';

export default async function globalSetup(): Promise<void> {
  const url = serverUrl();
  if (url) {
    const name = `regie_template_${process.pid}`;
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(`CREATE DATABASE ${name}`);
    await migrate(serverDatabase(withDatabase(url, name)).options);
    process.env[TEMPLATE_ENV] = name;
    console.log(`\napi tests: PostgreSQL server ${new URL(url).host}, template database ${name}`);
  } else {
    const dir = await mkdtemp(join(tmpdir(), 'regie-template-'));
    const database = await embeddedDatabase(dir);
    try {
      await migrate(database.options);
    } finally {
      await database.close();
    }
    process.env[TEMPLATE_ENV] = dir;
    console.log(`\napi tests: embedded PostgreSQL (PGlite), template ${dir}`);
  }
}
