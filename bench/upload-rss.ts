// How much memory the API takes on while a 25 MiB PDF streams in: the API runs in a
// child process of its own (so that this client's buffers do not count), its RSS is
// read from /proc every 5 ms before and during the upload, and the peak growth over
// the settled baseline is printed. Linux only (/proc).
//
//   node -r @swc-node/register bench/upload-rss.ts            embedded PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//   node -r @swc-node/register bench/upload-rss.ts            a PostgreSQL server
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { pdfOfSize } from '../test/fixtures/pdfs';

const SIZE = 25 * 1024 * 1024;
const RUNS = 3;
const DEMO_EDITOR = 'redactie@leerwijs.example.nl';
const DEMO_PASSWORD = 'regie-demo-2026';

function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!kb) throw new Error('no VmRSS in /proc status');
  return Number(kb[1]) * 1024;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function startApi(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  const root = resolve(__dirname, '..');
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    const look = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/[^\s"]+)/.exec(out);
      if (m) done(m[1]);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => fail(new Error(`the API exited (${code}):\n${out}`)));
  });
  // Keep draining its output so that it never blocks on a full pipe.
  child.stdout!.resume();
  child.stderr!.resume();
  return { child, url };
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }',
      variables: { e: DEMO_EDITOR, p: DEMO_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login: { accessToken: string } } };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body)}`);
  return body.data.login.accessToken;
}

async function upload(url: string, token: string, pdf: Buffer): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'large.pdf');
  const res = await fetch(`${url}/api/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  await res.arrayBuffer();
  return res.status;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-bench-'));
  const server = process.env.DATABASE_URL;
  let scratch: string | undefined;
  const env: Record<string, string> = {
    PORT: '0',
    REGIE_DATA_DIR: dataDir,
    REGIE_DEMO: '1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    REGIE_MAX_UPLOAD_BYTES: String(SIZE),
  };
  if (server) {
    scratch = `regie_bench_${process.pid}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${scratch}`;
    env.DATABASE_URL = u.toString();
  }
  const { child, url } = await startApi(env);
  try {
    const token = await login(url);
    const pdf = pdfOfSize(SIZE);
    // Warm up: the first upload loads code and fills pools that stay.
    if ((await upload(url, token, pdfOfSize(1024 * 1024))) !== 201)
      throw new Error('warm-up failed');
    await sleep(5000);

    const growths: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
      const baselineSamples: number[] = [];
      for (let i = 0; i < 50; i += 1) {
        baselineSamples.push(rssBytes(child.pid!));
        await sleep(10);
      }
      const baseline = baselineSamples.sort((a, b) => a - b)[25];
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(child.pid!))), 5);
      const started = performance.now();
      const status = await upload(url, token, pdf);
      const ms = performance.now() - started;
      clearInterval(sampler);
      peak = Math.max(peak, rssBytes(child.pid!));
      if (status !== 201) throw new Error(`upload answered ${status}`);
      growths.push(peak - baseline);
      console.log(
        `run ${run}: ${mib(SIZE)} in ${ms.toFixed(0)} ms; API RSS ${mib(baseline)} → peak ${mib(peak)}: +${mib(peak - baseline)}`,
      );
      await sleep(1000);
    }
    console.log(
      `\npeak RSS growth of the API while a 25 MiB PDF streams in (${server ? 'PostgreSQL server' : 'embedded PGlite'}): ` +
        `max +${mib(Math.max(...growths))} over ${RUNS} runs`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await rm(dataDir, { recursive: true, force: true });
    if (server && scratch) {
      const admin = new Client({ connectionString: server });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await admin.end();
    }
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
