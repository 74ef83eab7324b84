import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LeafletStatus } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isPlatformAdmin } from '../auth/viewer';
import { byKey, groupByKey } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { PrivacyLeafletEntity } from './privacy-leaflet.entity';
import { PrivacyLeaflet } from './privacy-leaflet.types';
import { ProductEntity, productRowSelect, type ProductRow } from './product.entity';
import { Product } from './product.types';

/**
 * The relations of products and leaflets, one SQL statement per relation per
 * request however many parents ask. Loaders live in the request's context, so the
 * viewer (who sees which drafts) is fixed for each of them.
 */
@Injectable()
export class ProductLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Organisation.products: a vendor's products by name. */
  productsByVendor(ctx: RequestContext): DataLoader<string, Product[]> {
    return ctx.loaders.get(
      'product.byVendor',
      () =>
        new DataLoader(async (vendorIds) => {
          const rows = await this.dataSource
            .getRepository(ProductEntity)
            .createQueryBuilder('p')
            .select(productRowSelect('p'))
            .where('p.vendor_id = ANY(:vendorIds::uuid[])', { vendorIds })
            .orderBy('p.name')
            .addOrderBy('p.id')
            .getRawMany<ProductRow>();
          const products = rows.map(Product.from);
          this.primeProducts(ctx, products);
          return groupByKey(vendorIds, products, (p) => p.vendorId);
        }),
    );
  }

  productById(ctx: RequestContext): DataLoader<string, Product | null> {
    return ctx.loaders.get(
      'product.byId',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(ProductEntity)
            .findBy({ id: In([...ids]) });
          return byKey(ids, rows, (r) => r.id, null, Product.from);
        }),
    );
  }

  primeProducts(ctx: RequestContext, products: readonly Product[]): void {
    const loader = this.productById(ctx);
    for (const p of products) loader.prime(p.id, p);
  }

  /** Product.currentLeaflet, by the product's currentLeafletId (always a published one). */
  leafletById(ctx: RequestContext): DataLoader<string, PrivacyLeaflet | null> {
    return ctx.loaders.get(
      'leaflet.byId',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.dataSource
            .getRepository(PrivacyLeafletEntity)
            .findBy({ id: In([...ids]), status: LeafletStatus.PUBLISHED });
          return byKey(ids, rows, (r) => r.id, null, PrivacyLeaflet.from);
        }),
    );
  }

  /**
   * Product.leaflets, newest first: the published versions, and the draft to the
   * vendor's own members (and to platform admins, who read what any organisation may).
   */
  leafletsByProduct(ctx: RequestContext): DataLoader<string, PrivacyLeaflet[]> {
    return ctx.loaders.get(
      'leaflet.byProduct',
      () =>
        new DataLoader(async (productIds) => {
          const viewer = ctx.viewer;
          const query = this.dataSource
            .getRepository(PrivacyLeafletEntity)
            .createQueryBuilder('l')
            .where('l.product_id IN (:...productIds)', { productIds })
            .orderBy('l.version', 'DESC');
          if (!isPlatformAdmin(viewer)) {
            const own = viewer?.memberships.map((m) => m.organisationId) ?? [];
            query.andWhere(
              own.length
                ? `(l.status = :published OR l.product_id IN (SELECT p.id FROM product p WHERE p.vendor_id IN (:...own)))`
                : 'l.status = :published',
              { published: LeafletStatus.PUBLISHED, own },
            );
          }
          const rows = await query.getMany();
          return groupByKey(productIds, rows.map(PrivacyLeaflet.from), (l) => l.productId);
        }),
    );
  }
}
