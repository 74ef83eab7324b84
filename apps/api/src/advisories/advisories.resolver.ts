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
  AdvisoryAnswerDay,
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
    @Args('publisherId', {
      type: () => ID,
      nullable: true,
      description: "Only this sector body's advisories.",
    })
    publisherId: string | null,
    @Args('boardId', {
      type: () => ID,
      nullable: true,
      description:
        'Only those sent to this board (its members, and the publisher’s CERT, see which).',
    })
    boardId: string | null,
    @Args('awaitingAnswer', {
      type: () => Boolean,
      nullable: true,
      description:
        'Only those with a board (of boardId, if given) that has not answered, among the answers the caller sees.',
    })
    awaitingAnswer: boolean | null,
  ) {
    return this.service.list(viewer, { first, after, publisherId, boardId, awaitingAnswer });
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

  @ResolveField(() => [AdvisoryAnswerDay], {
    description:
      "Answers over time: one entry per day (Europe/Amsterdam) on which boards were told or answered for the first time, oldest first. Exact for the publisher's members; every entry under the small-count rule for everyone else.",
  })
  async answersOverTime(
    @Parent() advisory: SecurityAdvisory,
    @Context() ctx: RequestContext,
  ): Promise<AdvisoryAnswerDay[]> {
    const days = await this.loaders.timeline(ctx).load(advisory.id);
    const exact = ofPublisher(advisory, ctx);
    return days.map((d) => {
      const counts = exact
        ? { affected: d.notified, responded: d.answered }
        : smallCounts({ affected: d.notified, responded: d.answered });
      return Object.assign(new AdvisoryAnswerDay(), {
        day: d.day,
        notifiedCount: counts.affected,
        answeredCount: counts.responded,
      });
    });
  }

  private async counts(advisory: SecurityAdvisory, ctx: RequestContext) {
    const counts = await this.loaders.counts(ctx).load(advisory.id);
    return ofPublisher(advisory, ctx)
      ? { affected: counts.affected, responded: counts.responded }
      : smallCounts(counts);
  }
}

/** Whether the viewer is a member of the advisory's publisher: it sees exact counts. */
function ofPublisher(advisory: SecurityAdvisory, ctx: RequestContext): boolean {
  return (ctx.viewer?.memberships ?? []).some((m) => m.organisationId === advisory.publisherId);
}

@Resolver(() => AdvisoryBoardResponse)
export class AdvisoryBoardResponseResolver {
  constructor(
    private readonly loaders: AdvisoryLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly products_: ProductLoaders,
  ) {}

  @ResolveField(() => [Product], {
    description:
      "The advisory's products on which the board has an agreement in force today: what it concerns at this board. Read as the caller may read the board's agreements: the board's members see them, the publisher's CERT sees none.",
  })
  async products(@Parent() answer: AdvisoryBoardResponse, @Context() ctx: RequestContext) {
    const ids = await this.loaders
      .productsInForce(ctx)
      .load({ advisoryId: answer.advisoryId, boardId: answer.boardId });
    const products = await this.products_.productById(ctx).loadMany(ids);
    return products.filter((p): p is Product => p instanceof Product);
  }

  @ResolveField(() => Organisation)
  async board(@Parent() answer: AdvisoryBoardResponse, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(answer.boardId))!;
  }

  @ResolveField(() => Person, { nullable: true })
  respondedBy(@Parent() answer: AdvisoryBoardResponse, @Context() ctx: RequestContext) {
    return answer.respondedById ? this.loaders.person(ctx).load(answer.respondedById) : null;
  }
}
