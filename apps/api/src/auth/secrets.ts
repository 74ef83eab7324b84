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
 * JWT_SECRET, or one generated on first start and kept in the data folder, so that
 * sign-ins survive a restart without any configuration.
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
