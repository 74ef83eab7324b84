import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LoginThrottle } from '../auth/login-throttle';
import { OidcRelyingParty } from '../auth/oidc-relying-party';
import { NotificationsModule } from '../notifications/notifications.module';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { OidcController } from './oidc.controller';
import { SsoSignInService } from './sso-sign-in.service';

@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [OidcController],
  providers: [IdentityService, IdentityResolver, LoginThrottle, OidcRelyingParty, SsoSignInService],
  exports: [IdentityService],
})
export class IdentityModule {}
