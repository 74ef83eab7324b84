import { Module } from '@nestjs/common';
import { jwtSigningSecret } from '../auth/secrets';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
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
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) =>
        new AuditCheckpoints(
          auditCheckpointKey(await jwtSigningSecret(config.jwtSecret, config.dataDir)),
        ),
    },
    AuditService,
    AuditResolver,
  ],
  exports: [AuditService],
})
export class AuditModule {}
