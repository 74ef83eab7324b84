import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { AuditService } from './audit.service';
import {
  AuditChainReport,
  AuditCheckpoint,
  AuditCheckpointInput,
  AuditEvent,
  AuditEventConnection,
  AuditFilter,
} from './audit.types';

/** The auth guard has checked the coarse permission; the service applies the exact rule. */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, {
    description:
      "An organisation's ADMIN and PRIVACY_OFFICER: the events done for it or about it; " +
      'PLATFORM_ADMIN: all, except what is sealed. Newest first.',
  })
  auditEvents(
    @CurrentViewer() viewer: Viewer | null,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.audit.list(viewer, filter, first, after);
  }

  @Query(() => AuditChainReport, {
    description:
      'Re-hashes the whole audit chain (PLATFORM_ADMIN), and checks that it still reaches its ' +
      'head record and, when given, a checkpoint exported earlier, with the hashes kept for them.',
  })
  verifyAuditChain(
    @CurrentViewer() viewer: Viewer | null,
    // Typed without `| null`: decorator metadata would name Object, and the
    // validation pipe would skip the input's rules.
    @Args('checkpoint', { type: () => AuditCheckpointInput, nullable: true })
    checkpoint?: AuditCheckpointInput,
  ): Promise<AuditChainReport> {
    return this.audit.verifyChainFor(viewer, checkpoint);
  }

  @Query(() => AuditCheckpoint, {
    description:
      "The audit chain's head now, signed (PLATFORM_ADMIN): keep it off the database server, " +
      'to detect later that the chain was cut off at its end. Verify the chain first.',
  })
  auditCheckpoint(@CurrentViewer() viewer: Viewer | null): Promise<AuditCheckpoint> {
    return this.audit.checkpointFor(viewer);
  }
}
