import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SIGNING_SECRET, signingSecret } from './secrets';

/**
 * SIGNING_SECRET for every module, resolved once at start (after the migrations, which
 * create its table): the JWT module, signed file URLs, audit checkpoints, the sign-on cookie.
 */
@Global()
@Module({
  providers: [
    {
      provide: SIGNING_SECRET,
      inject: [APP_CONFIG, getDataSourceToken()],
      useFactory: (config: AppConfig, dataSource: DataSource) => signingSecret(config, dataSource),
    },
  ],
  exports: [SIGNING_SECRET],
})
export class SigningSecretModule {}
