import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** SHA-256 hex: how invitation and API tokens are stored (a leaked table reveals no token). */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** A new secret with a recognisable prefix: `regie_api_…`, `regie_inv_…`. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/**
 * The injection token of the signing secret (a string): JWT_SECRET, or the generated
 * one, resolved once per process by `signingSecret`. Access tokens, signed file URLs,
 * audit checkpoints and the sign-on cookie are signed with it or keys derived from it.
 */
export const SIGNING_SECRET = Symbol('SIGNING_SECRET');

/** What `signingSecret` needs of the database: a query on the app's pool. */
export interface SecretQueries {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/**
 * JWT_SECRET when set. Otherwise a generated one, kept where every process that shares
 * this Regie finds it (RUNTIME.md): in the database on a PostgreSQL server, so that a
 * token issued by one process behind a load balancer is good on every other; in the
 * data folder with the embedded database, which one process holds anyway.
 */
export async function signingSecret(
  config: { jwtSecret: string | undefined; databaseUrl: string | undefined; dataDir: string },
  database: SecretQueries,
): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  if (!config.databaseUrl) return jwtSigningSecret(undefined, config.dataDir);
  // A Regie that ran on this server before the secret moved into the database kept it in
  // its data folder: the first process to start offers that one, so that the tokens and
  // audit checkpoints it signed stay good.
  const candidate =
    (await dataFolderSecret(config.dataDir)) ?? randomBytes(48).toString('base64url');
  return databaseSigningSecret(database, candidate);
}

/**
 * The secret kept in the database: `candidate` if none was, otherwise the one already
 * there. Processes that start at once all read back the one that was inserted first (the
 * primary key makes the others' INSERTs do nothing).
 */
export async function databaseSigningSecret(
  database: SecretQueries,
  candidate: string,
): Promise<string> {
  await database.query(
    `INSERT INTO signing_secret (name, secret) VALUES ('jwt', $1) ON CONFLICT (name) DO NOTHING`,
    [candidate],
  );
  const rows = await database.query<{ secret: string }[]>(
    `SELECT secret FROM signing_secret WHERE name = 'jwt'`,
  );
  return rows[0].secret;
}

async function dataFolderSecret(dataDir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(dataDir, 'jwt-secret'), 'utf8')).trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * JWT_SECRET, or one generated on first start and kept in the data folder, so that
 * sign-ins survive a restart without any configuration (the embedded database).
 */
export async function jwtSigningSecret(
  configured: string | undefined,
  dataDir: string,
): Promise<string> {
  if (configured) return configured;
  const file = join(dataDir, 'jwt-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  // Written aside, then linked into place: the file appears whole or not at all, so
  // that a concurrent reader never takes a half-written (empty) key. If another
  // caller linked theirs first, use theirs.
  const aside = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  await writeFile(aside, secret + '\n', { mode: 0o600, flag: 'wx' });
  try {
    await link(aside, file);
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  } finally {
    await rm(aside, { force: true });
  }
}
