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
import { TenderStatus } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import {
  AwardTenderInput,
  CreateTenderInput,
  RegisterInterestInput,
  ScoreOfferInput,
  SubmitOfferInput,
  UpdateTenderInput,
} from './procurement.inputs';
import { ProcurementLoaders } from './procurement.loaders';
import { MinimumStandard } from './standard.types';
import { FrameworkDeal, Offer, Tender, TenderConnection, TenderInterest } from './tender.types';
import { TendersService } from './tenders.service';

@Resolver(() => Tender)
export class TendersResolver {
  constructor(
    private readonly service: TendersService,
    private readonly loaders: ProcurementLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => TenderConnection)
  tenders(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => TenderStatus, nullable: true }) status: TenderStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, status, first, after);
  }

  @Query(() => Tender, { nullable: true })
  tender(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.find(viewer, id);
  }

  @Mutation(() => Tender)
  createTender(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTenderInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Tender)
  updateTender(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateTenderInput,
  ) {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => Tender)
  openTenderForInterest(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.openForInterest(viewer, id);
  }

  @Mutation(() => Tender)
  registerInterest(@CurrentViewer() viewer: Viewer, @Args('input') input: RegisterInterestInput) {
    return this.service.registerInterest(viewer, input);
  }

  @Mutation(() => Tender)
  openTenderForOffers(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.openForOffers(viewer, id);
  }

  @Mutation(() => Tender)
  closeTenderOffers(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.closeOffers(viewer, id);
  }

  @Mutation(() => Tender, { description: 'Creates one DRAFT framework deal per awarded offer.' })
  awardTender(@CurrentViewer() viewer: Viewer, @Args('input') input: AwardTenderInput) {
    return this.service.award(viewer, input);
  }

  @Mutation(() => Tender)
  cancelTender(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.service.cancel(viewer, id, reason);
  }

  @ResolveField(() => Organisation)
  sectorBody(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(tender.sectorBodyId);
  }

  @ResolveField(() => MinimumStandard, { nullable: true })
  standard(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return tender.standardId ? this.loaders.standard(ctx).load(tender.standardId) : null;
  }

  @ResolveField(() => Int, {
    description: 'Bundled demand: visible to everyone who may see the tender.',
  })
  async totalStudents(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return (await this.loaders.demand(ctx).load(tender.id)).totalStudents;
  }

  @ResolveField(() => Int)
  async interestedBoards(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return (await this.loaders.demand(ctx).load(tender.id)).interestedBoards;
  }

  @ResolveField(() => [TenderInterest], {
    description: 'The sector body sees all; a board its own; a vendor none.',
  })
  interests(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return this.loaders.interests(ctx).load(tender.id);
  }

  @ResolveField(() => [Offer], {
    description:
      'A vendor sees its own; the sector body all, from EVALUATION on; nobody else, ever.',
  })
  offers(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return this.loaders.offers(ctx).load(tender.id);
  }

  @ResolveField(() => [FrameworkDeal])
  deals(@Parent() tender: Tender, @Context() ctx: RequestContext) {
    return this.loaders.dealsByTender(ctx).load(tender.id);
  }
}

@Resolver(() => TenderInterest)
export class TenderInterestsResolver {
  constructor(private readonly organisations: OrganisationLoaders) {}

  @ResolveField(() => Organisation)
  board(@Parent() interest: TenderInterest, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(interest.boardId);
  }
}

@Resolver(() => Offer)
export class OffersResolver {
  constructor(
    private readonly service: TendersService,
    private readonly loaders: ProcurementLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly products: ProductLoaders,
  ) {}

  @Mutation(() => Offer)
  submitOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: SubmitOfferInput) {
    return this.service.submitOffer(viewer, input);
  }

  @Mutation(() => Offer)
  withdrawOffer(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.withdrawOffer(viewer, id);
  }

  @Mutation(() => Offer)
  scoreOffer(@CurrentViewer() viewer: Viewer, @Args('input') input: ScoreOfferInput) {
    return this.service.scoreOffer(viewer, input);
  }

  @ResolveField(() => Tender)
  tender(@Parent() offer: Offer, @Context() ctx: RequestContext) {
    return this.loaders.tender(ctx).load(offer.tenderId);
  }

  @ResolveField(() => Organisation)
  vendor(@Parent() offer: Offer, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(offer.vendorId);
  }

  @ResolveField(() => Product)
  product(@Parent() offer: Offer, @Context() ctx: RequestContext) {
    return this.products.productById(ctx).load(offer.productId);
  }
}
