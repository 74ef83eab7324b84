// Before the browser journeys: the admin is built (nx restores it from its cache when nothing
// changed), the database template exists (shared with the api tests when both run), and one
// Chromium is started for every journey file to connect to.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import apiGlobalSetup from '../../support/global-setup';
import { TEMPLATE_ENV } from '../../support/test-database';
import { BROWSER_ENV, chromiumPath, setBrowserServer } from './browser';

export default async function globalSetup(): Promise<void> {
  execFileSync('npx', ['nx', 'run', 'admin:build', '--output-style=static'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NODE_OPTIONS: '' },
  });
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
