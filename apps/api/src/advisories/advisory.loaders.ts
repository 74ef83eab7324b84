// The relations of advisories, one SQL statement per relation per request, each
// filtered for the request's viewer: answers to the publisher's CERT (all) and the
// board (its own) only, so that others see at most counts, never which boards.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate, smallCountPair } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { DataAccess, SYSTEM } from '../data-access';
import { inForceCondition } from '../data-access/queries/agreements.queries';
import { AgreementProductEntity } from '../agreements/agreement-product.entity';
import { AgreementEntity } from '../agreements/agreement.entity';
import { UserEntity } from '../identity/user.entity';
import { AdvisoryNoticeEntity } from './advisory-notice.entity';
import { AdvisoryProductEntity } from './advisory-product.entity';
import { AdvisoryBoardResponse } from './advisory.types';

export interface AnswerCounts {
  readonly affected: number;
  readonly responded: number;
}

/** Boards told and boards answered (first answers) by the end of `day`, exact. */
export interface AnswerDay {
  readonly day: string;
  readonly notified: number;
  readonly answered: number;
}

/** The calendar day in the Netherlands of a timestamptz column, as YYYY-MM-DD. */
const amsterdamDay = (column: string) =>
  `to_char(${column} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD')`;

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

  /**
   * Answers over time, exact: per day on which boards were told or first answered, how
   * many had been told and had answered by its end. Two grouped statements per request;
   * the resolver applies the small-count rule for everyone but the publisher.
   */
  timeline(ctx: RequestContext): DataLoader<string, AnswerDay[]> {
    return ctx.loaders.get(
      'advisory.timeline',
      () =>
        new DataLoader(async (advisoryIds) => {
          const ids = advisoryIds.filter(isUuid);
          // SYSTEM: counts only, never which boards; the caller saw the advisory itself.
          const perDay = (column: string) =>
            this.da
              .visible(SYSTEM, AdvisoryNoticeEntity, 'n')
              .select('n.advisory_id', 'advisory_id')
              .addSelect(amsterdamDay(`n.${column}`), 'day')
              .addSelect('count(*)', 'boards')
              .andWhere('n.advisory_id = ANY(:ids::uuid[])', { ids })
              .andWhere(`n.${column} IS NOT NULL`)
              .groupBy('n.advisory_id')
              .addGroupBy('day')
              .getRawMany<{ advisory_id: string; day: string; boards: string }>();
          const [told, answered] = await Promise.all([
            perDay('notified_at'),
            perDay('first_responded_at'),
          ]);
          return advisoryIds.map((id) => {
            const days = new Map<string, { notified: number; answered: number }>();
            const at = (day: string) => {
              let entry = days.get(day);
              if (!entry) days.set(day, (entry = { notified: 0, answered: 0 }));
              return entry;
            };
            for (const r of told) if (r.advisory_id === id) at(r.day).notified += Number(r.boards);
            for (const r of answered)
              if (r.advisory_id === id) at(r.day).answered += Number(r.boards);
            let notified = 0;
            let answeredSoFar = 0;
            return [...days.entries()]
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([day, step]) => {
                notified += step.notified;
                answeredSoFar += step.answered;
                return { day, notified, answered: answeredSoFar };
              });
          });
        }),
    );
  }

  /**
   * Per (advisory, board): the advisory's products on which the board has an agreement
   * in force today, read as the viewer may read the board's agreements (its parties).
   */
  productsInForce(
    ctx: RequestContext,
  ): DataLoader<{ advisoryId: string; boardId: string }, string[], string> {
    return ctx.loaders.get(
      'advisory.productsInForce',
      () =>
        new DataLoader(
          async (keys) => {
            const query = this.da
              .visible(ctx.viewer, AgreementEntity, 'ag')
              .select('ag.board_id', 'board_id')
              .addSelect('ap.advisory_id', 'advisory_id')
              .addSelect('ap.product_id', 'product_id')
              .distinct(true)
              .andWhere(inForceCondition('ag'), { today: amsterdamDate() })
              .andWhere('ag.board_id = ANY(:boardIds::uuid[])', {
                boardIds: [...new Set(keys.map((k) => k.boardId))],
              });
            this.da.joinVisible(
              query,
              ctx.viewer,
              AgreementProductEntity,
              'agp',
              'agp.agreement_id = ag.id',
            );
            this.da.joinVisible(
              query,
              ctx.viewer,
              AdvisoryProductEntity,
              'ap',
              'ap.product_id = agp.product_id AND ap.advisory_id = ANY(:advisoryIds::uuid[])',
            );
            query.setParameter('advisoryIds', [...new Set(keys.map((k) => k.advisoryId))]);
            const rows = await query
              .orderBy('ap.product_id')
              .getRawMany<{ board_id: string; advisory_id: string; product_id: string }>();
            return keys.map((k) =>
              rows
                .filter((r) => r.board_id === k.boardId && r.advisory_id === k.advisoryId)
                .map((r) => r.product_id),
            );
          },
          { cacheKeyFn: (k) => `${k.advisoryId}:${k.boardId}` },
        ),
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

/** DOMAIN.md's small-count rule for an advisory's two counts (libs/domain small-counts.ts). */
export function smallCounts(counts: AnswerCounts): {
  affected: number | null;
  responded: number | null;
} {
  const shown = smallCountPair(counts.affected, counts.responded);
  return { affected: shown.total, responded: shown.part };
}
