import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from './product.entity';
import type { CreateProductInput, ProductFilter, UpdateProductInput } from './product.inputs';
import { productDocument, searchQuery, searchTerms } from './product-search';
import { Product } from './product.types';

const EMPTY: Connection<Product> = {
  edges: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: 0,
};

/** Products: public to every signed-in caller, changed by their vendor's editors. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  create(viewer: Viewer, input: CreateProductInput): Promise<Product> {
    authorize(viewer, 'createProduct', input.vendorId);
    return this.dataSource.transaction(async (em) => {
      const vendor = await em.findOneBy(OrganisationEntity, { id: input.vendorId });
      // The viewer is a VENDOR_EDITOR or ADMIN of a vendor by that id: it exists.
      if (vendor?.kind !== OrganisationKind.VENDOR)
        throw invalidField('input.vendorId', 'field.invalid');
      const row = await em.save(
        em.create(ProductEntity, {
          vendorId: vendor.id,
          name: input.name.trim(),
          category: input.category,
          description: input.description?.trim() || null,
          sectors: [...new Set(input.sectors ?? [])],
          dataServices: [...new Set(input.dataServices ?? [])],
          currentLeafletId: null,
        }),
      );
      const product = Product.from(row);
      await this.audit.record(em, {
        viewer,
        organisationId: vendor.id,
        partyIds: [vendor.id],
        action: 'product.created',
        entityType: 'Product',
        entityId: row.id,
        after: Product.audited(product),
      });
      return product;
    });
  }

  update(viewer: Viewer, id: string, input: UpdateProductInput): Promise<Product> {
    return this.dataSource.transaction(async (em) => {
      const row = isUuid(id)
        ? await em.findOne(ProductEntity, { where: { id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!row) throw notFound();
      // Products are public: another vendor sees this one, so it is refused, not hidden.
      authorize(viewer, 'updateProduct', row.vendorId);
      const before = Product.audited(Product.from(row));
      if (input.name != null) row.name = input.name.trim();
      if (input.category != null) row.category = input.category;
      if (input.description !== undefined) row.description = input.description?.trim() || null;
      if (input.sectors != null) row.sectors = [...new Set(input.sectors)];
      if (input.dataServices != null) row.dataServices = [...new Set(input.dataServices)];
      await em.save(row);
      const product = Product.from(row);
      await this.audit.record(em, {
        viewer,
        organisationId: row.vendorId,
        partyIds: [row.vendorId],
        action: 'product.updated',
        entityType: 'Product',
        entityId: row.id,
        before,
        after: Product.audited(product),
      });
      return product;
    });
  }

  async findById(id: string): Promise<Product | null> {
    if (!isUuid(id)) return null;
    // A query builder's getOne: findOne with a relation asks for the ids first, apart.
    const row = await this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.vendor', 'vendor')
      .where('p.id = :id', { id })
      .getOne();
    return row ? Product.withVendor(row) : null;
  }

  /** Products by name then id (stable for the cursor), on the name or vendor index. */
  async list(args: {
    filter?: ProductFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<Product>> {
    const filter = args.filter ?? {};
    const query = this.dataSource
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.vendor', 'vendor');
    if (filter.vendorId != null) {
      if (!isUuid(filter.vendorId)) return EMPTY;
      query.andWhere('p.vendor_id = :vendorId', { vendorId: filter.vendorId });
    }
    if (filter.category) query.andWhere('p.category = :category', { category: filter.category });
    if (filter.sector) query.andWhere(':sector = ANY(p.sectors)', { sector: filter.sector });
    const terms = searchTerms(filter.search);
    if (terms) {
      query.andWhere(`${productDocument('p')} @@ ${searchQuery('terms')}`, { terms });
    }
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'ASC',
      keys: [
        { sql: 'p.name', type: 'text', of: (r) => r.name },
        { sql: 'p.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Product.withVendor,
    });
  }
}
