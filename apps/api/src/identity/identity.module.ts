import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LoginThrottle } from '../auth/login-throttle';
import { OidcRelyingParty } from '../auth/oidc-relying-party';
import { NotificationsModule } from '../notifications/notifications.module';
import { IdentityResolver } from './identity.resolver';
import { ApiTokensService } from './api-tokens.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import { SignInService } from './sign-in.service';
import { OidcController } from './oidc.controller';
import { SsoSignInService } from './sso-sign-in.service';

@Module({
  imports: [AuditModule, NotificationsModule],
  controllers: [OidcController],
  providers: [
    SignInService,
    MembersService,
    InvitationsService,
    ApiTokensService,
    IdentityResolver,
    LoginThrottle,
    OidcRelyingParty,
    SsoSignInService,
  ],
  exports: [SignInService],
})
export class IdentityModule {}
