import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationKind } from '@regie/domain';
import { DataSource } from 'typeorm';
import { invalidField } from '../common/errors/app-error';
import { paginate, type Connection, type PageOptions } from '../common/pagination';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import type { VendorFilter } from './product.inputs';
import { organisationDocument, productDocument, searchQuery, searchTerms } from './product-search';
import {
  VendorFilterExtensions,
  type VendorFilterExtensionField,
  type VendorFilterExtensionValues,
} from './vendor-filter-extensions';
import { DATA_ONLY_IN_EEA } from '../data-access/queries/vendor-search.queries';

/** The vendor register: vendors filtered by what they offer, in a stable order. */
@Injectable()
export class VendorSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly extensions: VendorFilterExtensions,
  ) {}

  /** Vendors by name then id (a stable order for the cursor). */
  async list(args: {
    filter?: VendorFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<Organisation>> {
    const filter = args.filter ?? {};
    const query = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where('o.kind = :kind', { kind: OrganisationKind.VENDOR });

    const terms = searchTerms(filter.search);
    if (terms) {
      // A union of two GIN index scans, rather than an OR that no index answers.
      query.andWhere(
        `o.id IN (
          SELECT so.id FROM organisation so WHERE ${organisationDocument('so')} @@ ${searchQuery('terms')}
          UNION
          SELECT sp.vendor_id FROM product sp WHERE ${productDocument('sp')} @@ ${searchQuery('terms')})`,
        { terms },
      );
    }
    // Category and sector ask for one product that has both.
    const offers: string[] = [];
    if (filter.category) offers.push('cp.category = :category');
    if (filter.sector) offers.push(':sector = ANY(cp.sectors)');
    if (offers.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM product cp WHERE cp.vendor_id = o.id AND ${offers.join(' AND ')})`,
        { category: filter.category, sector: filter.sector },
      );
    }
    if (filter.dataOnlyInEea != null) {
      query.andWhere(filter.dataOnlyInEea ? DATA_ONLY_IN_EEA : `NOT ${DATA_ONLY_IN_EEA}`);
    }
    let bound = 0;
    const bind = (value: unknown) => {
      const name = `x${++bound}`;
      query.setParameter(name, value);
      return `:${name}`;
    };
    const extend = <F extends VendorFilterExtensionField>(field: F) => {
      // VendorFilter declares each of these fields with the type the extension takes.
      const value = filter[field] as VendorFilterExtensionValues[F] | null | undefined;
      if (value == null) return;
      const condition = this.extensions.condition(field);
      // Until the module that knows these facts contributes the condition, say so
      // rather than answer as if no vendor had them.
      if (!condition) throw invalidField(`filter.${field}`, 'field.notSupported');
      query.andWhere(condition(value, bind));
    };
    extend('attestationType');
    extend('hasPublishedDeal');

    const page: PageOptions<OrganisationEntity, Organisation> = {
      first: args.first,
      after: args.after,
      order: 'ASC',
      keys: [
        { sql: 'o.name', type: 'text', of: (r) => r.name },
        { sql: 'o.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Organisation.from,
    };
    if (!terms) return paginate(query, page);
    // Full-text search is the costly part: it runs once, in a CTE of every vendor the
    // filter matches, from which the page and its count (in the same statement) read.
    const matched = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .addCommonTableExpression(query.select('o.id', 'id'), 'vendor_match', { materialized: true })
      .where('o.id IN (SELECT id FROM vendor_match)');
    return paginate(matched, { ...page, countWith: '(SELECT count(*) FROM vendor_match)::int' });
  }
}
