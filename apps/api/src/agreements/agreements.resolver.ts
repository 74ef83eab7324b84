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
import { EduvDataService } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { isMemberOf, type Viewer } from '../auth/viewer';
import { Person } from '../common/person.types';
import type { RequestContext } from '../common/request-context';
import { FileInfo } from '../files/file.types';
import { FilesService } from '../files/files.service';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { PrivacyLeaflet } from '../products/privacy-leaflet.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import {
  AcceptGeneralOfferInput,
  AddDeviationInput,
  AddReviewNoteInput,
  AgreementFilter,
  AgreementVersionInput,
  AssessDeviationInput,
  AttachDocumentInput,
  CreateAgreementInput,
  PublishGeneralOfferInput,
  RequestChangesInput,
  TerminateAgreementInput,
  UpdateAgreementInput,
} from './agreement.inputs';
import { AgreementLoaders } from './agreement.loaders';
import {
  Deviation,
  GeneralOffer,
  GeneralOfferConnection,
  ProcessingAgreement,
  ProcessingAgreementConnection,
  ReviewNote,
  Signature,
} from './agreement.types';
import { AgreementsService } from './agreements.service';

const DATA_SERVICE_ORDER = Object.values(EduvDataService);

@Resolver(() => ProcessingAgreement)
export class AgreementsResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly loaders: AgreementLoaders,
    private readonly productLoaders: ProductLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly files: FilesService,
  ) {}

  @Query(() => ProcessingAgreement, {
    nullable: true,
    description: 'Null unless the caller is a party to it.',
  })
  agreement(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Query(() => ProcessingAgreementConnection, {
    description: "The agreements of the caller's organisations, newest first.",
  })
  agreements(
    @CurrentViewer() viewer: Viewer,
    // Typed as the class, not `| null`: the validation pipe reads it from the metadata.
    @Args('filter', { type: () => AgreementFilter, nullable: true })
    filter: AgreementFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, filter, first, after);
  }

  @Mutation(() => ProcessingAgreement)
  createAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAgreementInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => ProcessingAgreement, { description: 'Only in DRAFT or CHANGES_REQUESTED.' })
  updateAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateAgreementInput) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  addDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: AddDeviationInput) {
    return this.service.addDeviation(viewer, input);
  }

  @Mutation(() => Deviation)
  assessDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: AssessDeviationInput) {
    return this.service.assessDeviation(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  submitAgreementForReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AgreementVersionInput,
  ) {
    return this.service.submit(viewer, input.agreementId, input.version);
  }

  @Mutation(() => ProcessingAgreement)
  requestAgreementChanges(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RequestChangesInput,
  ) {
    return this.service.requestChanges(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  approveAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: AgreementVersionInput) {
    return this.service.approve(viewer, input.agreementId, input.version);
  }

  @Mutation(() => ProcessingAgreement, {
    description: 'Signs for the party of which the caller is a SIGNATORY.',
  })
  signAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: AgreementVersionInput) {
    return this.service.sign(viewer, input.agreementId, input.version);
  }

  @Mutation(() => ProcessingAgreement)
  terminateAgreement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: TerminateAgreementInput,
  ) {
    return this.service.terminate(viewer, input);
  }

  @Mutation(() => ReviewNote)
  addReviewNote(@CurrentViewer() viewer: Viewer, @Args('input') input: AddReviewNoteInput) {
    return this.service.addReviewNote(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  attachAgreementDocument(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AttachDocumentInput,
  ) {
    return this.service.attachDocument(viewer, input);
  }

  @Mutation(() => ProcessingAgreement, {
    description:
      "Creates the board's agreement on the vendor's standing terms, IN_REVIEW; the board's FG approves and its signatory signs; no new vendor signature.",
  })
  acceptGeneralOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcceptGeneralOfferInput,
  ) {
    return this.service.acceptGeneralOffer(viewer, input);
  }

  @ResolveField(() => Organisation)
  async board(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(a.boardId))!;
  }

  @ResolveField(() => Organisation)
  async vendor(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(a.vendorId))!;
  }

  @ResolveField(() => [Product])
  products(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return this.productsOf(a, ctx);
  }

  @ResolveField(() => [PrivacyLeaflet], {
    description:
      "Before review, the products' current leaflets; from submission on, the versions fixed with the agreement.",
  })
  async leaflets(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    const ids = a.leafletsFixed
      ? await this.loaders.fixedLeafletIds(ctx).load(a.id)
      : (await this.productsOf(a, ctx)).flatMap((p) =>
          p.currentLeafletId ? [p.currentLeafletId] : [],
        );
    const leaflets = await this.productLoaders.leafletById(ctx).loadMany(ids);
    return leaflets.filter((l): l is PrivacyLeaflet => l instanceof PrivacyLeaflet);
  }

  @ResolveField(() => [EduvDataService], {
    description: 'The Edu-V data services its products use.',
  })
  async dataServices(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    const used = new Set((await this.productsOf(a, ctx)).flatMap((p) => p.dataServices));
    return DATA_SERVICE_ORDER.filter((s) => used.has(s));
  }

  @ResolveField(() => [Deviation])
  deviations(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return this.loaders.deviations(ctx).load(a.id);
  }

  @ResolveField(() => [Signature])
  signatures(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return this.loaders.signatures(ctx).load(a.id);
  }

  @ResolveField(() => [FileInfo])
  async documents(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    const files = await this.loaders.documents(ctx).load(a.id);
    return files.map((f) => this.files.info(f, ctx.viewer));
  }

  @ResolveField(() => [ReviewNote], { description: "The board's own notes; empty for the vendor." })
  reviewNotes(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return isMemberOf(ctx.viewer, a.boardId) ? this.loaders.reviewNotes(ctx).load(a.id) : [];
  }

  @ResolveField(() => ProcessingAgreement, { nullable: true })
  supersedes(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return a.supersedesId ? this.loaders.agreementById(ctx).load(a.supersedesId) : null;
  }

  private async productsOf(a: ProcessingAgreement, ctx: RequestContext): Promise<Product[]> {
    const ids = await this.loaders.productIds(ctx).load(a.id);
    const products = await this.productLoaders.productById(ctx).loadMany(ids);
    return products.filter((p): p is Product => p instanceof Product);
  }
}

@Resolver(() => Signature)
export class SignatureResolver {
  constructor(private readonly loaders: AgreementLoaders) {}

  @ResolveField(() => Person)
  async signedBy(@Parent() s: Signature, @Context() ctx: RequestContext) {
    return (await this.loaders.person(ctx).load(s.signedById)) ?? unknownPerson(s.signedById);
  }
}

@Resolver(() => ReviewNote)
export class ReviewNoteResolver {
  constructor(private readonly loaders: AgreementLoaders) {}

  @ResolveField(() => Person)
  async author(@Parent() n: ReviewNote, @Context() ctx: RequestContext) {
    return (await this.loaders.person(ctx).load(n.authorId)) ?? unknownPerson(n.authorId);
  }
}

@Resolver(() => GeneralOffer)
export class GeneralOffersResolver {
  constructor(
    private readonly service: AgreementsService,
    private readonly loaders: AgreementLoaders,
    private readonly productLoaders: ProductLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly files: FilesService,
  ) {}

  @Query(() => GeneralOfferConnection, {
    description:
      "Published general offers (and the caller's vendor's withdrawn ones), newest first.",
  })
  generalOffers(
    @CurrentViewer() viewer: Viewer,
    @Args('vendorId', { type: () => ID, nullable: true }) vendorId: string | null,
    @Args('productId', { type: () => ID, nullable: true }) productId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.listGeneralOffers(viewer, { vendorId, productId, first, after });
  }

  @Mutation(() => GeneralOffer, {
    description: "Publishes the vendor's signed standing terms (a PDF uploaded for the vendor).",
  })
  publishGeneralOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishGeneralOfferInput,
  ) {
    return this.service.publishGeneralOffer(viewer, input);
  }

  @Mutation(() => GeneralOffer, {
    description: 'No board may accept it any more; agreements already made stand.',
  })
  withdrawGeneralOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.service.withdrawGeneralOffer(viewer, id);
  }

  @ResolveField(() => Organisation)
  async vendor(@Parent() o: GeneralOffer, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(o.vendorId))!;
  }

  @ResolveField(() => [Product])
  async products(@Parent() o: GeneralOffer, @Context() ctx: RequestContext) {
    const ids = await this.loaders.offerProductIds(ctx).load(o.id);
    const products = await this.productLoaders.productById(ctx).loadMany(ids);
    return products.filter((p): p is Product => p instanceof Product);
  }

  @ResolveField(() => FileInfo, { description: 'The signed terms (PDF).' })
  async terms(@Parent() o: GeneralOffer, @Context() ctx: RequestContext) {
    const file = await this.loaders.file(ctx).load(o.termsFileId);
    return this.files.info(file!, ctx.viewer);
  }
}

/** Product.generalOffers, added from here so that products need not know us. */
@Resolver(() => Product)
export class ProductGeneralOffersResolver {
  constructor(private readonly loaders: AgreementLoaders) {}

  @ResolveField(() => [GeneralOffer], {
    description: "Published general offers covering the product (and its vendor's withdrawn ones).",
  })
  generalOffers(@Parent() product: Product, @Context() ctx: RequestContext) {
    return this.loaders.offersByProduct(ctx).load(product.id);
  }
}

function unknownPerson(id: string): Person {
  return Object.assign(new Person(), { id, name: '' });
}
