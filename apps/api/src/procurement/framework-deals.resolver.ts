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
import { DealStatus } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { loadAll } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import { Assessment } from './standard.types';
import { SignatureParty } from '@regie/domain';
import { AgreementLoaders } from '../agreements/agreement.loaders';
import { ProcessingAgreement, Signature } from '../agreements/agreement.types';
import { FrameworkDealsService } from './framework-deals.service';
import {
  AddDealDeviationInput,
  CreateFrameworkDealInput,
  JoinFrameworkDealInput,
} from './procurement.inputs';
import { ProcurementLoaders } from './procurement.loaders';
import { FrameworkDeal, FrameworkDealConnection, Participation, Tender } from './tender.types';

@Resolver(() => FrameworkDeal)
export class FrameworkDealsResolver {
  constructor(
    private readonly service: FrameworkDealsService,
    private readonly loaders: ProcurementLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly productLoaders: ProductLoaders,
  ) {}

  @Query(() => FrameworkDealConnection)
  frameworkDeals(
    @CurrentViewer() viewer: Viewer,
    @Args('vendorId', { type: () => ID, nullable: true }) vendorId: string | null,
    @Args('status', { type: () => DealStatus, nullable: true }) status: DealStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, { vendorId, status, first, after });
  }

  @Query(() => FrameworkDeal, { nullable: true })
  frameworkDeal(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.find(viewer, id);
  }

  @Mutation(() => FrameworkDeal)
  createFrameworkDeal(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateFrameworkDealInput,
  ) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => FrameworkDeal)
  addDealDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: AddDealDeviationInput) {
    return this.service.addDeviation(viewer, input);
  }

  @Mutation(() => FrameworkDeal, {
    description: "The vendor's SIGNATORY accepts the deal's terms and signs them.",
  })
  acceptFrameworkDeal(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.accept(viewer, id);
  }

  @Mutation(() => Participation, {
    description:
      "A board's SIGNATORY joins a published deal: its ACTIVE agreement is created with it.",
  })
  joinFrameworkDeal(@CurrentViewer() viewer: Viewer, @Args('input') input: JoinFrameworkDealInput) {
    return this.service.join(viewer, input);
  }

  @Mutation(() => FrameworkDeal)
  publishFrameworkDeal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.publish(viewer, id);
  }

  @ResolveField(() => Organisation)
  sectorBody(@Parent() deal: FrameworkDeal, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(deal.sectorBodyId);
  }

  @ResolveField(() => Organisation)
  vendor(@Parent() deal: FrameworkDeal, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(deal.vendorId);
  }

  @ResolveField(() => [Product])
  async products(@Parent() deal: FrameworkDeal, @Context() ctx: RequestContext) {
    const products = await loadAll(this.productLoaders.productById(ctx), deal.productIds);
    return products.filter((p): p is Product => !!p);
  }

  @ResolveField(() => Tender, { nullable: true })
  tender(@Parent() deal: FrameworkDeal, @Context() ctx: RequestContext) {
    return deal.tenderId ? this.loaders.tender(ctx).load(deal.tenderId) : null;
  }

  @ResolveField(() => Signature, {
    nullable: true,
    description: "The vendor's acceptance of the deal's terms; required before publication.",
  })
  vendorSignature(@Parent() deal: FrameworkDeal) {
    const s = deal.row.vendorSignature;
    if (!s) return null;
    // Signature.signedBy is resolved from signedById by the agreements module.
    return Object.assign(new Signature(), {
      party: SignatureParty.VENDOR,
      signedById: s.signedById,
      signedAt: new Date(s.signedAt),
      documentSha256: s.documentSha256,
    });
  }

  @ResolveField(() => Int)
  participantCount(@Parent() deal: FrameworkDeal, @Context() ctx: RequestContext) {
    return this.loaders.participantCount(ctx).load(deal.id);
  }

  @ResolveField(() => [Participation], {
    description: 'The sector body sees all; a board its own.',
  })
  participations(@Parent() deal: FrameworkDeal, @Context() ctx: RequestContext) {
    return this.loaders.participations(ctx).load(deal.id);
  }
}

@Resolver(() => Participation)
export class ParticipationsResolver {
  constructor(
    private readonly loaders: ProcurementLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly agreements: AgreementLoaders,
  ) {}

  @ResolveField(() => FrameworkDeal)
  deal(@Parent() p: Participation, @Context() ctx: RequestContext) {
    return this.loaders.deal(ctx).load(p.dealId);
  }

  @ResolveField(() => Organisation)
  board(@Parent() p: Participation, @Context() ctx: RequestContext) {
    return this.organisations.byId(ctx).load(p.boardId);
  }

  @ResolveField(() => ProcessingAgreement, {
    nullable: true,
    description: 'Null unless the caller is a party to the agreement.',
  })
  agreement(@Parent() p: Participation, @Context() ctx: RequestContext) {
    return p.agreementId ? this.agreements.agreementById(ctx).load(p.agreementId) : null;
  }
}

/** Product.frameworkDeals and Product.assessments, added from here: products need not know us. */
@Resolver(() => Product)
export class ProductProcurementResolver {
  constructor(private readonly loaders: ProcurementLoaders) {}

  @ResolveField(() => [FrameworkDeal], { description: 'The framework deals covering it.' })
  frameworkDeals(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.loaders.dealsByProduct(ctx).load(product.id);
  }

  @ResolveField(() => [Assessment], {
    description: 'Its assessments against minimum standards, newest first.',
  })
  assessments(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.loaders.assessmentsByProduct(ctx).load(product.id);
  }
}

/** ProcessingAgreement.frameworkDeal, added from here: agreements need not know us. */
@Resolver(() => ProcessingAgreement)
export class AgreementFrameworkDealResolver {
  constructor(private readonly loaders: ProcurementLoaders) {}

  @ResolveField(() => FrameworkDeal, {
    nullable: true,
    description: 'The framework deal it was joined under (source FRAMEWORK).',
  })
  frameworkDeal(@Parent() agreement: ProcessingAgreement, @Context() ctx: RequestContext) {
    return agreement.frameworkDealId
      ? this.loaders.deal(ctx).load(agreement.frameworkDealId)
      : null;
  }
}
