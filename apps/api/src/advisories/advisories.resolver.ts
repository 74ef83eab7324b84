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
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import { AdvisoriesService } from './advisories.service';
import {
  ImportCsafAdvisoryInput,
  PublishAdvisoryInput,
  RespondToAdvisoryInput,
} from './advisory.inputs';
import { AdvisoryLoaders, smallCounts } from './advisory.loaders';
import {
  AdvisoryBoardResponse,
  SecurityAdvisory,
  SecurityAdvisoryConnection,
} from './advisory.types';

@Resolver(() => SecurityAdvisory)
export class AdvisoriesResolver {
  constructor(
    private readonly service: AdvisoriesService,
    private readonly loaders: AdvisoryLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly products_: ProductLoaders,
  ) {}

  @Query(() => SecurityAdvisoryConnection, {
    description: 'The advisories the caller may read by their TLP label, newest first.',
  })
  advisories(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, { first, after });
  }

  @Query(() => SecurityAdvisory, {
    nullable: true,
    description: 'Null when the caller may not read it.',
  })
  advisory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Mutation(() => SecurityAdvisory, {
    description:
      'Publishes an advisory and tells, in the same transaction, every board with an agreement in force on a named product.',
  })
  publishAdvisory(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishAdvisoryInput) {
    return this.service.publish(viewer, input);
  }

  @Mutation(() => SecurityAdvisory, {
    description:
      'Imports a CSAF 2.0 document as an advisory (or updates the one of its tracking id when its version is newer).',
  })
  importCsafAdvisory(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ImportCsafAdvisoryInput,
  ) {
    return this.service.importCsaf(viewer, input);
  }

  @Mutation(() => SecurityAdvisory, {
    description: "An affected board's answer; it may be changed.",
  })
  respondToAdvisory(@CurrentViewer() viewer: Viewer, @Args('input') input: RespondToAdvisoryInput) {
    return this.service.respond(viewer, input);
  }

  @ResolveField(() => Organisation)
  async publisher(@Parent() advisory: SecurityAdvisory, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(advisory.publisherId))!;
  }

  @ResolveField(() => [Product])
  async products(@Parent() advisory: SecurityAdvisory, @Context() ctx: RequestContext) {
    const ids = await this.loaders.productIds(ctx).load(advisory.id);
    const products = await this.products_.productById(ctx).loadMany(ids);
    return products.filter((p): p is Product => p instanceof Product);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: "Exact for the publisher's members; under the small-count rule for everyone else.",
  })
  async affectedBoardCount(@Parent() advisory: SecurityAdvisory, @Context() ctx: RequestContext) {
    return (await this.counts(advisory, ctx)).affected;
  }

  @ResolveField(() => Int, { nullable: true })
  async respondedCount(@Parent() advisory: SecurityAdvisory, @Context() ctx: RequestContext) {
    return (await this.counts(advisory, ctx)).responded;
  }

  @ResolveField(() => [AdvisoryBoardResponse], {
    description:
      "The publisher's CERT members see every board's; an affected board its own; others none.",
  })
  responses(@Parent() advisory: SecurityAdvisory, @Context() ctx: RequestContext) {
    return this.loaders.responses(ctx).load(advisory.id);
  }

  private async counts(advisory: SecurityAdvisory, ctx: RequestContext) {
    const counts = await this.loaders.counts(ctx).load(advisory.id);
    const ofPublisher = (ctx.viewer?.memberships ?? []).some(
      (m) => m.organisationId === advisory.publisherId,
    );
    return ofPublisher
      ? { affected: counts.affected, responded: counts.responded }
      : smallCounts(counts);
  }
}

@Resolver(() => AdvisoryBoardResponse)
export class AdvisoryBoardResponseResolver {
  constructor(
    private readonly loaders: AdvisoryLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @ResolveField(() => Organisation)
  async board(@Parent() answer: AdvisoryBoardResponse, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(answer.boardId))!;
  }

  @ResolveField(() => Person, { nullable: true })
  respondedBy(@Parent() answer: AdvisoryBoardResponse, @Context() ctx: RequestContext) {
    return answer.respondedById ? this.loaders.person(ctx).load(answer.respondedById) : null;
  }
}
