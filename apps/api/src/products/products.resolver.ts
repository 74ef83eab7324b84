import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { Organisation } from '../organisations/organisation.types';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { PrivacyLeaflet } from './privacy-leaflet.types';
import { ProductLoaders } from './product.loaders';
import { CreateProductInput, ProductFilter, UpdateProductInput } from './product.inputs';
import { Product, ProductConnection } from './product.types';
import { ProductsService } from './products.service';

@Resolver(() => Product)
export class ProductsResolver {
  constructor(
    private readonly service: ProductsService,
    private readonly loaders: ProductLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => Product, { nullable: true, description: 'A product; null when there is none.' })
  product(@Args('id', { type: () => ID }) id: string): Promise<Product | null> {
    return this.service.findById(id);
  }

  @Query(() => ProductConnection, { description: 'Products by name.' })
  products(
    @Args('filter', { type: () => ProductFilter, nullable: true }) filter: ProductFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list({ filter, first, after });
  }

  @Mutation(() => Product, { description: "Adds a product to a vendor's offer (its editors)." })
  createProduct(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateProductInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Product, { description: "Changes a product (its vendor's editors)." })
  updateProduct(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProductInput,
  ) {
    return this.service.update(viewer, id, input);
  }

  @ResolveField(() => Organisation)
  async vendor(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(product.vendorId);
  }

  @ResolveField(() => PrivacyLeaflet, {
    nullable: true,
    description: 'The newest published leaflet.',
  })
  currentLeaflet(@Parent() product: Product, @Context() ctx: RequestContext) {
    return product.currentLeafletId
      ? this.loaders.leafletById(ctx).load(product.currentLeafletId)
      : null;
  }

  @ResolveField(() => [PrivacyLeaflet], {
    description: "Published versions, newest first; the vendor's own members also see the draft.",
  })
  leaflets(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.loaders.leafletsByProduct(ctx).load(product.id);
  }
}
