// The environment of RUNTIME.md, typed and checked before anything starts: a bad
// value stops the start with one line that names the variable and says why.
import { isIP } from 'node:net';
import { resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL server; undefined means the embedded database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly bootstrapAdmin: { readonly email: string; readonly password: string } | undefined;
  readonly demo: boolean;
  /** Undefined means: generate one and keep it in `dataDir`. */
  readonly jwtSecret: string | undefined;
  readonly maxUploadBytes: number;
  /** Where uploaded files live: an S3-compatible bucket, or undefined for `dataDir/files`. */
  readonly s3: S3Config | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * The percentage of successful requests that get an access-log line; a request
   * answered with 4xx or 5xx always gets one.
   */
  readonly accessLogPercent: number;
  /** The built admin app to serve at /; undefined serves none. */
  readonly adminDir: string | undefined;
  /**
   * Which proxies' X-Forwarded-For to believe (express's `trust proxy`): false by
   * default, so the address counted (sign-in throttling) is the connection's. Believing
   * loopback when nothing on the host is a proxy would let any local process, or a
   * proxy that passes the header on, give itself a fresh address per request.
   */
  readonly trustProxy: string | false;
  /**
   * Where people reach Regie, without a trailing slash; undefined: the address of each
   * request (single sign-on) or http://localhost:PORT (links in e-mails).
   */
  readonly publicUrl: string | undefined;
  readonly mail: MailConfig;
  /** Single sign-on; undefined when no provider is configured. */
  readonly oidc: OidcConfig | undefined;
  readonly loginThrottle: LoginThrottleConfig;
  /**
   * How often the reminder job runs (expiring attestations and agreements, tender
   * deadlines); 0: never in this process. Off in tests, which run it themselves.
   */
  readonly remindersIntervalMs: number;
  /** Whether GraphQL answers introspection (`__schema`, `__type`); off in production by default. */
  readonly graphqlIntrospection: boolean;
  /**
   * How old a stored sector overview may be before it is computed again (seconds); 0: computed
   * on every request (tests).
   */
  readonly sectorOverviewRefreshSeconds: number;
  /** Seconds a process keeps a product's sector signal counts (0: counted on every read). */
  readonly sectorSignalsRefreshSeconds: number;
}

export interface S3Config {
  /** The S3-compatible server; undefined means AWS S3 itself, found from the region. */
  readonly endpoint: string | undefined;
  readonly bucket: string;
  readonly region: string;
  /**
   * Undefined: the AWS SDK's default chain finds them (AWS_ACCESS_KEY_ID and
   * AWS_SECRET_ACCESS_KEY, AWS_PROFILE's shared files, a web identity token, a container
   * or instance role).
   */
  readonly credentials:
    { readonly accessKeyId: string; readonly secretAccessKey: string } | undefined;
  /** `endpoint/bucket/key` rather than `bucket.endpoint/key`: what most S3-compatible servers need. */
  readonly forcePathStyle: boolean;
}

export interface OidcConfig {
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** How the sign-in button names the provider (SURFconext, Entree Federatie). */
  readonly displayName: string;
}

export interface LoginThrottleConfig {
  /** Sign-in attempts for one e-mail address before it is locked. */
  readonly perAccount: number;
  /** Sign-in attempts from one network address before it is locked. */
  readonly perAddress: number;
  /** How long attempts are counted, and how long a lockout lasts. */
  readonly lockoutSeconds: number;
}

export interface MailConfig {
  /** Undefined: e-mails are written to the log instead of sent. */
  readonly smtp:
    | {
        readonly host: string;
        readonly port: number;
        /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
        readonly secure: boolean;
        readonly auth: { readonly user: string; readonly password: string } | undefined;
      }
    | undefined;
  /** The From header: an address, or `Name <address>`. */
  readonly from: string;
  /** The right-hand side of every Message-ID: the host of the public URL. */
  readonly messageIdDomain: string;
  /** How often the outbox is polled; 0 means this process sends nothing. */
  readonly pollIntervalMs: number;
  /** The wait after the first failed attempt; it doubles per failure, up to an hour. */
  readonly retryBaseMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  const value = Number(raw.trim());
  if (value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be 1 or 0 (true or false), got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      'is not a URL; expected postgres://user:password@host:5432/database',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL', 'names no database; expected postgres://…/database');
  }
  return raw;
}

function bootstrapAdmin(env: Env): AppConfig['bootstrapAdmin'] {
  const email = env.REGIE_BOOTSTRAP_ADMIN_EMAIL?.trim();
  const password = env.REGIE_BOOTSTRAP_ADMIN_PASSWORD;
  if (!email && !password) return undefined;
  if (!email) {
    throw new ConfigError(
      'REGIE_BOOTSTRAP_ADMIN_EMAIL',
      'is required when REGIE_BOOTSTRAP_ADMIN_PASSWORD is set',
    );
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new ConfigError('REGIE_BOOTSTRAP_ADMIN_EMAIL', `is not an e-mail address: "${email}"`);
  }
  if (!password) {
    throw new ConfigError(
      'REGIE_BOOTSTRAP_ADMIN_PASSWORD',
      'is required when REGIE_BOOTSTRAP_ADMIN_EMAIL is set',
    );
  }
  if (password.length < 12) {
    throw new ConfigError('REGIE_BOOTSTRAP_ADMIN_PASSWORD', 'must be at least 12 characters');
  }
  // The sign-in form takes at most 200 (identity.inputs.ts): a longer one could never be used.
  if (password.length > 200) {
    throw new ConfigError('REGIE_BOOTSTRAP_ADMIN_PASSWORD', 'must be at most 200 characters');
  }
  return { email: email.toLowerCase(), password };
}

function jwtSecret(env: Env): string | undefined {
  const raw = env.JWT_SECRET;
  if (raw === undefined || raw === '') return undefined;
  // HS256 needs a key at least as long as the hash: 32 bytes.
  if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  return raw;
}

function url(env: Env, name: string): URL | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL: "${raw}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigError(name, `must start with https://, got "${raw}"`);
  }
  return parsed;
}

function oidc(env: Env): OidcConfig | undefined {
  const issuer = url(env, 'REGIE_OIDC_ISSUER');
  const clientId = env.REGIE_OIDC_CLIENT_ID?.trim();
  const clientSecret = env.REGIE_OIDC_CLIENT_SECRET;
  if (!issuer && !clientId && !clientSecret) return undefined;
  if (!issuer) throw new ConfigError('REGIE_OIDC_ISSUER', 'is required for single sign-on');
  if (!clientId) throw new ConfigError('REGIE_OIDC_CLIENT_ID', 'is required for single sign-on');
  if (!clientSecret) {
    throw new ConfigError('REGIE_OIDC_CLIENT_SECRET', 'is required for single sign-on');
  }
  // Tokens travel in the clear over http: only a provider on this machine may use it.
  if (
    issuer.protocol === 'http:' &&
    !['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)
  ) {
    throw new ConfigError('REGIE_OIDC_ISSUER', 'must use https:// unless it runs on this machine');
  }
  return {
    issuer,
    clientId,
    clientSecret,
    displayName: env.REGIE_OIDC_NAME?.trim() || 'SSO',
  };
}

const S3_VARIABLES = [
  'REGIE_S3_ENDPOINT',
  'REGIE_S3_BUCKET',
  'REGIE_S3_REGION',
  'REGIE_S3_ACCESS_KEY_ID',
  'REGIE_S3_SECRET_ACCESS_KEY',
  'REGIE_S3_FORCE_PATH_STYLE',
] as const;

const LOCAL_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

function s3(env: Env): S3Config | undefined {
  const set = S3_VARIABLES.filter((name) => env[name]?.trim());
  if (set.length === 0) return undefined;
  const bucket = env.REGIE_S3_BUCKET?.trim();
  if (!bucket) throw new ConfigError('REGIE_S3_BUCKET', `is required when ${set[0]} is set`);
  // S3's own rule for new buckets, which S3-compatible servers follow.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw new ConfigError(
      'REGIE_S3_BUCKET',
      `must be a bucket name (3 to 63 lowercase letters, digits, dots and hyphens), got "${bucket}"`,
    );
  }
  const endpoint = url(env, 'REGIE_S3_ENDPOINT');
  if (endpoint) {
    if (endpoint.search || endpoint.hash || endpoint.username || endpoint.password) {
      throw new ConfigError(
        'REGIE_S3_ENDPOINT',
        'must be the server address alone, without query, fragment or credentials',
      );
    }
    // The documents (agreements, attestations) would cross the network in the clear.
    if (endpoint.protocol === 'http:' && !LOCAL_HOSTS.includes(endpoint.hostname)) {
      throw new ConfigError(
        'REGIE_S3_ENDPOINT',
        'must use https:// unless the server runs on this machine',
      );
    }
  }
  const region = env.REGIE_S3_REGION?.trim();
  // AWS S3 answers only in the bucket's own region; other servers mostly ignore it.
  if (!region && !endpoint) {
    throw new ConfigError(
      'REGIE_S3_REGION',
      "is required for AWS S3 (no REGIE_S3_ENDPOINT): the bucket's region, such as eu-central-1",
    );
  }
  if (region && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(region)) {
    throw new ConfigError('REGIE_S3_REGION', `is not a region name: "${region}"`);
  }
  const accessKeyId = env.REGIE_S3_ACCESS_KEY_ID?.trim() || undefined;
  const secretAccessKey = env.REGIE_S3_SECRET_ACCESS_KEY || undefined;
  if (accessKeyId && !secretAccessKey) {
    throw new ConfigError(
      'REGIE_S3_SECRET_ACCESS_KEY',
      'is required when REGIE_S3_ACCESS_KEY_ID is set',
    );
  }
  if (secretAccessKey && !accessKeyId) {
    throw new ConfigError(
      'REGIE_S3_ACCESS_KEY_ID',
      'is required when REGIE_S3_SECRET_ACCESS_KEY is set',
    );
  }
  return {
    endpoint: endpoint?.toString().replace(/\/+$/, ''),
    bucket,
    region: region || 'us-east-1',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey: secretAccessKey! } : undefined,
    // Servers of one's own are addressed by path; AWS by virtual host.
    forcePathStyle: flag(env, 'REGIE_S3_FORCE_PATH_STYLE', endpoint !== undefined),
  };
}

function publicUrl(env: Env): string | undefined {
  const parsed = url(env, 'REGIE_PUBLIC_URL');
  if (parsed && (parsed.search || parsed.hash)) {
    throw new ConfigError('REGIE_PUBLIC_URL', `must not have a query or fragment, got "${parsed}"`);
  }
  return parsed?.toString().replace(/\/+$/, '');
}

/** express's names for address ranges, accepted in REGIE_TRUST_PROXY beside addresses. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env): string | false {
  const raw = env.REGIE_TRUST_PROXY?.trim();
  if (!raw) return false;
  // Checked here so that a typo stops the start with one line, not a stack trace from express.
  for (const entry of raw.split(',').map((part) => part.trim())) {
    const [address, bits, ...rest] = entry.split('/');
    const version = isIP(address);
    const fits =
      PROXY_RANGES.includes(entry) ||
      (version !== 0 &&
        rest.length === 0 &&
        (bits === undefined ||
          // /0 would believe everyone (and express refuses it).
          (/^[1-9]\d{0,2}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128))));
    if (!fits) {
      throw new ConfigError(
        'REGIE_TRUST_PROXY',
        `must be the proxies' addresses or ranges (10.0.0.5, 10.0.0.0/8, loopback, linklocal, uniquelocal), comma-separated, got "${raw}"`,
      );
    }
  }
  return raw;
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function mail(env: Env, publicUrlValue: string | undefined): MailConfig {
  const host = env.REGIE_SMTP_HOST?.trim() || undefined;
  const secure = flag(env, 'REGIE_SMTP_SECURE', false);
  const port = integer(env, 'REGIE_SMTP_PORT', secure ? 465 : 587, 1, 65535);
  const user = env.REGIE_SMTP_USER?.trim() || undefined;
  const password = env.REGIE_SMTP_PASSWORD || undefined;
  if (!host) {
    for (const name of [
      'REGIE_SMTP_PORT',
      'REGIE_SMTP_SECURE',
      'REGIE_SMTP_USER',
      'REGIE_SMTP_PASSWORD',
    ]) {
      if (env[name]) throw new ConfigError('REGIE_SMTP_HOST', `is required when ${name} is set`);
    }
  } else if (!/^[A-Za-z0-9.:-]+$/.test(host)) {
    throw new ConfigError('REGIE_SMTP_HOST', `is not a host name or address: "${host}"`);
  }
  if (user && !password)
    throw new ConfigError('REGIE_SMTP_PASSWORD', 'is required when REGIE_SMTP_USER is set');
  if (password && !user)
    throw new ConfigError('REGIE_SMTP_USER', 'is required when REGIE_SMTP_PASSWORD is set');
  const domain = publicUrlValue
    ? new URL(publicUrlValue).hostname.replace(/^\[|\]$/g, '')
    : 'localhost';
  const from = env.REGIE_MAIL_FROM?.trim();
  if (from && !ADDRESS.test(/<([^<>]*)>$/.exec(from)?.[1] ?? from)) {
    throw new ConfigError(
      'REGIE_MAIL_FROM',
      `must be an e-mail address or "Name <address>", got "${from}"`,
    );
  }
  return {
    smtp: host
      ? { host, port, secure, auth: user ? { user, password: password! } : undefined }
      : undefined,
    from: from || `Regie <noreply@${domain}>`,
    messageIdDomain: domain,
    pollIntervalMs: integer(env, 'REGIE_MAIL_INTERVAL_MS', 5_000, 0, 3_600_000),
    retryBaseMs: integer(env, 'REGIE_MAIL_RETRY_MS', 60_000, 1, 3_600_000),
  };
}

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = oneOf<NodeEnv>(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'],
    'development',
  );
  const host = (env.HOST ?? '').trim() || '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host))
    throw new ConfigError('HOST', `is not a host name or address: "${host}"`);
  const publicUrlValue = publicUrl(env);
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 0, 65535),
    host,
    databaseUrl: databaseUrl(env),
    dataDir: resolve(cwd, env.REGIE_DATA_DIR?.trim() || './data'),
    bootstrapAdmin: bootstrapAdmin(env),
    demo: flag(env, 'REGIE_DEMO', true),
    jwtSecret: jwtSecret(env),
    maxUploadBytes: integer(env, 'REGIE_MAX_UPLOAD_BYTES', 26_214_400, 1, 2 ** 31 - 1),
    s3: s3(env),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'warn' : 'info',
    ),
    accessLogPercent: integer(env, 'REGIE_ACCESS_LOG_PERCENT', 100, 0, 100),
    adminDir: env.REGIE_ADMIN_DIR?.trim() ? resolve(cwd, env.REGIE_ADMIN_DIR.trim()) : undefined,
    trustProxy: trustProxy(env),
    publicUrl: publicUrlValue,
    mail: mail(env, publicUrlValue),
    oidc: oidc(env),
    loginThrottle: {
      perAccount: integer(env, 'REGIE_LOGIN_MAX_ATTEMPTS', 5, 1, 1000),
      perAddress: integer(env, 'REGIE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS', 50, 1, 100_000),
      lockoutSeconds: integer(env, 'REGIE_LOGIN_LOCKOUT_SECONDS', 900, 1, 86_400),
    },
    remindersIntervalMs: integer(
      env,
      'REGIE_REMINDERS_INTERVAL_MS',
      nodeEnv === 'test' ? 0 : 86_400_000,
      0,
      604_800_000,
    ),
    // A production API need not hand out a map of itself; clients are built from the
    // committed schema (apps/api/schema.gql).
    graphqlIntrospection: flag(env, 'REGIE_GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    sectorOverviewRefreshSeconds: integer(
      env,
      'REGIE_SECTOR_OVERVIEW_REFRESH_SECONDS',
      nodeEnv === 'test' ? 0 : 300,
      0,
      86_400,
    ),
    sectorSignalsRefreshSeconds: integer(
      env,
      'REGIE_SECTOR_SIGNALS_REFRESH_SECONDS',
      nodeEnv === 'test' ? 0 : 300,
      0,
      86_400,
    ),
  };
}
