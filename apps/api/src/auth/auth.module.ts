import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AccessTokensService, accessTokenJwtOptions } from './access-tokens.service';
import { AuthGuard } from './auth.guard';
import { jwtSigningSecret } from './secrets';
import { ViewerService } from './viewer.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        accessTokenJwtOptions(await jwtSigningSecret(config.jwtSecret, config.dataDir)),
    }),
  ],
  providers: [AccessTokensService, ViewerService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccessTokensService, ViewerService],
})
export class AuthModule {}
