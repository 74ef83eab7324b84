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
import { AssessmentStatus } from '@regie/domain';
import { Attestation } from '../attestations/attestation.types';
import { AttestationLoaders } from '../attestations/attestation.loaders';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { loadAll } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import { amsterdamDate } from '@regie/domain';
import {
  AnswerRequirementInput,
  CreateMinimumStandardInput,
  ReviewAnswerInput,
  StartAssessmentInput,
} from './procurement.inputs';
import { ProcurementLoaders } from './procurement.loaders';
import {
  Assessment,
  AssessmentAnswer,
  AssessmentConnection,
  MinimumStandard,
  Requirement,
} from './standard.types';
import { countMandatoryMet, StandardsService } from './standards.service';

@Resolver(() => MinimumStandard)
export class MinimumStandardsResolver {
  constructor(
    private readonly service: StandardsService,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => [MinimumStandard])
  minimumStandards(@CurrentViewer() viewer: Viewer) {
    return this.service.listStandards(viewer);
  }

  @Query(() => MinimumStandard, { nullable: true })
  minimumStandard(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findStandard(viewer, id);
  }

  @Mutation(() => MinimumStandard)
  createMinimumStandard(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateMinimumStandardInput,
  ) {
    return this.service.createStandard(viewer, input);
  }

  @Mutation(() => MinimumStandard)
  publishMinimumStandard(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.publishStandard(viewer, id);
  }

  @ResolveField(() => Organisation)
  sectorBody(@Parent() standard: MinimumStandard, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(standard.sectorBodyId);
  }
}

@Resolver(() => Assessment)
export class AssessmentsResolver {
  constructor(
    private readonly service: StandardsService,
    private readonly loaders: ProcurementLoaders,
    private readonly products: ProductLoaders,
  ) {}

  @Query(() => Assessment, { nullable: true })
  assessment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findAssessment(viewer, id);
  }

  @Query(() => AssessmentConnection)
  assessments(
    @CurrentViewer() viewer: Viewer,
    @Args('standardId', { type: () => ID, nullable: true }) standardId: string | null,
    @Args('productId', { type: () => ID, nullable: true }) productId: string | null,
    @Args('status', { type: () => AssessmentStatus, nullable: true })
    status: AssessmentStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.listAssessments(viewer, { standardId, productId, status, first, after });
  }

  @Mutation(() => Assessment)
  startAssessment(@CurrentViewer() viewer: Viewer, @Args('input') input: StartAssessmentInput) {
    return this.service.startAssessment(viewer, input);
  }

  @Mutation(() => Assessment)
  answerRequirement(@CurrentViewer() viewer: Viewer, @Args('input') input: AnswerRequirementInput) {
    return this.service.answerRequirement(viewer, input);
  }

  @Mutation(() => Assessment)
  submitAssessment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.submitAssessment(viewer, id);
  }

  @Mutation(() => Assessment)
  reviewAnswer(@CurrentViewer() viewer: Viewer, @Args('input') input: ReviewAnswerInput) {
    return this.service.reviewAnswer(viewer, input);
  }

  @ResolveField(() => Product)
  product(@Parent() a: Assessment, @Context() ctx: RequestContext) {
    return this.products.productById(ctx).load(a.productId);
  }

  /** The standard of a visible assessment is published (assessments start only on those). */
  @ResolveField(() => MinimumStandard)
  standard(@Parent() a: Assessment, @Context() ctx: RequestContext) {
    return this.loaders.standard(ctx).load(a.standardId);
  }

  @ResolveField(() => Int)
  async mandatoryTotal(@Parent() a: Assessment, @Context() ctx: RequestContext) {
    const standard = await this.loaders.standard(ctx).load(a.standardId);
    return standard?.requirements.filter((r) => r.mandatory).length ?? 0;
  }

  @ResolveField(() => Int, {
    description:
      'Mandatory requirements answered MEETS and, where the requirement names evidence types, ' +
      'backed by a linked attestation of such a type that is not EXPIRED today.',
  })
  async mandatoryMet(@Parent() a: Assessment, @Context() ctx: RequestContext) {
    return mandatoryMet(this.loaders, ctx, a);
  }
}

/** mandatoryMet of DOMAIN.md, recomputed on each read so that expiry counts the same day. */
export async function mandatoryMet(
  loaders: ProcurementLoaders,
  ctx: RequestContext,
  a: Assessment,
): Promise<number> {
  const standard = await loaders.standard(ctx).load(a.standardId);
  if (!standard) return 0;
  const ids = [...new Set(a.stored.flatMap((s) => s.evidenceIds))];
  const rows = await loadAll(loaders.evidence(ctx), ids);
  const evidence = new Map<string, { type: string; validUntil: string }>();
  ids.forEach((id, i) => {
    const row = rows[i];
    if (row) evidence.set(id, row);
  });
  return countMandatoryMet(standard.requirements, a.stored, evidence, amsterdamDate());
}

@Resolver(() => AssessmentAnswer)
export class AssessmentAnswersResolver {
  constructor(
    private readonly loaders: ProcurementLoaders,
    private readonly attestations: AttestationLoaders,
  ) {}

  @ResolveField(() => Requirement)
  async requirement(@Parent() answer: AssessmentAnswer, @Context() ctx: RequestContext) {
    const standard = await this.loaders.standard(ctx).load(answer.standardId);
    return standard?.requirements.find((r) => r.id === answer.requirementId);
  }

  @ResolveField(() => [Attestation], {
    description:
      "The vendor's own attestations linked as evidence, as far as the caller sees them.",
  })
  async evidence(@Parent() answer: AssessmentAnswer, @Context() ctx: RequestContext) {
    const rows = await loadAll(this.attestations.attestation(ctx), answer.evidenceIds);
    return rows.filter((r): r is Attestation => !!r);
  }
}
