// Opens the database Regie runs on: the PostgreSQL server of DATABASE_URL, or an
// embedded PostgreSQL (PGlite) in the data folder. It lives outside Nest so that
// it opens before the app and closes after it, and so that one process at most
// holds a data folder: two PGlite instances on one folder corrupt it silently.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Client } from 'pg';
import { lock } from 'proper-lockfile';
import { DataSource, DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface Database {
  readonly kind: 'embedded' | 'server';
  readonly options: DataSourceOptions;
  /**
   * LISTENs on `channel` for as long as the database is open, on a connection of its own
   * (a server's is made again after it breaks). `state` says whether notifications are
   * arriving: whatever relies on them must not while they are not.
   */
  listen(channel: string, handlers: ListenHandlers): void;
  /** Releases what `openDatabase` took: listeners, the embedded instance, the lock. Idempotent. */
  close(): Promise<void>;
}

export interface ListenHandlers {
  message(payload: string): void;
  state(listening: boolean): void;
}

/** The injection token of the app's Database (for what needs more than TypeORM gives). */
export const DATABASE = Symbol('DATABASE');

/** The longest wait before a broken LISTEN connection is tried again. */
const LISTEN_RETRY_MAX_MS = 30_000;

/** LISTEN on a server, on a client outside the pool, reconnecting with back-off. */
function serverListener(url: string, channel: string, on: ListenHandlers) {
  let closed = false;
  let client: Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let delay = 500;
  const retry = () => {
    if (closed) return;
    timer = setTimeout(() => void connect(), delay);
    timer.unref();
    delay = Math.min(delay * 2, LISTEN_RETRY_MAX_MS);
  };
  const connect = async () => {
    const c = new Client({ connectionString: url });
    client = c;
    let lost = false;
    const lose = () => {
      if (lost) return;
      lost = true;
      on.state(false);
      c.end().catch(() => undefined);
      retry();
    };
    c.on('notification', (n) => {
      if (n.channel === channel) on.message(n.payload ?? '');
    });
    c.on('error', lose);
    c.on('end', lose);
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch {
      lose();
      return;
    }
    if (closed) return void c.end().catch(() => undefined);
    delay = 500;
    on.state(true);
  };
  void connect();
  return async () => {
    closed = true;
    clearTimeout(timer);
    on.state(false);
    await client?.end().catch(() => undefined);
  };
}

export class DataFolderInUseError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The data folder ${dataDir} is in use by another Regie process. ` +
        'Stop that process first, or set REGIE_DATA_DIR to another folder.',
    );
    this.name = 'DataFolderInUseError';
  }
}

const COMMON = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsRun: false,
  synchronize: false,
  namingStrategy: new SnakeNamingStrategy(),
  // gen_random_uuid() is built into PostgreSQL 13 and later: no extension needed.
  installExtensions: false,
  uuidExtension: 'pgcrypto',
} as const;

export function serverDatabase(url: string): Database {
  const listeners: (() => Promise<void>)[] = [];
  return {
    kind: 'server',
    options: { ...COMMON, url, extra: { max: 10, connectionTimeoutMillis: 10_000 } },
    listen: (channel, on) => void listeners.push(serverListener(url, channel, on)),
    close: async () => {
      await Promise.all(listeners.splice(0).map((stop) => stop()));
    },
  };
}

export async function embeddedDatabase(dataDir: string): Promise<Database> {
  const pgdata = join(dataDir, 'pgdata');
  // PGlite does not create parent folders.
  await mkdir(pgdata, { recursive: true });
  let release: () => Promise<void>;
  try {
    // The lock is a directory beside pgdata, refreshed while we run; a lock left by a
    // killed process goes stale after `stale` ms and is taken over then.
    release = await lock(pgdata, {
      lockfilePath: join(dataDir, 'regie.lock'),
      stale: 15_000,
      update: 5_000,
      retries: 0,
      realpath: false,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new DataFolderInUseError(dataDir);
    throw error;
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(pgdata);
  } catch (error) {
    await release();
    throw error;
  }
  let closed = false;
  const listeners: Promise<() => Promise<void>>[] = [];
  return {
    kind: 'embedded',
    options: {
      ...COMMON,
      // PGlite has a single connection: the pool must hold exactly one client, kept
      // open, and a caller that waits for it too long gets an error, not a hang.
      extra: {
        ...createPgConfig(pglite),
        max: 1,
        idleTimeoutMillis: 0,
        connectionTimeoutMillis: 60_000,
      },
    },
    // One process holds the data folder, so notifications need no connection of their own.
    listen: (channel, on) => {
      listeners.push(
        pglite
          .listen(channel, (payload) => on.message(payload))
          .then(
            (stop) => {
              on.state(true);
              return async () => {
                on.state(false);
                await stop();
              };
            },
            // Not listening: state stays false, and nothing relies on notifications.
            () => async () => undefined,
          ),
      );
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        const stops = await Promise.all(listeners.splice(0));
        await Promise.all(stops.map((stop) => stop().catch(() => undefined)));
        await pglite.close();
      } finally {
        await release();
      }
    },
  };
}

export function openDatabase(config: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return config.databaseUrl
    ? Promise.resolve(serverDatabase(config.databaseUrl))
    : embeddedDatabase(config.dataDir);
}

/**
 * Applies pending migrations. Returns whether the database was new (no migration
 * had run before), which is when the demo data may be loaded.
 */
export async function migrate(
  options: DataSourceOptions,
): Promise<{ wasNew: boolean; applied: number }> {
  const dataSource = new DataSource({ ...options, logging: false });
  await dataSource.initialize();
  // Several processes may start at once on one server (docker/compose.yml, tools/cluster.sh):
  // one migrates while the others wait on a session lock, then find nothing to do (and a
  // database that is no longer new, so only the first loads the demo data). The embedded
  // database has one connection and one process: no lock there.
  const onServer = 'url' in options && Boolean(options.url);
  const locker = onServer ? dataSource.createQueryRunner() : undefined;
  try {
    await locker?.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const [{ exists }] = await dataSource.query<{ exists: boolean }[]>(
      "SELECT to_regclass('public.migrations') IS NOT NULL AS exists",
    );
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    return { wasNew: !exists, applied: applied.length };
  } finally {
    await locker?.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`).catch(() => undefined);
    await locker?.release();
    await dataSource.destroy();
  }
}

/** The session advisory lock that keeps migrations to one process at a time ('regiemig'). */
export const MIGRATION_LOCK = '8243108395342457191';
