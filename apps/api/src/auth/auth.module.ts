import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokensService, accessTokenJwtOptions } from './access-tokens.service';
import { AuthGuard } from './auth.guard';
import { SIGNING_SECRET } from './secrets';
import { ViewerService } from './viewer.service';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [SIGNING_SECRET],
      useFactory: (secret: string) => accessTokenJwtOptions(secret),
    }),
  ],
  providers: [AccessTokensService, ViewerService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccessTokensService, ViewerService],
})
export class AuthModule {}
