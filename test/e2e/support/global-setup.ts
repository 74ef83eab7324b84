// Before the browser journeys: the admin is built as `npm run build` builds it, the database
// template exists (shared with the api tests when both run), and one Chromium is started for
// every journey file to connect to.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import apiGlobalSetup from '../../support/global-setup';
import { TEMPLATE_ENV } from '../../support/test-database';
import { BROWSER_ENV, chromiumPath, setBrowserServer } from './browser';

const root = join(__dirname, '..', '..', '..');

export default async function globalSetup(): Promise<void> {
  // Vite directly rather than nx: jest sets NODE_ENV=test, which would give React's development
  // build, and nx's cache does not key on the environment. A build takes a few seconds.
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'apps/admin/vite.config.mts',
      '--logLevel',
      'error',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '' },
    },
  );
  if (!process.env[TEMPLATE_ENV]) await apiGlobalSetup();
  const server = await chromium.launchServer({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespaces for Chromium's sandbox.
    chromiumSandbox: false,
  });
  setBrowserServer(server);
  process.env[BROWSER_ENV] = server.wsEndpoint();
}
