import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationKind } from '@regie/domain';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation, OrganisationConnection } from '../organisations/organisation.types';
import { ProductLoaders, type ProductMatch } from './product.loaders';
import { searchTerms } from './product-search';
import { VendorFilter } from './product.inputs';
import { Product } from './product.types';
import { VendorSearchService } from './vendor-search.service';

/**
 * The product conditions of the search that found a vendor, kept with the vendor's object
 * for Organisation.matchedProductIds (the same object is never found by two searches: each
 * request makes its own).
 */
const foundBy = new WeakMap<Organisation, ProductMatch>();

/** The vendor register, and Organisation.products. */
@Resolver(() => Organisation)
export class VendorsResolver {
  constructor(
    private readonly search: VendorSearchService,
    private readonly loaders: ProductLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => OrganisationConnection, {
    description: 'Vendors by name, filtered by what they offer and where their data goes.',
  })
  async vendors(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => VendorFilter, nullable: true }) filter: VendorFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    const page = await this.search.list({ filter, first, after });
    const match: ProductMatch = {
      terms: searchTerms(filter?.search),
      category: filter?.category ?? null,
      sector: filter?.sector ?? null,
    };
    if (match.terms || match.category || match.sector)
      for (const edge of page.edges) foundBy.set(edge.node, match);
    // Product.vendor of these vendors' products costs no further query.
    this.organisations.prime(
      ctx,
      page.edges.map((e) => e.node),
    );
    return page;
  }

  @ResolveField(() => [Product], { description: 'Vendors only; empty otherwise.' })
  products(@Parent() organisation: Organisation, @Context() ctx: RequestContext) {
    if (organisation.kind !== OrganisationKind.VENDOR) return [];
    return this.loaders.productsByVendor(ctx).load(organisation.id);
  }

  @ResolveField(() => [ID], {
    nullable: true,
    description:
      "In a vendors(filter:) result whose filter names words, a category or a sector: the vendor's products (by name) that meet them, so that a search can show which product matched; empty when only the vendor's name matched. Null elsewhere, and for a filter without such conditions.",
  })
  matchedProductIds(@Parent() organisation: Organisation, @Context() ctx: RequestContext) {
    const match = foundBy.get(organisation);
    if (!match) return null;
    return this.loaders.matchingProductIds(ctx, match).load(organisation.id);
  }
}
