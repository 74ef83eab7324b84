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
import { RiskLevel } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { PrivacyLeaflet } from '../products/privacy-leaflet.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import { PublishProductReviewInput, RespondToProductReviewInput } from './product-review.inputs';
import { ProductReviewLoaders } from './product-review.loaders';
import { ProductReview, ProductReviewConnection } from './product-review.types';
import { ProductReviewsService } from './product-reviews.service';

@Resolver(() => ProductReview)
export class ProductReviewsResolver {
  constructor(
    private readonly service: ProductReviewsService,
    private readonly products: ProductLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => ProductReviewConnection, {
    description:
      "Published, not withdrawn reviews, newest first. By board: that board's named reviews; its anonymous and withdrawn ones only to its own members.",
  })
  productReviews(
    @CurrentViewer() viewer: Viewer,
    @Args('productId', { type: () => ID, nullable: true }) productId: string | null,
    @Args('boardId', { type: () => ID, nullable: true }) boardId: string | null,
    @Args('riskLevel', { type: () => RiskLevel, nullable: true }) riskLevel: RiskLevel | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, { productId, boardId, riskLevel, first, after });
  }

  @Query(() => ProductReview, { nullable: true })
  productReview(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Mutation(() => ProductReview, {
    description:
      "A board's FG shares a review of a product's terms with the sector; the product's vendor is told.",
  })
  publishProductReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishProductReviewInput,
  ) {
    return this.service.publish(viewer, input);
  }

  @Mutation(() => ProductReview, {
    description: 'The reviewing board takes its review back; the audit trail keeps it.',
  })
  withdrawProductReview(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.withdraw(viewer, id);
  }

  @Mutation(() => ProductReview, { description: "The product's vendor responds, once." })
  respondToProductReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RespondToProductReviewInput,
  ) {
    return this.service.respond(viewer, input);
  }

  @ResolveField(() => Product)
  async product(@Parent() review: ProductReview, @Context() ctx: RequestContext) {
    return (await this.products.productById(ctx).load(review.productId))!;
  }

  @ResolveField(() => PrivacyLeaflet, {
    nullable: true,
    description: 'The leaflet version that was reviewed.',
  })
  leaflet(@Parent() review: ProductReview, @Context() ctx: RequestContext) {
    return review.leafletId ? this.products.leafletById(ctx).load(review.leafletId) : null;
  }

  @ResolveField(() => Organisation, {
    nullable: true,
    description: 'The reviewing board; null for everyone outside it when published anonymously.',
  })
  async board(@Parent() review: ProductReview, @Context() ctx: RequestContext) {
    // Anonymous: named to the board's own members only, the platform admin included in "not".
    if (
      review.anonymous &&
      !(ctx.viewer?.memberships ?? []).some((m) => m.organisationId === review.boardId)
    )
      return null;
    return this.organisations.byId(ctx).load(review.boardId);
  }
}

/** Product.reviews, from this module above products. */
@Resolver(() => Product)
export class ProductReviewsOfProductResolver {
  constructor(private readonly loaders: ProductReviewLoaders) {}

  @ResolveField(() => [ProductReview], {
    description: "Published, not withdrawn reviews by boards' FGs, newest first.",
  })
  reviews(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.loaders.byProduct(ctx).load(product.id);
  }
}
