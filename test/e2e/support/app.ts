// The built app (API serving dist/admin at /) on a fresh database with the demo data, as
// `npm start` gives a new user.
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../../support/test-app';

export const DEMO_PASSWORD = 'regie-demo-2026';
export const PLATFORM_ADMIN = 'admin@platform.example.nl';

export function startJourneyApp(): Promise<TestApp> {
  return startTestApp({
    fresh: true,
    env: { REGIE_DEMO: '1', REGIE_ADMIN_DIR: join(__dirname, '..', '..', '..', 'dist', 'admin') },
  });
}
