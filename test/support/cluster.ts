// Several API processes from the build on one PostgreSQL database, for test/cluster and
// bench/cluster.ts: a scratch database on the server of DATABASE_URL, each process a child
// of its own on a fixed port (so that one killed can be started again where it was), with
// what it logs kept for the test to read.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '../..');
export const SERVER_MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');
/** apps/api/src/demo/demo-data.ts: every demo account's password. */
export const DEMO_PASSWORD = 'regie-demo-2026';

/**
 * The API's build. CI builds before it tests (.ci/run: `npm run build`), and that build is
 * used as it is; a checkout without one builds the API alone (about 30 s).
 */
export function ensureBuilt(): void {
  if (existsSync(SERVER_MAIN)) return;
  const built = spawnSync('npx', ['nx', 'run', 'api:build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NODE_OPTIONS: '' },
  });
  if (built.status !== 0 || !existsSync(SERVER_MAIN))
    throw new Error(`building the API failed (exit ${built.status})`);
}

/** A port free now, to give a process that must come back on the same one. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

export async function adminQuery(url: string, sql: string, params: unknown[] = []) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/** A new database beside DATABASE_URL's; its URL and a way to drop it. */
export async function scratchDatabase(
  server: string,
  name: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => {}),
  };
}

export class ApiProcess {
  child: ChildProcess | undefined;
  /** Everything the process (and its earlier lives) wrote, line by line. */
  readonly lines: string[] = [];
  private exited: Promise<unknown> = Promise.resolve();
  readonly url: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts it and waits until it serves (main.ts prints where it runs). */
  async start(timeoutMs = 120_000): Promise<void> {
    const child = spawn(process.execPath, [SERVER_MAIN], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '', ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    // An earlier life's lines are not this start's.
    const from = this.lines.length;
    this.exited = new Promise((done) => child.once('exit', done));
    let partial = '';
    const take = (chunk: Buffer) => {
      partial += chunk.toString('utf8');
      const parts = partial.split('\n');
      partial = parts.pop() ?? '';
      // Kept within bounds: a long run logs a line per e-mail.
      if (this.lines.length < 200_000) this.lines.push(...parts);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`${this.name} did not start in ${timeoutMs} ms`)),
        timeoutMs,
      );
      const look = () => {
        if (this.lines.slice(from).some((l) => l.includes('Regie is running at'))) {
          clearTimeout(timer);
          child.stdout!.off('data', look);
          done();
        }
      };
      child.stdout!.on('data', look);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`${this.name} exited (${code}):\n${this.lines.slice(-40).join('\n')}`));
      });
    });
  }

  /** SIGKILL: no shutdown hook runs, the claimed e-mail and the open transaction are left. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
  }
}

export interface Cluster {
  readonly processes: ApiProcess[];
  readonly databaseUrl: string;
  close(): Promise<void>;
}

/**
 * `count` processes on one new database: all started at once (migrations wait on one lock,
 * and only the first loads the demo data). `env` is shared; `perProcess` adds to one.
 */
export async function startCluster(options: {
  server: string;
  database: string;
  count: number;
  env: Record<string, string>;
  perProcess?: (index: number) => Record<string, string>;
}): Promise<Cluster> {
  const db = await scratchDatabase(options.server, options.database);
  const folders: string[] = [];
  const processes: ApiProcess[] = [];
  for (let i = 0; i < options.count; i++) {
    const folder = await mkdtemp(join(tmpdir(), `regie-cluster-${i}-`));
    folders.push(folder);
    processes.push(
      new ApiProcess(`api-${i + 1}`, await freePort(), {
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        REGIE_DATA_DIR: folder,
        ...options.env,
        ...(options.perProcess?.(i) ?? {}),
      }),
    );
  }
  const close = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db.drop();
    await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
  };
  try {
    await Promise.all(processes.map((p) => p.start()));
  } catch (error) {
    await close();
    throw error;
  }
  return { processes, databaseUrl: db.url, close };
}
