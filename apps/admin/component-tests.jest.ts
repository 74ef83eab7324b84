// `npm test` is jest; the admin's component tests are Vitest (Vite's transform, jsdom). This
// jest test runs them as one step, so that `npm test` still runs every test and fails when one
// of them fails, with Vitest's report in the failure message.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from '@jest/globals';

it('passes the admin app’s Vitest component tests', () => {
  const root = join(__dirname, '..', '..');
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'apps/admin/vitest.config.mts',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      // jest's --experimental-vm-modules is not for Vitest.
      env: { ...process.env, NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1', CI: 'true' },
      timeout: 240_000,
    },
  );
  // eslint-disable-next-line no-control-regex -- strips colour codes from the report
  const report = `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  if (run.status !== 0) throw new Error(`vitest exited with ${run.status}:\n${report}`);
  expect(report).toMatch(/Tests\s+\d+ passed/);
}, 300_000);
