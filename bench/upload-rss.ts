// How much memory the API takes on while a PDF streams in, into the data folder and into
// an S3 bucket: the API runs in a child process of its own (so that this client's
// buffers do not count), its RSS is read from /proc every 5 ms before and during the
// upload, and the peak growth over the settled baseline is printed for a 25 MiB and a
// 50 MB upload. Memory that does not grow with the file is the point: the data folder
// streams in 64 KiB chunks; S3 holds the parts in flight (5 MiB each, two at a time,
// s3-storage.ts). The S3 server is s3rver in a process of its own
// (test/support/s3-server.ts). Linux only (/proc).
//
//   node -r @swc-node/register bench/upload-rss.ts [folder|s3 ...]   embedded PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//   node -r @swc-node/register bench/upload-rss.ts [folder|s3 ...]   a PostgreSQL server
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { pdfOfSize } from '../test/fixtures/pdfs';
import { startS3Server, type S3TestServer } from '../test/support/s3-server';

const SIZES = [25 * 1024 * 1024, 50 * 1000 * 1000];
const RUNS = 3;
type Storage = 'folder' | 's3';
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

/** Peak RSS growth of the API per upload size, over RUNS uploads each. */
async function measure(storage: Storage, server: string | undefined): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-bench-'));
  let scratch: string | undefined;
  let s3: S3TestServer | undefined;
  const env: Record<string, string> = {
    PORT: '0',
    REGIE_DATA_DIR: dataDir,
    REGIE_DEMO: '1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    REGIE_MAX_UPLOAD_BYTES: String(Math.max(...SIZES)),
  };
  if (storage === 's3') {
    s3 = await startS3Server();
    Object.assign(env, s3.env);
  }
  if (server) {
    scratch = `regie_bench_${process.pid}_${storage}`;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${scratch}`;
    env.DATABASE_URL = u.toString();
  }
  const { child, url } = await startApi(env);
  const where = `${storage === 's3' ? 'S3 bucket (s3rver)' : 'data folder'}, ${server ? 'PostgreSQL server' : 'embedded PGlite'}`;
  try {
    const token = await login(url);
    // Warm up: the first uploads load code and fill pools that stay (for S3, the buffers
    // of the parts in flight), printed as the cold cost.
    if ((await upload(url, token, pdfOfSize(1024 * 1024))) !== 201)
      throw new Error('warm-up failed');
    await sleep(2000);
    const cold = rssBytes(child.pid!);
    let coldPeak = cold;
    const coldSampler = setInterval(() => (coldPeak = Math.max(coldPeak, rssBytes(child.pid!))), 5);
    if ((await upload(url, token, pdfOfSize(12 * 1024 * 1024))) !== 201)
      throw new Error('warm-up failed');
    clearInterval(coldSampler);
    console.log(`${where}: the first 12 MiB upload (cold): API RSS +${mib(coldPeak - cold)}`);
    await sleep(5000);

    for (const size of SIZES) {
      const pdf = pdfOfSize(size);
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
          `${where}: ${mib(size)} in ${ms.toFixed(0)} ms; API RSS ${mib(baseline)} → peak ${mib(peak)}: +${mib(peak - baseline)}`,
        );
        await sleep(1000);
      }
      console.log(
        `peak RSS growth of the API while ${mib(size)} streams into the ${where}: ` +
          `max +${mib(Math.max(...growths))} over ${RUNS} runs\n`,
      );
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await rm(dataDir, { recursive: true, force: true });
    await s3?.close();
    if (server && scratch) {
      const admin = new Client({ connectionString: server });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
      await admin.end();
    }
  }
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const storages = (asked.length ? asked : ['folder', 's3']) as Storage[];
  for (const storage of storages) {
    if (storage !== 'folder' && storage !== 's3') throw new Error(`not a storage: ${storage}`);
    await measure(storage, process.env.DATABASE_URL);
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
