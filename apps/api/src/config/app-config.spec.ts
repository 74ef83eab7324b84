import { ConfigError, loadConfig } from './app-config';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env, '/srv');
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('uses the defaults of RUNTIME.md when nothing is set', () => {
    const config = loadConfig({}, '/srv');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: '/srv/data',
      demo: true,
      jwtSecret: undefined,
      maxUploadBytes: 26_214_400,
      bootstrapAdmin: undefined,
    });
  });

  it('accepts PORT=0 so that the system picks a free port', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('names the variable and the reason for a bad port', () => {
    expect(failure({ PORT: 'eighty' })).toBe(
      'PORT: must be a whole number from 0 to 65535, got "eighty"',
    );
    expect(failure({ PORT: '70000' })).toMatch(/^PORT: /);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(failure({ DATABASE_URL: 'mysql://root@localhost/regie' })).toMatch(
      /^DATABASE_URL: must start with postgres:\/\//,
    );
    expect(failure({ DATABASE_URL: 'not a url' })).toMatch(/^DATABASE_URL: is not a URL/);
    expect(failure({ DATABASE_URL: 'postgres://localhost' })).toMatch(
      /^DATABASE_URL: names no database/,
    );
  });

  it('needs both halves of the bootstrap admin and a long enough password', () => {
    expect(failure({ REGIE_BOOTSTRAP_ADMIN_EMAIL: 'ops@example.nl' })).toMatch(
      /^REGIE_BOOTSTRAP_ADMIN_PASSWORD: is required/,
    );
    expect(
      failure({
        REGIE_BOOTSTRAP_ADMIN_EMAIL: 'ops@example.nl',
        REGIE_BOOTSTRAP_ADMIN_PASSWORD: 'short',
      }),
    ).toBe('REGIE_BOOTSTRAP_ADMIN_PASSWORD: must be at least 12 characters');
    expect(
      loadConfig({
        REGIE_BOOTSTRAP_ADMIN_EMAIL: 'Ops@Example.nl',
        REGIE_BOOTSTRAP_ADMIN_PASSWORD: 'a long passphrase',
      }).bootstrapAdmin,
    ).toEqual({ email: 'ops@example.nl', password: 'a long passphrase' });
  });

  it('answers introspection unless NODE_ENV=production, where REGIE_GRAPHQL_INTROSPECTION=1 turns it on', () => {
    expect(loadConfig({}).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', REGIE_GRAPHQL_INTROSPECTION: '1' }).graphqlIntrospection,
    ).toBe(true);
    expect(loadConfig({ REGIE_GRAPHQL_INTROSPECTION: '0' }).graphqlIntrospection).toBe(false);
    expect(failure({ REGIE_GRAPHQL_INTROSPECTION: 'sometimes' })).toBe(
      'REGIE_GRAPHQL_INTROSPECTION: must be 1 or 0 (true or false), got "sometimes"',
    );
  });

  it('refuses a bootstrap password longer than the sign-in form takes', () => {
    expect(
      failure({
        REGIE_BOOTSTRAP_ADMIN_EMAIL: 'ops@example.nl',
        REGIE_BOOTSTRAP_ADMIN_PASSWORD: 'x'.repeat(201),
      }),
    ).toBe('REGIE_BOOTSTRAP_ADMIN_PASSWORD: must be at most 200 characters');
  });

  it('refuses a REGIE_DEMO that is not a flag, a short JWT_SECRET and a zero upload limit', () => {
    expect(failure({ REGIE_DEMO: 'maybe' })).toMatch(/^REGIE_DEMO: /);
    expect(failure({ JWT_SECRET: 'too-short' })).toBe('JWT_SECRET: must be at least 32 characters');
    expect(failure({ REGIE_MAX_UPLOAD_BYTES: '0' })).toMatch(/^REGIE_MAX_UPLOAD_BYTES: /);
    expect(loadConfig({ REGIE_DEMO: '0' }).demo).toBe(false);
  });

  it('takes single sign-on only complete, and over https unless the provider is local', () => {
    const complete = {
      REGIE_OIDC_ISSUER: 'https://connect.surfconext.nl',
      REGIE_OIDC_CLIENT_ID: 'regie',
      REGIE_OIDC_CLIENT_SECRET: 'secret',
    };
    expect(loadConfig(complete).oidc).toMatchObject({ clientId: 'regie', displayName: 'SSO' });
    expect(loadConfig({}).oidc).toBeUndefined();
    expect(failure({ ...complete, REGIE_OIDC_CLIENT_SECRET: '' })).toMatch(
      /^REGIE_OIDC_CLIENT_SECRET: is required/,
    );
    expect(failure({ ...complete, REGIE_OIDC_ISSUER: 'http://idp.example.nl' })).toMatch(
      /^REGIE_OIDC_ISSUER: must use https/,
    );
    expect(
      loadConfig({ ...complete, REGIE_OIDC_ISSUER: 'http://127.0.0.1:4000' }).oidc?.issuer.port,
    ).toBe('4000');
    expect(failure({ ...complete, REGIE_OIDC_ISSUER: 'not a url' })).toMatch(
      /^REGIE_OIDC_ISSUER: is not a URL/,
    );
  });

  it('reads the sign-in throttle and refuses a zero limit', () => {
    expect(loadConfig({}).loginThrottle).toEqual({
      perAccount: 5,
      perAddress: 50,
      lockoutSeconds: 900,
    });
    expect(failure({ REGIE_LOGIN_MAX_ATTEMPTS: '0' })).toMatch(/^REGIE_LOGIN_MAX_ATTEMPTS: /);
  });

  it('believes no proxy unless told which, and refuses a list express could not read', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ REGIE_TRUST_PROXY: ' ' }).trustProxy).toBe(false);
    expect(loadConfig({ REGIE_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(
      loadConfig({ REGIE_TRUST_PROXY: '10.0.0.0/8, 192.168.1.4, fd00::/8, uniquelocal' })
        .trustProxy,
    ).toBe('10.0.0.0/8, 192.168.1.4, fd00::/8, uniquelocal');
    for (const wrong of [
      'true',
      '1',
      'proxy.example.nl',
      '10.0.0.0/33',
      'loopback,',
      '::1/129',
      '0.0.0.0/0',
    ]) {
      expect(failure({ REGIE_TRUST_PROXY: wrong })).toMatch(/^REGIE_TRUST_PROXY: must be /);
    }
  });

  it('writes e-mails to the log when no SMTP server is configured', () => {
    const { mail, publicUrl } = loadConfig({}, '/srv');
    expect(publicUrl).toBeUndefined();
    expect(mail).toMatchObject({
      smtp: undefined,
      from: 'Regie <noreply@localhost>',
      messageIdDomain: 'localhost',
      pollIntervalMs: 5_000,
      retryBaseMs: 60_000,
    });
  });

  it('reads the SMTP server, its credentials and the public URL', () => {
    const config = loadConfig({
      REGIE_SMTP_HOST: 'smtp.example.nl',
      REGIE_SMTP_SECURE: '1',
      REGIE_SMTP_USER: 'regie',
      REGIE_SMTP_PASSWORD: 'secret',
      REGIE_MAIL_FROM: 'Regie <regie@example.nl>',
      REGIE_PUBLIC_URL: 'https://regie.example.nl/',
    });
    expect(config.publicUrl).toBe('https://regie.example.nl');
    expect(config.mail).toMatchObject({
      smtp: {
        host: 'smtp.example.nl',
        port: 465,
        secure: true,
        auth: { user: 'regie', password: 'secret' },
      },
      from: 'Regie <regie@example.nl>',
      messageIdDomain: 'regie.example.nl',
    });
    expect(loadConfig({ REGIE_SMTP_HOST: 'localhost' }).mail.smtp).toEqual({
      host: 'localhost',
      port: 587,
      secure: false,
      auth: undefined,
    });
  });

  it('names the mail variable that is wrong or missing', () => {
    expect(failure({ REGIE_SMTP_PORT: '25' })).toBe(
      'REGIE_SMTP_HOST: is required when REGIE_SMTP_PORT is set',
    );
    expect(failure({ REGIE_SMTP_HOST: 'smtp.example.nl', REGIE_SMTP_PORT: 'smtp' })).toMatch(
      /^REGIE_SMTP_PORT: must be a whole number/,
    );
    expect(failure({ REGIE_SMTP_HOST: 'smtp.example.nl', REGIE_SMTP_USER: 'regie' })).toBe(
      'REGIE_SMTP_PASSWORD: is required when REGIE_SMTP_USER is set',
    );
    expect(failure({ REGIE_SMTP_HOST: 'smtp.example.nl', REGIE_SMTP_SECURE: 'tls' })).toMatch(
      /^REGIE_SMTP_SECURE: /,
    );
    expect(failure({ REGIE_MAIL_FROM: 'Regie' })).toMatch(/^REGIE_MAIL_FROM: must be an e-mail/);
    expect(failure({ REGIE_PUBLIC_URL: 'regie.example.nl' })).toMatch(/^REGIE_PUBLIC_URL: /);
    expect(failure({ REGIE_PUBLIC_URL: 'ftp://regie.example.nl' })).toMatch(
      /^REGIE_PUBLIC_URL: must start with https:\/\//,
    );
    expect(failure({ REGIE_MAIL_RETRY_MS: '0' })).toMatch(/^REGIE_MAIL_RETRY_MS: /);
    expect(loadConfig({ REGIE_MAIL_INTERVAL_MS: '0' }).mail.pollIntervalMs).toBe(0);
  });

  it('keeps files in the data folder unless an S3 bucket is configured', () => {
    expect(loadConfig({}, '/srv').s3).toBeUndefined();
    expect(
      loadConfig({
        REGIE_S3_ENDPOINT: 'https://s3.example.nl/',
        REGIE_S3_BUCKET: 'regie-files',
        REGIE_S3_ACCESS_KEY_ID: 'regie',
        REGIE_S3_SECRET_ACCESS_KEY: 'geheim',
      }).s3,
    ).toEqual({
      endpoint: 'https://s3.example.nl',
      bucket: 'regie-files',
      region: 'us-east-1',
      credentials: { accessKeyId: 'regie', secretAccessKey: 'geheim' },
      forcePathStyle: true,
    });
    // AWS itself: the bucket's region, virtual-host addressing, the SDK's credential chain.
    expect(
      loadConfig({ REGIE_S3_BUCKET: 'regie-files', REGIE_S3_REGION: 'eu-central-1' }).s3,
    ).toEqual({
      endpoint: undefined,
      bucket: 'regie-files',
      region: 'eu-central-1',
      credentials: undefined,
      forcePathStyle: false,
    });
    expect(
      loadConfig({
        REGIE_S3_ENDPOINT: 'http://127.0.0.1:9000',
        REGIE_S3_BUCKET: 'regie',
        REGIE_S3_FORCE_PATH_STYLE: '0',
      }).s3?.forcePathStyle,
    ).toBe(false);
  });

  it('names the S3 variable that is wrong or missing', () => {
    expect(failure({ REGIE_S3_ENDPOINT: 'https://s3.example.nl' })).toBe(
      'REGIE_S3_BUCKET: is required when REGIE_S3_ENDPOINT is set',
    );
    expect(failure({ REGIE_S3_BUCKET: 'Regie_Files', REGIE_S3_REGION: 'eu-west-1' })).toMatch(
      /^REGIE_S3_BUCKET: must be a bucket name/,
    );
    expect(failure({ REGIE_S3_BUCKET: 'regie' })).toMatch(
      /^REGIE_S3_REGION: is required for AWS S3/,
    );
    expect(failure({ REGIE_S3_BUCKET: 'regie', REGIE_S3_REGION: 'EU West' })).toMatch(
      /^REGIE_S3_REGION: /,
    );
    expect(failure({ REGIE_S3_BUCKET: 'regie', REGIE_S3_ENDPOINT: 's3.example.nl' })).toMatch(
      /^REGIE_S3_ENDPOINT: is not a URL/,
    );
    expect(
      failure({ REGIE_S3_BUCKET: 'regie', REGIE_S3_ENDPOINT: 'http://minio.example.nl:9000' }),
    ).toBe('REGIE_S3_ENDPOINT: must use https:// unless the server runs on this machine');
    expect(
      failure({
        REGIE_S3_BUCKET: 'regie',
        REGIE_S3_ENDPOINT: 'https://s3.example.nl',
        REGIE_S3_ACCESS_KEY_ID: 'regie',
      }),
    ).toBe('REGIE_S3_SECRET_ACCESS_KEY: is required when REGIE_S3_ACCESS_KEY_ID is set');
    expect(
      failure({
        REGIE_S3_BUCKET: 'regie',
        REGIE_S3_ENDPOINT: 'https://s3.example.nl',
        REGIE_S3_SECRET_ACCESS_KEY: 'geheim',
      }),
    ).toBe('REGIE_S3_ACCESS_KEY_ID: is required when REGIE_S3_SECRET_ACCESS_KEY is set');
    expect(
      failure({
        REGIE_S3_BUCKET: 'regie',
        REGIE_S3_ENDPOINT: 'https://s3.example.nl',
        REGIE_S3_FORCE_PATH_STYLE: 'maybe',
      }),
    ).toMatch(/^REGIE_S3_FORCE_PATH_STYLE: must be 1 or 0/);
  });
});
