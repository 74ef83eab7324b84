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
import { maturityResult } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { BoardAssessmentsService } from './board-assessments.service';
import { AnswerMaturityInput, StartBoardAssessmentInput } from './procurement.inputs';
import { ProcurementLoaders } from './procurement.loaders';
import { BoardAssessment, MaturityAnswer, MinimumStandard, Requirement } from './standard.types';

@Resolver(() => BoardAssessment)
export class BoardAssessmentsResolver {
  constructor(
    private readonly service: BoardAssessmentsService,
    private readonly loaders: ProcurementLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => [BoardAssessment], {
    description: "The board's own assessments against BOARD standards, newest first.",
  })
  boardAssessments(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
    @Args('standardId', { type: () => ID, nullable: true }) standardId: string | null,
  ) {
    return this.service.list(viewer, boardId, standardId);
  }

  @Query(() => BoardAssessment, { nullable: true })
  boardAssessment(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.find(viewer, id);
  }

  @Mutation(() => BoardAssessment)
  startBoardAssessment(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: StartBoardAssessmentInput,
  ) {
    return this.service.start(viewer, input);
  }

  @Mutation(() => BoardAssessment)
  answerMaturity(@CurrentViewer() viewer: Viewer, @Args('input') input: AnswerMaturityInput) {
    return this.service.answer(viewer, input);
  }

  @Mutation(() => BoardAssessment)
  submitBoardAssessment(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.submit(viewer, id);
  }

  @ResolveField(() => Organisation)
  board(@Parent() a: BoardAssessment, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(a.boardId);
  }

  /** The standard of a visible assessment is published (assessments start only on those). */
  @ResolveField(() => MinimumStandard)
  standard(@Parent() a: BoardAssessment, @Context() ctx: RequestContext) {
    return this.loaders.standard(ctx).load(a.standardId);
  }

  @ResolveField(() => Int, { description: 'Requirements answered at or above their minimumLevel.' })
  async minimumMet(@Parent() a: BoardAssessment, @Context() ctx: RequestContext) {
    return (await this.result(a, ctx)).minimumMet;
  }

  @ResolveField(() => Int, {
    description:
      'Requirements answered at or above their targetLevel (those with a development line).',
  })
  async targetMet(@Parent() a: BoardAssessment, @Context() ctx: RequestContext) {
    return (await this.result(a, ctx)).targetMet;
  }

  @ResolveField(() => Int)
  async requirementTotal(@Parent() a: BoardAssessment, @Context() ctx: RequestContext) {
    return (await this.result(a, ctx)).requirementTotal;
  }

  private async result(a: BoardAssessment, ctx: RequestContext) {
    const standard = await this.loaders.standard(ctx).load(a.standardId);
    return maturityResult(standard?.requirements ?? [], a.stored);
  }
}

@Resolver(() => MaturityAnswer)
export class MaturityAnswersResolver {
  constructor(private readonly loaders: ProcurementLoaders) {}

  @ResolveField(() => Requirement)
  async requirement(@Parent() answer: MaturityAnswer, @Context() ctx: RequestContext) {
    const standard = await this.loaders.standard(ctx).load(answer.standardId);
    return standard?.requirements.find((r) => r.id === answer.requirementId);
  }
}
