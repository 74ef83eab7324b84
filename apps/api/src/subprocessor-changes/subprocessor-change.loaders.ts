// The relations of changes of subprocessors, one SQL statement per relation per request,
// each filtered for the request's viewer: objections to the vendor (all) and the objecting
// board (its own); counts exact here, the resolver applies the small-count rule.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { DataAccess, SYSTEM } from '../data-access';
import { UserEntity } from '../identity/user.entity';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { PrivacyLeaflet } from '../products/privacy-leaflet.types';
import { SubprocessorChangeNoticeEntity } from './subprocessor-change-notice.entity';
import { SubprocessorChangeEntity } from './subprocessor-change.entity';
import { SubprocessorChange, SubprocessorObjection } from './subprocessor-change.types';
import { SubprocessorObjectionEntity } from './subprocessor-objection.entity';

export interface ChangeCounts {
  readonly notified: number;
  readonly objections: number;
}

@Injectable()
export class SubprocessorChangeLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

  /** Product.subprocessorChanges: the changes the viewer sees, newest first. */
  byProduct(ctx: RequestContext): DataLoader<string, SubprocessorChange[]> {
    return ctx.loaders.get(
      'subprocessorChange.byProduct',
      () =>
        new DataLoader(async (productIds) => {
          const rows = await this.da
            .visible(ctx.viewer, SubprocessorChangeEntity, 'c')
            .andWhere('c.product_id = ANY(:ids::uuid[])', { ids: productIds.filter(isUuid) })
            .orderBy('c.announced_at', 'DESC')
            .addOrderBy('c.id', 'DESC')
            .getMany();
          return groupByKey(productIds, rows.map(SubprocessorChange.from), (c) => c.productId);
        }),
    );
  }

  /** The announced leaflets the viewer may read (a notified board: while ANNOUNCED). */
  leaflets(ctx: RequestContext): DataLoader<string, PrivacyLeaflet | null> {
    return ctx.loaders.get(
      'subprocessorChange.leaflets',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, PrivacyLeafletEntity, 'l')
            .andWhere('l.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
            .getMany();
          return byKey(ids, rows, (r) => r.id, null, PrivacyLeaflet.from);
        }),
    );
  }

  /**
   * How many boards were told and how many objected, exact: a count of what the viewer may
   * not list (other boards' notices), which the resolver shows under the small-count rule
   * to all but the vendor.
   */
  counts(ctx: RequestContext): DataLoader<string, ChangeCounts> {
    return ctx.loaders.get(
      'subprocessorChange.counts',
      () =>
        new DataLoader(async (changeIds) => {
          const ids = changeIds.filter(isUuid);
          const notified = await this.da
            .visible(SYSTEM, SubprocessorChangeNoticeEntity, 'n')
            .select('n.change_id', 'change_id')
            .addSelect('count(*)', 'count')
            .andWhere('n.change_id = ANY(:ids::uuid[])', { ids })
            .groupBy('n.change_id')
            .getRawMany<{ change_id: string; count: string }>();
          const objections = await this.da
            .visible(SYSTEM, SubprocessorObjectionEntity, 'o')
            .select('o.change_id', 'change_id')
            .addSelect('count(*)', 'count')
            .andWhere('o.change_id = ANY(:ids::uuid[])', { ids })
            .groupBy('o.change_id')
            .getRawMany<{ change_id: string; count: string }>();
          const count = (rows: { change_id: string; count: string }[]) =>
            byKey(
              changeIds,
              rows,
              (r) => r.change_id,
              0,
              (r) => Number(r.count),
            );
          const n = count(notified);
          const o = count(objections);
          return changeIds.map((_, i) => ({ notified: n[i], objections: o[i] }));
        }),
    );
  }

  /** The objections the viewer may see: all to the vendor, a board its own; oldest first. */
  objections(ctx: RequestContext): DataLoader<string, SubprocessorObjection[]> {
    return ctx.loaders.get(
      'subprocessorChange.objections',
      () =>
        new DataLoader(async (changeIds) => {
          const rows = await this.da
            .visible(ctx.viewer, SubprocessorObjectionEntity, 'o')
            .andWhere('o.change_id = ANY(:ids::uuid[])', { ids: changeIds.filter(isUuid) })
            .orderBy('o.objected_at')
            .addOrderBy('o.id')
            .getMany();
          return groupByKey(changeIds, rows, (r) => r.changeId).map((list) =>
            list.map(SubprocessorObjection.from),
          );
        }),
    );
  }

  person(ctx: RequestContext): DataLoader<string, Person | null> {
    return ctx.loaders.get(
      'subprocessorChange.person',
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
