import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { AuditService } from './audit.service';
import { AuditChainReport, AuditEvent, AuditEventConnection, AuditFilter } from './audit.types';

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
    description: 'Re-hashes the whole audit chain (PLATFORM_ADMIN).',
  })
  verifyAuditChain(@CurrentViewer() viewer: Viewer | null): Promise<AuditChainReport> {
    return this.audit.verifyChainFor(viewer);
  }
}
