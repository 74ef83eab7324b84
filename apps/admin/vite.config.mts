// The admin SPA. Built into dist/admin, which the API serves at /; in development Vite serves
// it and forwards the API's routes to the API on port 3000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const api = 'http://127.0.0.1:3000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  resolve: {
    // The same aliases as tsconfig.base.json's paths.
    alias: {
      '@regie/domain': fromRoot('libs/domain/src/index.ts'),
      '@regie/graphql-client': fromRoot('libs/graphql-client/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('dist/admin'),
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/api', '/health', '/auth', '/eduv'].map((p) => [p, api]),
    ),
  },
});
