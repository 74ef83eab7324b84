import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { PrivacyLeaflet } from './privacy-leaflet.types';
import { PrivacyLeafletsService } from './privacy-leaflets.service';
import { ProductLoaders } from './product.loaders';
import { LeafletInput } from './product.inputs';
import { Product } from './product.types';

@Resolver(() => PrivacyLeaflet)
export class PrivacyLeafletsResolver {
  constructor(
    private readonly service: PrivacyLeafletsService,
    private readonly loaders: ProductLoaders,
  ) {}

  @Mutation(() => PrivacyLeaflet, {
    description: "Creates the product's draft leaflet, or replaces the draft's content.",
  })
  saveLeafletDraft(@CurrentViewer() viewer: Viewer, @Args('input') input: LeafletInput) {
    return this.service.saveDraft(viewer, input);
  }

  @Mutation(() => PrivacyLeaflet, {
    description: "Publishes a draft as the product's next version, which never changes again.",
  })
  publishLeaflet(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.publish(viewer, id);
  }

  @ResolveField(() => Product)
  product(@Parent() leaflet: PrivacyLeaflet, @Context() ctx: RequestContext) {
    return this.loaders.productById(ctx).load(leaflet.productId);
  }
}
