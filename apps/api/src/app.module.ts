import { DataAccessModule } from './data-access';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { HttpErrorFilter } from './common/errors/http-error.filter';
import { graphqlOptions } from './common/graphql.options';
import { InputValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import type { Database } from './database/database';
import { HealthController } from './health/health.controller';
import { OrganisationsModule } from './organisations/organisations.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { IdentityModule } from './identity/identity.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProductsModule } from './products/products.module';
import { FilesModule } from './files/files.module';
import { AttestationsModule } from './attestations/attestations.module';
import { AgreementsModule } from './agreements/agreements.module';
import { IncidentsModule } from './incidents/incidents.module';
import { AdvisoriesModule } from './advisories/advisories.module';
import { RemindersModule } from './reminders/reminders.module';
import { InteropModule } from './interop/interop.module';
import { ProcurementModule } from './procurement/procurement.module';

/** Paths the API answers itself; everything else under / is the admin app. */
const API_PATHS = ['/graphql', '/health', '/api/{*rest}', '/auth/{*rest}', '/eduv/{*rest}'];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database): DynamicModule {
    const providers: Provider[] = [
      { provide: APP_PIPE, useClass: InputValidationPipe },
      { provide: APP_FILTER, useClass: HttpErrorFilter },
    ];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/health' },
            transport:
              config.nodeEnv !== 'production' && process.stdout.isTTY
                ? {
                    target: 'pino-pretty',
                    options: { singleLine: true, ignore: 'pid,hostname,req,res' },
                  }
                : undefined,
          },
        }),
        TypeOrmModule.forRoot({ ...database.options, logging: false }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config),
        }),
        ...(config.adminDir
          ? [ServeStaticModule.forRoot({ rootPath: config.adminDir, exclude: API_PATHS })]
          : []),
        DataAccessModule,
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
        InteropModule,
        ProcurementModule,
      ],
      controllers: [HealthController],
      providers,
    };
  }
}
