import { DataAccessModule } from './data-access';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ACCESS_LOG, accessLog, createLogger } from './common/access-log';
import { HttpErrorFilter } from './common/errors/http-error.filter';
import { JitApolloDriver } from './common/graphql-jit';
import { graphqlOptions } from './common/graphql.options';
import { InputValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import type { Database } from './database/database';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { OrganisationsModule } from './organisations/organisations.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { SigningSecretModule } from './auth/signing-secret.module';
import { IdentityModule } from './identity/identity.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProductsModule } from './products/products.module';
import { FilesModule } from './files/files.module';
import { AttestationsModule } from './attestations/attestations.module';
import { AgreementsModule } from './agreements/agreements.module';
import { IncidentsModule } from './incidents/incidents.module';
import { AdvisoriesModule } from './advisories/advisories.module';
import { RemindersModule } from './reminders/reminders.module';
import { SubprocessorChangesModule } from './subprocessor-changes/subprocessor-changes.module';
import { ProductReviewsModule } from './product-reviews/product-reviews.module';
import { InteropModule } from './interop/interop.module';
import { ProcurementModule } from './procurement/procurement.module';
import { SectorOverviewModule } from './sector-overview/sector-overview.module';
import { SectorSignalsModule } from './sector-signals/sector-signals.module';

/** Paths the API answers itself; everything else under / is the admin app. */
const API_PATHS = ['/graphql', '/health', '/api/{*rest}', '/auth/{*rest}', '/eduv/{*rest}'];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database): DynamicModule {
    const logger = createLogger(config);
    const providers: Provider[] = [
      { provide: APP_PIPE, useClass: InputValidationPipe },
      { provide: APP_FILTER, useClass: HttpErrorFilter },
      { provide: ACCESS_LOG, useValue: accessLog(logger, config) },
    ];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        // Nest's own log lines. nestjs-pino's middlewares (its pino-http, and an
        // AsyncLocalStorage context per request) are not mounted: an AsyncLocalStorage in
        // use makes Node 20 run hooks on every promise. The access log is ACCESS_LOG (app.ts).
        LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] }),
        TypeOrmModule.forRoot({ ...database.options, logging: false }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: JitApolloDriver,
          ...graphqlOptions(config),
        }),
        ...(config.adminDir
          ? [ServeStaticModule.forRoot({ rootPath: config.adminDir, exclude: API_PATHS })]
          : []),
        DataAccessModule,
        SigningSecretModule,
        AuthModule,
        AuditModule,
        OrganisationsModule,
        IdentityModule,
        NotificationsModule,
        ProductsModule,
        FilesModule,
        AttestationsModule,
        AgreementsModule,
        IncidentsModule,
        AdvisoriesModule,
        RemindersModule,
        SubprocessorChangesModule,
        ProductReviewsModule,
        InteropModule,
        ProcurementModule,
        SectorOverviewModule,
        SectorSignalsModule,
      ],
      controllers: [HealthController],
      providers,
    };
  }
}
