import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jwtSigningSecret, signingSecret } from './secrets';

describe('the generated JWT secret', () => {
  it('is one and the same for callers that ask at once on a new data folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'regie-secret-'));
    try {
      const secrets = await Promise.all(
        Array.from({ length: 20 }, () => jwtSigningSecret(undefined, join(dir, 'data'))),
      );
      expect(secrets[0].length).toBeGreaterThanOrEqual(64);
      expect(new Set(secrets).size).toBe(1);
      expect(await readdir(join(dir, 'data'))).toEqual(['jwt-secret']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is the configured one when JWT_SECRET is set', async () => {
    expect(await jwtSigningSecret('x'.repeat(40), '/nonexistent')).toBe('x'.repeat(40));
  });

  it('is the configured one on a server too, without a look at the database or the data folder', async () => {
    const untouchable = {
      query: () => Promise.reject(new Error('the database was asked for a secret')),
    };
    const config = {
      jwtSecret: 'y'.repeat(40),
      databaseUrl: 'postgres://regie@db/regie',
      dataDir: '/nonexistent',
    };
    expect(await signingSecret(config, untouchable)).toBe('y'.repeat(40));
    await expect(signingSecret({ ...config, jwtSecret: undefined }, untouchable)).rejects.toThrow(
      'the database was asked for a secret',
    );
  });
});
