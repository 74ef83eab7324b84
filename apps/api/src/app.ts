// Starting and stopping Regie, shared by main.ts, the tests and the benchmarks:
// open the database, migrate, build the Nest app, load the demo data into a new
// database, listen. Closing undoes it in reverse order.
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { HttpLogger } from 'pino-http';
import { AppModule } from './app.module';
import { useGraphqlBodyParser } from './common/graphql-body';
import { ACCESS_LOG } from './common/access-log';
import type { AppConfig } from './config/app-config';
import { migrate, openDatabase, type Database } from './database/database';
import { SignedDocuments } from './agreements/signed-document';
import { loadDemoData, type DemoSummary } from './demo/demo-data';
import { FilesService } from './files/files.service';
import { ensureBootstrapAdmin } from './identity/bootstrap';

export interface RunningApp {
  readonly app: NestExpressApplication;
  readonly url: string;
  readonly database: Database;
  /** Set when this start loaded the demo data. */
  readonly demo: DemoSummary | undefined;
  close(): Promise<void>;
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startApp(config: AppConfig): Promise<RunningApp> {
  const database = await openDatabase(config);
  let app: NestExpressApplication | undefined;
  try {
    const { wasNew } = await migrate(database.options);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
      bufferLogs: true,
      abortOnError: false,
    });
    const logger = app.get(Logger);
    app.useLogger(logger);
    app.use(app.get<HttpLogger>(ACCESS_LOG));
    app.disable('x-powered-by');
    app.set('trust proxy', config.trustProxy);

    const demo =
      wasNew && config.demo
        ? await loadDemoData(app.get(DataSource), app.get(FilesService))
        : undefined;
    // The demo's ACTIVE agreements get their signed PDFs before anyone can sign in.
    if (demo) await app.get(SignedDocuments).backfill();
    if (
      config.bootstrapAdmin &&
      (await ensureBootstrapAdmin(app.get(DataSource), config.bootstrapAdmin))
    ) {
      logger.log(`created the platform admin ${config.bootstrapAdmin.email}`);
    }

    useGraphqlBodyParser(app);
    await app.listen(config.port, config.host);
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://${urlHost(config.host)}:${port}`;
    logger.log(`listening on ${url}`);

    let closing: Promise<void> | undefined;
    const running = app;
    return {
      app,
      url,
      database,
      demo,
      close: () =>
        (closing ??= (async () => {
          try {
            await running.close();
          } finally {
            await database.close();
          }
        })()),
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await database.close();
    throw error;
  }
}
