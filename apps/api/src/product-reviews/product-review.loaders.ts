// Product.reviews: one SQL statement per request however many products ask, under the
// reviews' visibility rule for the request's viewer.
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { isUuid } from '../common/ids';
import { groupByKey } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { DataAccess } from '../data-access';
import { ProductReviewEntity } from './product-review.entity';
import { ProductReview } from './product-review.types';

@Injectable()
export class ProductReviewLoaders {
  constructor(private readonly da: DataAccess) {}

  /** Published, not withdrawn reviews of each product, newest first. */
  byProduct(ctx: RequestContext): DataLoader<string, ProductReview[]> {
    return ctx.loaders.get(
      'productReview.byProduct',
      () =>
        new DataLoader(async (productIds) => {
          const rows = await this.da
            .visible(ctx.viewer, ProductReviewEntity, 'r')
            .andWhere('r.product_id = ANY(:ids::uuid[]) AND r.withdrawn_at IS NULL', {
              ids: productIds.filter(isUuid).map((id) => id.toLowerCase()),
            })
            .orderBy('r.published_at', 'DESC')
            .addOrderBy('r.id', 'DESC')
            .getMany();
          return groupByKey(productIds, rows.map(ProductReview.from), (r) => r.productId);
        }),
    );
  }
}
