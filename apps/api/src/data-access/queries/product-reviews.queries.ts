// Narrowing a list of shared reviews to one board's (productReviews(boardId:)): an
// anonymous review is listed under its board only to that board's members (DOMAIN.md),
// so that nobody else can tell which board wrote it by asking for the board's reviews.
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { memberOf } from '../visibility-rule';

/**
 * `query` is a `DataAccess.visible` query over product_review as `alias` (the reader's
 * parameters are bound on it): keeps the reviews of `boardId`, its anonymous ones only
 * for its members.
 */
export function reviewsOfBoard<Q extends SelectQueryBuilder<ObjectLiteral>>(
  query: Q,
  alias: string,
  boardId: string | null,
): Q {
  return query.andWhere(
    `${alias}.board_id = :reviewBoardId::uuid AND (NOT ${alias}.anonymous OR ${memberOf(alias, 'board_id')})`,
    { reviewBoardId: boardId },
  );
}
