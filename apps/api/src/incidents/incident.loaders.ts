// The relations of incidents, one SQL statement per relation per request, and each
// filtered for the request's viewer: notices to the vendor (all) and the board (its
// own) only, so that sector bodies see the counts and never which boards.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { DataAccess, SYSTEM } from '../data-access';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { UserEntity } from '../identity/user.entity';
import { IncidentNoticeEntity } from './incident-notice.entity';
import { IncidentProductEntity } from './incident-product.entity';
import { IncidentUpdateEntity } from './incident-update.entity';
import { IncidentAuthorityRecordEntity } from './incident-authority-record.entity';
import { AuthorityDecisionVersion, IncidentUpdate } from './incident.types';

export interface NoticeCounts {
  readonly affected: number;
  readonly acknowledged: number;
}

@Injectable()
export class IncidentLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

  /**
   * The notices the viewer may see: all to the vendor's members, a board its own. Rows: the
   * resolver shows each as the viewer may see it (IncidentNotice.from).
   */
  notices(ctx: RequestContext): DataLoader<string, IncidentNoticeEntity[]> {
    return ctx.loaders.get(
      'incident.notices',
      () =>
        new DataLoader(async (incidentIds) => {
          const rows = await this.da
            .visible(ctx.viewer, IncidentNoticeEntity, 'n')
            .andWhere('n.incident_id = ANY(:ids::uuid[])', { ids: incidentIds.filter(isUuid) })
            .orderBy('n.notified_at')
            .addOrderBy('n.board_id')
            .getMany();
          return groupByKey(incidentIds, rows, (r) => r.incidentId);
        }),
    );
  }

  /**
   * Every version of a board's record of the breach, newest first, keyed by
   * `incidentId/boardId`: the board's members only (its rule), nobody else.
   */
  authorityHistory(ctx: RequestContext): DataLoader<string, AuthorityDecisionVersion[]> {
    return ctx.loaders.get(
      'incident.authorityHistory',
      () =>
        new DataLoader(async (keys) => {
          const pairs = keys.map((k) => k.split('/'));
          const rows = await this.da
            .visible(ctx.viewer, IncidentAuthorityRecordEntity, 'r')
            .andWhere(
              '(r.incident_id, r.board_id) IN (SELECT * FROM unnest(:incidents::uuid[], :boards::uuid[]))',
              {
                incidents: pairs.map(([incidentId]) => incidentId),
                boards: pairs.map(([, boardId]) => boardId),
              },
            )
            .orderBy('r.version', 'DESC')
            .getMany();
          return groupByKey(keys, rows, (r) => `${r.incidentId}/${r.boardId}`).map((list) =>
            list.map(AuthorityDecisionVersion.from),
          );
        }),
    );
  }

  /** How many boards were told, and how many acknowledged: everyone who sees the incident sees these. */
  counts(ctx: RequestContext): DataLoader<string, NoticeCounts> {
    return ctx.loaders.get(
      'incident.counts',
      () =>
        new DataLoader(async (incidentIds) => {
          // The counts are public to whoever sees the incident; which boards is not.
          const rows = await this.da
            .visible(SYSTEM, IncidentNoticeEntity, 'n')
            .select('n.incident_id', 'incident_id')
            .addSelect('count(*)', 'affected')
            .addSelect('count(n.acknowledged_at)', 'acknowledged')
            .andWhere('n.incident_id = ANY(:ids::uuid[])', { ids: incidentIds.filter(isUuid) })
            .groupBy('n.incident_id')
            .getRawMany<{ incident_id: string; affected: string; acknowledged: string }>();
          return byKey(
            incidentIds,
            rows,
            (r) => r.incident_id,
            { affected: 0, acknowledged: 0 },
            (r) => ({ affected: Number(r.affected), acknowledged: Number(r.acknowledged) }),
          );
        }),
    );
  }

  updates(ctx: RequestContext): DataLoader<string, IncidentUpdate[]> {
    return ctx.loaders.get(
      'incident.updates',
      () =>
        new DataLoader(async (incidentIds) => {
          const rows = await this.da
            .visible(ctx.viewer, IncidentUpdateEntity, 'u')
            .andWhere('u.incident_id = ANY(:ids::uuid[])', { ids: incidentIds.filter(isUuid) })
            .orderBy('u.created_at', 'ASC')
            .addOrderBy('u.id', 'ASC')
            .getMany();
          return groupByKey(incidentIds, rows, (r) => r.incidentId).map((list) =>
            list.map(IncidentUpdate.from),
          );
        }),
    );
  }

  productIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'incident.productIds',
      () =>
        new DataLoader(async (incidentIds) => {
          const rows = await this.da
            .visible(ctx.viewer, IncidentProductEntity, 'p')
            .andWhere('p.incident_id = ANY(:ids::uuid[])', { ids: incidentIds.filter(isUuid) })
            .orderBy('p.product_id', 'ASC')
            .getMany();
          return groupByKey(incidentIds, rows, (r) => r.incidentId).map((list) =>
            list.map((r) => r.productId),
          );
        }),
    );
  }

  person(ctx: RequestContext): DataLoader<string, Person | null> {
    return ctx.loaders.get(
      'incident.person',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(UserEntity)
            .find({ select: { id: true, name: true }, where: { id: In(ids.filter(isUuid)) } });
          return byKey(
            ids,
            rows,
            (r) => r.id,
            null,
            (r) => Object.assign(new Person(), { id: r.id, name: r.name }),
          );
        }),
    );
  }
}
