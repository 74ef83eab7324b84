import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LeafletStatus, type ProductCategory, type Sector } from '@regie/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { isUuid } from '../common/ids';
import { byKey, groupByKey } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { DataAccess } from '../data-access';
import { PrivacyLeafletEntity } from './privacy-leaflet.entity';
import { productDocument, searchQuery } from './product-search';
import { PrivacyLeaflet } from './privacy-leaflet.types';
import { ProductEntity, productRowSelect, type ProductRow } from './product.entity';
import { Product } from './product.types';

/** What of a vendor search a single product can meet: its words, category and sector. */
export interface ProductMatch {
  /** to_tsquery text from searchTerms, or null. */
  readonly terms: string | null;
  readonly category: ProductCategory | null;
  readonly sector: Sector | null;
}

/**
 * The relations of products and leaflets, one SQL statement per relation per
 * request however many parents ask. Loaders live in the request's context, so the
 * viewer (who sees which drafts) is fixed for each of them.
 */
@Injectable()
export class ProductLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

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

  /**
   * Organisation.matchedProductIds of a vendor search: per vendor, the ids of its products
   * (by name) that meet the search's product conditions, for every vendor on the page in
   * one statement. Products are everyone's to read, as productsByVendor reads them.
   */
  matchingProductIds(ctx: RequestContext, match: ProductMatch): DataLoader<string, string[]> {
    return ctx.loaders.get(
      `product.matching:${JSON.stringify(match)}`,
      () =>
        new DataLoader(async (vendorIds) => {
          const query = this.dataSource
            .getRepository(ProductEntity)
            .createQueryBuilder('p')
            .select('p.id', 'id')
            .addSelect('p.vendor_id', 'vendorId')
            .where('p.vendor_id = ANY(:vendorIds::uuid[])', { vendorIds });
          if (match.terms)
            query.andWhere(`${productDocument('p')} @@ ${searchQuery('terms')}`, {
              terms: match.terms,
            });
          if (match.category) query.andWhere('p.category = :category', match);
          if (match.sector) query.andWhere(':sector = ANY(p.sectors)', match);
          const rows = await query
            .orderBy('p.name')
            .addOrderBy('p.id')
            .getRawMany<{ id: string; vendorId: string }>();
          return groupByKey(vendorIds, rows, (r) => r.vendorId).map((g) => g.map((r) => r.id));
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
          const rows = await this.da
            .visible(ctx.viewer, PrivacyLeafletEntity, 'l')
            .andWhere('l.id = ANY(:ids::uuid[]) AND l.status = :published', {
              ids: ids.filter(isUuid),
              published: LeafletStatus.PUBLISHED,
            })
            .getMany();
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
          const rows = await this.da
            .visible(ctx.viewer, PrivacyLeafletEntity, 'l')
            .andWhere('l.product_id = ANY(:productIds::uuid[])', {
              productIds: productIds.filter(isUuid),
            })
            .orderBy('l.version', 'DESC')
            .getMany();
          return groupByKey(productIds, rows.map(PrivacyLeaflet.from), (l) => l.productId);
        }),
    );
  }
}
