// The one Chromium of a test run: Debian's, at /usr/bin/chromium (.ci/run installs it).
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const BROWSER_ENV = 'REGIE_E2E_BROWSER';

export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`no Chromium at ${path}: install it with apt-get install -y chromium`);
  return path;
}

// Kept on globalThis: jest loads globalSetup and globalTeardown as separate modules.
const holder = globalThis as { regieBrowserServer?: BrowserServer };

export function setBrowserServer(value: BrowserServer): void {
  holder.regieBrowserServer = value;
}

export function browserServer(): BrowserServer | undefined {
  return holder.regieBrowserServer;
}

export function connectBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENV];
  if (!endpoint) throw new Error(`${BROWSER_ENV} is not set: run the journeys through jest`);
  return chromium.connect(endpoint);
}
