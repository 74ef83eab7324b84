// Does a failed sign-in take as long for an unknown e-mail address as for a known
// one with a wrong password? Prints the median and spread of each over HTTP.
//   node -r @swc-node/register bench/login-timing.ts [rounds]
// Runs on a new embedded database in a temporary folder (or DATABASE_URL's server,
// which must then be an empty database) with the demo data loaded.
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../apps/api/src/app';
import { loadConfig } from '../apps/api/src/config/app-config';

const ROUNDS = Number(process.argv[2] ?? 40);

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'regie-bench-'));
  const app = await startApp(
    loadConfig({
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'error',
      REGIE_DATA_DIR: dataDir,
      REGIE_DEMO: '1',
      // Measuring the password check, not the lockout.
      REGIE_LOGIN_MAX_ATTEMPTS: '1000',
      REGIE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '100000',
    }),
  );
  const known = app.demo?.accounts[0]?.email;
  if (!known) throw new Error('the demo data did not load; use an empty database');

  async function timeLogin(email: string): Promise<number> {
    const started = process.hrtime.bigint();
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($e: String!) { login(input: { email: $e, password: "not the password" }) { accessToken } }`,
        variables: { e: email },
      }),
    });
    await res.json();
    return Number(process.hrtime.bigint() - started) / 1e6;
  }

  const samples = { 'unknown e-mail': [] as number[], 'wrong password': [] as number[] };
  await timeLogin(known); // warm-up: the decoy hash is made on first use
  for (let i = 0; i < ROUNDS; i++) {
    // Interleaved, so that drift in machine load hits both alike.
    samples['unknown e-mail'].push(await timeLogin(`nobody-${i}@example.nl`));
    samples['wrong password'].push(await timeLogin(known));
  }
  for (const [label, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.floor(q * (sorted.length - 1))].toFixed(1);
    console.log(
      `${label.padEnd(15)} median ${at(0.5)} ms  p10 ${at(0.1)} ms  p90 ${at(0.9)} ms  (${ROUNDS} rounds)`,
    );
  }
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
