import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { LoginThrottle } from '../auth/login-throttle';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';

@Module({
  imports: [AuditModule],
  providers: [IdentityService, IdentityResolver, LoginThrottle],
  exports: [IdentityService],
})
export class IdentityModule {}
