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
import { IncidentStatus } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import {
  AcknowledgeIncidentInput,
  AddIncidentUpdateInput,
  RecordAuthorityDecisionInput,
  ReportIncidentInput,
} from './incident.inputs';
import { IncidentLoaders } from './incident.loaders';
import {
  AuthorityDecisionVersion,
  Incident,
  IncidentConnection,
  IncidentNotice,
  IncidentUpdate,
} from './incident.types';
import { IncidentsService } from './incidents.service';

@Resolver(() => Incident)
export class IncidentsResolver {
  constructor(
    private readonly service: IncidentsService,
    private readonly loaders: IncidentLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly products_: ProductLoaders,
  ) {}

  @Query(() => IncidentConnection, {
    description:
      "The incidents the caller sees (its vendor's, those affecting its board; sector bodies: all, as counts), newest first.",
  })
  incidents(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => IncidentStatus, nullable: true }) status: IncidentStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, { status, first, after });
  }

  @Query(() => Incident, { nullable: true, description: 'Null when the caller may not see it.' })
  incident(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Mutation(() => Incident, {
    description:
      'Reports an incident and notifies, in the same transaction, every board with an ACTIVE agreement on the products.',
  })
  reportIncident(@CurrentViewer() viewer: Viewer, @Args('input') input: ReportIncidentInput) {
    return this.service.report(viewer, input);
  }

  @Mutation(() => Incident, { description: 'Adds what the vendor learnt; the boards are told.' })
  addIncidentUpdate(@CurrentViewer() viewer: Viewer, @Args('input') input: AddIncidentUpdateInput) {
    return this.service.addUpdate(viewer, input);
  }

  @Mutation(() => Incident, { description: "The board's privacy officer takes note, once." })
  acknowledgeIncident(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcknowledgeIncidentInput,
  ) {
    return this.service.acknowledge(viewer, input);
  }

  @Mutation(() => Incident, {
    description:
      "The board's privacy officer records the breach's effects, the remedial action and the decision on notifying the supervisory authority (art. 33(5)); recording again adds a version.",
  })
  recordAuthorityDecision(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordAuthorityDecisionInput,
  ) {
    return this.service.recordAuthorityDecision(viewer, input);
  }

  @Mutation(() => Incident)
  resolveIncident(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.resolve(viewer, id);
  }

  @ResolveField(() => Organisation)
  async vendor(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(incident.vendorId))!;
  }

  @ResolveField(() => [Product])
  async products(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    const ids = await this.loaders.productIds(ctx).load(incident.id);
    const products = await this.products_.productById(ctx).loadMany(ids);
    return products.filter((p): p is Product => p instanceof Product);
  }

  @ResolveField(() => Int)
  async affectedBoardCount(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return (await this.loaders.counts(ctx).load(incident.id)).affected;
  }

  @ResolveField(() => Int)
  async acknowledgedCount(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return (await this.loaders.counts(ctx).load(incident.id)).acknowledged;
  }

  @ResolveField(() => [IncidentNotice], {
    description: 'The vendor sees every notice; a board only its own; others none.',
  })
  async notices(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    const rows = await this.loaders.notices(ctx).load(incident.id);
    return rows.map((row) => IncidentNotice.from(row, incident, ctx.viewer));
  }

  @ResolveField(() => [IncidentUpdate])
  updates(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return this.loaders.updates(ctx).load(incident.id);
  }
}

@Resolver(() => IncidentNotice)
export class IncidentNoticeResolver {
  constructor(
    private readonly loaders: IncidentLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @ResolveField(() => Organisation)
  async board(@Parent() notice: IncidentNotice, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(notice.boardId))!;
  }

  @ResolveField(() => Person, { nullable: true })
  acknowledgedBy(@Parent() notice: IncidentNotice, @Context() ctx: RequestContext) {
    return notice.acknowledgedById ? this.loaders.person(ctx).load(notice.acknowledgedById) : null;
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: "Who recorded the latest version of the board's record; null for others.",
  })
  authorityRecordedBy(@Parent() notice: IncidentNotice, @Context() ctx: RequestContext) {
    return notice.authorityRecordedById
      ? this.loaders.person(ctx).load(notice.authorityRecordedById)
      : null;
  }

  @ResolveField(() => [AuthorityDecisionVersion], {
    description:
      "Every version of the board's record of the breach, newest first; empty for others than the board.",
  })
  async authorityDecisionHistory(@Parent() notice: IncidentNotice, @Context() ctx: RequestContext) {
    if (!notice.seenByBoard) return [];
    return this.loaders.authorityHistory(ctx).load(`${notice.incidentId}/${notice.boardId}`);
  }
}

@Resolver(() => AuthorityDecisionVersion)
export class AuthorityDecisionVersionResolver {
  constructor(private readonly loaders: IncidentLoaders) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'The privacy officer who recorded it; null once that account is gone.',
  })
  recordedBy(@Parent() version: AuthorityDecisionVersion, @Context() ctx: RequestContext) {
    return version.recordedById ? this.loaders.person(ctx).load(version.recordedById) : null;
  }
}

@Resolver(() => IncidentUpdate)
export class IncidentUpdateResolver {
  constructor(private readonly loaders: IncidentLoaders) {}

  @ResolveField(() => Person, {
    description: 'Who wrote it; "—" once that account is gone.',
  })
  async author(@Parent() update: IncidentUpdate, @Context() ctx: RequestContext) {
    const person = update.authorId ? await this.loaders.person(ctx).load(update.authorId) : null;
    return person ?? Object.assign(new Person(), { id: update.id, name: '—' });
  }
}
