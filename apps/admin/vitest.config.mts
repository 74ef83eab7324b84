// Component and unit tests of the admin's own logic (error mapping, forms, session, i18n), in
// jsdom. `npm test` runs them through apps/admin/component-tests.jest.ts; directly:
// npx vitest run --config apps/admin/vitest.config.mts
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.mts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Files that need a DOM say so (`@vitest-environment jsdom`): jsdom is slow to start.
      environment: 'node',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test-setup.ts'],
      root: fileURLToPath(new URL('.', import.meta.url)),
      restoreMocks: true,
    },
  }),
);
