// Reviews boards share (DOMAIN.md "Learning from each other and sector oversight"): a
// published review that is not withdrawn is read by members of boards, sector bodies and
// supervisors (and the platform admin: :v_community), and by the product's vendor; the
// reviewing board reads its own always, withdrawn ones included. Other vendors read none.
// Who may see which board wrote an anonymous review is not a question of the row but of
// its `board` field: the resolver names the board only to its members, and
// productReviews(boardId:) narrows by board only through `reviewsOfBoard`
// (queries/product-reviews.queries.ts).
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const productReview: VisibilityRule = {
  table: 'product_review',
  visible: (r) =>
    `(${memberOf(r, 'board_id')}
      OR (${r}.withdrawn_at IS NULL AND (:v_community OR EXISTS (SELECT 1 FROM product ${r}_p
        WHERE ${r}_p.id = ${r}.product_id AND ${memberOf(`${r}_p`, 'vendor_id')}))))`,
};
