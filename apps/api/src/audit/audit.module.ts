import { Module } from '@nestjs/common';
import { SIGNING_SECRET } from '../auth/secrets';
import { AUDIT_CHECKPOINTS, AuditCheckpoints, auditCheckpointKey } from './audit-checkpoints';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The audit trail. Other modules import it and call `audit.record(em, …)` inside
 * the transaction of each change they make.
 */
@Module({
  providers: [
    {
      provide: AUDIT_CHECKPOINTS,
      inject: [SIGNING_SECRET],
      useFactory: (secret: string) => new AuditCheckpoints(auditCheckpointKey(secret)),
    },
    AuditService,
    AuditResolver,
  ],
  exports: [AuditService],
})
export class AuditModule {}
