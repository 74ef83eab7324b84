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
import { smallCountPair, SubprocessorChangeStatus } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import type { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { PrivacyLeaflet } from '../products/privacy-leaflet.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import {
  AnnounceSubprocessorChangeInput,
  ObjectToSubprocessorChangeInput,
} from './subprocessor-change.inputs';
import { SubprocessorChangeLoaders } from './subprocessor-change.loaders';
import {
  SubprocessorChange,
  SubprocessorChangeConnection,
  SubprocessorObjection,
} from './subprocessor-change.types';
import { SubprocessorChangesService } from './subprocessor-changes.service';

@Resolver(() => SubprocessorChange)
export class SubprocessorChangesResolver {
  constructor(
    private readonly service: SubprocessorChangesService,
    private readonly loaders: SubprocessorChangeLoaders,
    private readonly products: ProductLoaders,
  ) {}

  @Query(() => SubprocessorChangeConnection, {
    description:
      "The changes the caller sees (its vendor's, or announced to its boards), newest first.",
  })
  subprocessorChanges(
    @CurrentViewer() viewer: Viewer,
    @Args('productId', { type: () => ID, nullable: true }) productId: string | null,
    @Args('status', { type: () => SubprocessorChangeStatus, nullable: true })
    status: SubprocessorChangeStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, { productId, status, first, after });
  }

  @Mutation(() => SubprocessorChange, {
    description:
      'Announces a draft leaflet that adds or replaces subprocessors, effective at least 30 days ahead; tells, in the same transaction, every board with an agreement in force on the product. The draft is frozen from then on.',
  })
  announceSubprocessorChange(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnnounceSubprocessorChangeInput,
  ) {
    return this.service.announce(viewer, input);
  }

  @Mutation(() => SubprocessorChange, {
    description: 'Takes back an announced change; its draft may be edited again.',
  })
  withdrawSubprocessorChange(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.withdraw(viewer, id);
  }

  @Mutation(() => SubprocessorChange, {
    description: "A notified board's objection, by its FG, until the day before effectiveOn.",
  })
  objectToSubprocessorChange(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ObjectToSubprocessorChangeInput,
  ) {
    return this.service.object(viewer, input);
  }

  @ResolveField(() => Product)
  async product(@Parent() change: SubprocessorChange, @Context() ctx: RequestContext) {
    return (await this.products.productById(ctx).load(change.productId))!;
  }

  @ResolveField(() => PrivacyLeaflet, {
    description:
      'The announced leaflet, frozen from the announcement on; the notified boards may read it.',
  })
  async leaflet(@Parent() change: SubprocessorChange, @Context() ctx: RequestContext) {
    // A withdrawn change's draft may have been edited since: what was announced is kept.
    if (change.status !== SubprocessorChangeStatus.WITHDRAWN) {
      const live = await this.loaders.leaflets(ctx).load(change.leafletId);
      if (live) return live;
    }
    return PrivacyLeaflet.from(change.row.announcedLeaflet as unknown as PrivacyLeafletEntity);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Exact for the vendor; under the small-count rule for the boards.',
  })
  async notifiedBoardCount(@Parent() change: SubprocessorChange, @Context() ctx: RequestContext) {
    return (await this.counts(change, ctx)).notified;
  }

  @ResolveField(() => Int, { nullable: true })
  async objectionCount(@Parent() change: SubprocessorChange, @Context() ctx: RequestContext) {
    return (await this.counts(change, ctx)).objections;
  }

  @ResolveField(() => [SubprocessorObjection], {
    description: 'The vendor sees every objection; a board its own; others none.',
  })
  objections(@Parent() change: SubprocessorChange, @Context() ctx: RequestContext) {
    return this.loaders.objections(ctx).load(change.id);
  }

  private async counts(change: SubprocessorChange, ctx: RequestContext) {
    const counts = await this.loaders.counts(ctx).load(change.id);
    const ofVendor = (ctx.viewer?.memberships ?? []).some(
      (m) => m.organisationId === change.vendorId,
    );
    if (ofVendor) return counts;
    const shown = smallCountPair(counts.notified, counts.objections);
    return { notified: shown.total, objections: shown.part };
  }
}

@Resolver(() => SubprocessorObjection)
export class SubprocessorObjectionResolver {
  constructor(
    private readonly loaders: SubprocessorChangeLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @ResolveField(() => Organisation)
  async board(@Parent() objection: SubprocessorObjection, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(objection.boardId))!;
  }

  @ResolveField(() => Person)
  async objectedBy(@Parent() objection: SubprocessorObjection, @Context() ctx: RequestContext) {
    const person = objection.objectedById
      ? await this.loaders.person(ctx).load(objection.objectedById)
      : null;
    // A removed account keeps its objection on record; the person is then unnamed.
    return person ?? Object.assign(new Person(), { id: objection.objectedById ?? '', name: '—' });
  }
}

/** Product.subprocessorChanges, from this module above products. */
@Resolver(() => Product)
export class ProductSubprocessorChangesResolver {
  constructor(private readonly loaders: SubprocessorChangeLoaders) {}

  @ResolveField(() => [SubprocessorChange], {
    description: 'Announced changes of subprocessors, newest first.',
  })
  subprocessorChanges(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.loaders.byProduct(ctx).load(product.id);
  }
}
