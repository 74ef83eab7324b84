import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationKind } from '@regie/domain';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation, OrganisationConnection } from '../organisations/organisation.types';
import { ProductLoaders } from './product.loaders';
import { VendorFilter } from './product.inputs';
import { Product } from './product.types';
import { VendorSearchService } from './vendor-search.service';

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
}
