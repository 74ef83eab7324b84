// Several processes of one Regie behind a load balancer: without JWT_SECRET, the signing
// secret they generate is kept in the database (RUNTIME.md), so that a token or a signed
// file URL handed out by one process is good on every other. Two app instances on one
// PostgreSQL database stand for two processes (each with its own data folder), with their
// files in one S3 bucket (s3rver). With the embedded database the secret stays in the
// data folder, which one process holds.
//
// The cases with two processes need a PostgreSQL server (DATABASE_URL): the embedded
// database cannot be shared. So the server run of `npm test` (CI runs both) registers
// those, and the embedded run the embedded case.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { startApp } from '../../apps/api/src/app';
import { SIGNING_SECRET, signingSecret } from '../../apps/api/src/auth/secrets';
import type { AppConfig } from '../../apps/api/src/config/app-config';
import { APP_CONFIG } from '../../apps/api/src/config/config.module';
import { pdfOfSize } from '../fixtures/pdfs';
import { download, uploadPdf } from '../support/files';
import { createOrganisation, signUp, TEST_PASSWORD } from '../support/identity';
import { startS3Server, type S3TestServer } from '../support/s3-server';
import { startTestApp, type TestApp } from '../support/test-app';
import { createTestDatabase, serverUrl, type TestDatabase } from '../support/test-database';

const ME = '{ me { email } }';
const LOGIN =
  'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';

const secretOf = (app: TestApp) => app.running.app.get<string>(SIGNING_SECRET);

if (serverUrl()) {
  describe('two processes on one PostgreSQL database, without JWT_SECRET', () => {
    let database: TestDatabase;
    let s3: S3TestServer;
    let first: TestApp;
    let second: TestApp;

    beforeAll(async () => {
      database = await createTestDatabase();
      s3 = await startS3Server();
      // Started at once on a database with no secret yet: both generate one, one is kept.
      [first, second] = await Promise.all([
        startTestApp({ database, env: s3.env }),
        startTestApp({ database, env: s3.env }),
      ]);
    });
    afterAll(async () => {
      await first?.close();
      await second?.close();
      await s3?.close();
      await database?.drop();
    });

    it('agree on one generated secret, kept in the database and in neither data folder', async () => {
      expect(secretOf(first)).toBe(secretOf(second));
      expect(secretOf(first).length).toBeGreaterThanOrEqual(64);
      const rows: { secret: string }[] = await first.running.app
        .get(DataSource)
        .query('SELECT secret FROM signing_secret');
      expect(rows).toEqual([{ secret: secretOf(first) }]);
      for (const app of [first, second]) {
        const { dataDir } = app.running.app.get<AppConfig>(APP_CONFIG);
        expect(await readdir(dataDir)).not.toContain('jwt-secret');
      }
    });

    it('accept each other’s access tokens', async () => {
      const organisationId = await createOrganisation(first, { kind: OrganisationKind.BOARD });
      const person = await signUp(first, { organisationId, roles: [Role.ADMIN] });
      // Issued by the first process, used on the second.
      expect((await second.graphql(ME, {}, { token: person.token })).data).toEqual({
        me: { email: person.email },
      });
      // A sign-in on the second process, used on the first.
      const login = await second.graphql<{ login: { accessToken: string } }>(LOGIN, {
        e: person.email,
        p: TEST_PASSWORD,
      });
      const token = login.data!.login.accessToken;
      expect((await first.graphql(ME, {}, { token })).data).toEqual({
        me: { email: person.email },
      });
    });

    it('serve a file uploaded to one of them through the signed URL the other handed out', async () => {
      const vendor = await createOrganisation(first, { kind: OrganisationKind.VENDOR });
      const editor = await signUp(first, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
      const pdf = pdfOfSize(300_000);
      const info = await uploadPdf(first, editor.token, pdf);
      expect(info.url).toMatch(/signature=/);
      // The signed URL, made by the first process, fetched from the second without a token.
      const res = await download(second, info.url);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
      // And a forged signature is still refused there.
      const forged = info.url.replace(/signature=[^&]+/, `signature=${'A'.repeat(43)}`);
      expect((await download(second, forged)).status).not.toBe(200);
    });

    it('keeps the first secret offered: concurrent offers all read back the one stored', async () => {
      const ds = first.running.app.get(DataSource);
      await ds.query('DELETE FROM signing_secret');
      const folder = await mkdtemp(join(tmpdir(), 'regie-secret-'));
      try {
        // A Regie that ran here before kept its secret in its data folder: that one is offered.
        const before = randomBytes(48).toString('base64url');
        await writeFile(join(folder, 'jwt-secret'), `${before}\n`);
        const config = { jwtSecret: undefined, databaseUrl: database.databaseUrl, dataDir: folder };
        const empty = { ...config, dataDir: join(folder, randomUUID()) };
        const secrets = await Promise.all([
          signingSecret(config, ds),
          ...Array.from({ length: 8 }, () => signingSecret(empty, ds)),
        ]);
        expect(new Set(secrets).size).toBe(1);
        const rows: { secret: string }[] = await ds.query('SELECT secret FROM signing_secret');
        expect(rows).toEqual([{ secret: secrets[0] }]);
        // Later processes read it back, whatever their data folder holds.
        expect(await signingSecret(empty, ds)).toBe(secrets[0]);
      } finally {
        await ds.query('UPDATE signing_secret SET secret = $1', [secretOf(first)]);
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
} else {
  describe('the embedded database, without JWT_SECRET', () => {
    it('keeps the generated secret in the data folder, so that tokens outlive a restart', async () => {
      const app = await startTestApp();
      try {
        const config = app.running.app.get<AppConfig>(APP_CONFIG);
        const secret = secretOf(app);
        expect((await readFile(join(config.dataDir, 'jwt-secret'), 'utf8')).trim()).toBe(secret);
        const rows: unknown[] = await app.running.app
          .get(DataSource)
          .query('SELECT secret FROM signing_secret');
        expect(rows).toEqual([]);
        const organisationId = await createOrganisation(app, { kind: OrganisationKind.BOARD });
        const person = await signUp(app, { organisationId, roles: [Role.ADMIN] });

        // The same data folder started again: the same secret, the token still good.
        await app.running.close();
        const again = await startApp(config);
        try {
          expect(again.app.get<string>(SIGNING_SECRET)).toBe(secret);
          const res = await fetch(`${again.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${person.token}`,
            },
            body: JSON.stringify({ query: ME }),
          });
          expect(((await res.json()) as { data: unknown }).data).toEqual({
            me: { email: person.email },
          });
        } finally {
          await again.close();
        }
      } finally {
        await app.close();
      }
    });
  });
}
