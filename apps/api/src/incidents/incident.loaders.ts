// The relations of incidents, one SQL statement per relation per request, and each
// filtered for the request's viewer: notices to the vendor (all) and the board (its
// own) only, so that sector bodies see the counts and never which boards.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { UserEntity } from '../identity/user.entity';
import { IncidentNoticeEntity } from './incident-notice.entity';
import { IncidentProductEntity } from './incident-product.entity';
import { IncidentUpdateEntity } from './incident-update.entity';
import { IncidentNotice, IncidentUpdate } from './incident.types';

export interface NoticeCounts {
  readonly affected: number;
  readonly acknowledged: number;
}

@Injectable()
export class IncidentLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The notices the viewer may see: all to the vendor's members, a board its own. */
  notices(ctx: RequestContext): DataLoader<string, IncidentNotice[]> {
    const memberOf = (ctx.viewer?.memberships ?? []).map((m) => m.organisationId);
    return ctx.loaders.get(
      'incident.notices',
      () =>
        new DataLoader(async (incidentIds) => {
          const rows = await this.dataSource
            .getRepository(IncidentNoticeEntity)
            .createQueryBuilder('n')
            .innerJoin('incident', 'i', 'i.id = n.incident_id')
            .where('n.incident_id = ANY(:ids::uuid[])', { ids: incidentIds.filter(isUuid) })
            .andWhere(
              '(i.vendor_id = ANY(:memberOf::uuid[]) OR n.board_id = ANY(:memberOf::uuid[]))',
              { memberOf },
            )
            .orderBy('n.notified_at')
            .addOrderBy('n.board_id')
            .getMany();
          return groupByKey(incidentIds, rows, (r) => r.incidentId).map((list) =>
            list.map(IncidentNotice.from),
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
          const rows: { incident_id: string; affected: string; acknowledged: string }[] =
            await this.dataSource.query(
              `SELECT incident_id, count(*) AS affected, count(acknowledged_at) AS acknowledged
                 FROM incident_notice WHERE incident_id = ANY($1::uuid[]) GROUP BY incident_id`,
              [incidentIds.filter(isUuid)],
            );
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
          const rows = await this.dataSource.getRepository(IncidentUpdateEntity).find({
            where: { incidentId: In(incidentIds.filter(isUuid)) },
            order: { createdAt: 'ASC', id: 'ASC' },
          });
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
          const rows = await this.dataSource.getRepository(IncidentProductEntity).find({
            where: { incidentId: In(incidentIds.filter(isUuid)) },
            order: { productId: 'ASC' },
          });
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
