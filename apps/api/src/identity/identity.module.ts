import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';

@Module({
  imports: [AuditModule, NotificationsModule],
  providers: [IdentityService, IdentityResolver],
  exports: [IdentityService],
})
export class IdentityModule {}
