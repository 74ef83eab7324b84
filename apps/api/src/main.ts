// `npm start` and the Docker image run this. Exit codes: 0 after a clean shutdown,
// 1 when the configuration or the data folder refuses the start.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { DataFolderInUseError } from './database/database';

function withDefaultAdminDir(config: AppConfig): AppConfig {
  if (config.adminDir) return config;
  // The admin app is built beside the API: dist/admin next to dist/api.
  const built = resolve(__dirname, '../../../../admin');
  return existsSync(resolve(built, 'index.html')) ? { ...config, adminDir: built } : config;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = withDefaultAdminDir(loadConfig());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`regie: invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  let running;
  try {
    running = await startApp(config);
  } catch (error) {
    if (error instanceof DataFolderInUseError) {
      process.stderr.write(`regie: ${error.message}\n`);
      process.exit(1);
    }
    // A setting found wrong only once it is used (an S3 bucket that is not there).
    if (error instanceof ConfigError) {
      process.stderr.write(`regie: invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const lines = [``, `  Regie is running at ${running.url}/`];
  if (running.demo) {
    lines.push(
      ``,
      `  Demo data loaded: ${running.demo.organisations} organisations, ${running.demo.products} products.`,
    );
    if (running.demo.accounts.length) {
      lines.push(`  Demo accounts (password: ${running.demo.password}):`);
      for (const account of running.demo.accounts)
        lines.push(`    ${account.email.padEnd(36)} ${account.description}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) process.exit(1); // a second signal: stop now
    stopping = true;
    process.stdout.write(`regie: ${signal} received, shutting down\n`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`regie: shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main().catch((error: unknown) => {
  process.stderr.write(
    `regie: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
