// The relations of advisories, one SQL statement per relation per request, each
// filtered for the request's viewer: answers to the publisher's CERT (all) and the
// board (its own) only, so that others see at most counts, never which boards.
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
import { AdvisoryNoticeEntity } from './advisory-notice.entity';
import { AdvisoryProductEntity } from './advisory-product.entity';
import { AdvisoryBoardResponse } from './advisory.types';

export interface AnswerCounts {
  readonly affected: number;
  readonly responded: number;
}

@Injectable()
export class AdvisoryLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

  /** The answers the viewer may see: all to the publisher's CERT, a board its own. */
  responses(ctx: RequestContext): DataLoader<string, AdvisoryBoardResponse[]> {
    return ctx.loaders.get(
      'advisory.responses',
      () =>
        new DataLoader(async (advisoryIds) => {
          const rows = await this.da
            .visible(ctx.viewer, AdvisoryNoticeEntity, 'n')
            .andWhere('n.advisory_id = ANY(:ids::uuid[])', { ids: advisoryIds.filter(isUuid) })
            .orderBy('n.notified_at')
            .addOrderBy('n.board_id')
            .getMany();
          return groupByKey(advisoryIds, rows, (r) => r.advisoryId).map((list) =>
            list.map(AdvisoryBoardResponse.from),
          );
        }),
    );
  }

  /**
   * How many boards were told and how many answered, exact: the resolver applies the
   * small-count rule for everyone but the publisher.
   */
  counts(ctx: RequestContext): DataLoader<string, AnswerCounts> {
    return ctx.loaders.get(
      'advisory.counts',
      () =>
        new DataLoader(async (advisoryIds) => {
          const rows = await this.da
            .visible(SYSTEM, AdvisoryNoticeEntity, 'n')
            .select('n.advisory_id', 'advisory_id')
            .addSelect('count(*)', 'affected')
            .addSelect('count(n.response)', 'responded')
            .andWhere('n.advisory_id = ANY(:ids::uuid[])', { ids: advisoryIds.filter(isUuid) })
            .groupBy('n.advisory_id')
            .getRawMany<{ advisory_id: string; affected: string; responded: string }>();
          return byKey(
            advisoryIds,
            rows,
            (r) => r.advisory_id,
            { affected: 0, responded: 0 },
            (r) => ({ affected: Number(r.affected), responded: Number(r.responded) }),
          );
        }),
    );
  }

  productIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'advisory.productIds',
      () =>
        new DataLoader(async (advisoryIds) => {
          const rows = await this.da
            .visible(ctx.viewer, AdvisoryProductEntity, 'p')
            .andWhere('p.advisory_id = ANY(:ids::uuid[])', { ids: advisoryIds.filter(isUuid) })
            .orderBy('p.product_id', 'ASC')
            .getMany();
          return groupByKey(advisoryIds, rows, (r) => r.advisoryId).map((list) =>
            list.map((r) => r.productId),
          );
        }),
    );
  }

  person(ctx: RequestContext): DataLoader<string, Person | null> {
    return ctx.loaders.get(
      'advisory.person',
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

/**
 * DOMAIN.md's small-count rule for an advisory's two counts: a count of 1 or 2 is
 * null, so is the answered count when it is 1 or 2 short of the total (the boards
 * that did not answer), and when the total is null, so is the part. 0 is 0.
 */
export function smallCounts(counts: AnswerCounts): {
  affected: number | null;
  responded: number | null;
} {
  const small = (n: number) => n === 1 || n === 2;
  const affected = small(counts.affected) ? null : counts.affected;
  const responded =
    affected === null || small(counts.responded) || small(counts.affected - counts.responded)
      ? null
      : counts.responded;
  return { affected, responded };
}
