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
import {
  agreementWaitingOn,
  AgreementStatus,
  EduvDataService,
  OrganisationKind,
  SignatureParty,
} from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { loadAll } from '../common/loaders';
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
  ChooseAgreementExitInput,
  ConfirmAgreementExitInput,
  CreateAgreementInput,
  PostAgreementMessageInput,
  PublishGeneralOfferInput,
  RequestChangesInput,
  TerminateAgreementInput,
  UpdateAgreementInput,
  UpdateDeviationInput,
  WithdrawDeviationInput,
} from './agreement.inputs';
import { AgreementLoaders } from './agreement.loaders';
import {
  AgreementExit,
  AgreementMessage,
  Deviation,
  GeneralOffer,
  GeneralOfferConnection,
  ProcessingAgreement,
  ProcessingAgreementConnection,
  ReviewNote,
  Signature,
} from './agreement.types';
import { AgreementDraftingService } from './agreement-drafting.service';
import { AgreementExitService } from './agreement-exit.service';
import { AgreementReviewService } from './agreement-review.service';
import { AgreementSigningService } from './agreement-signing.service';
import { AgreementsService } from './agreements.service';
import { GeneralOffersService } from './general-offers.service';

const DATA_SERVICE_ORDER = Object.values(EduvDataService);

@Resolver(() => ProcessingAgreement)
export class AgreementsResolver {
  constructor(
    private readonly reads: AgreementsService,
    private readonly drafting: AgreementDraftingService,
    private readonly review: AgreementReviewService,
    private readonly signing: AgreementSigningService,
    private readonly exits: AgreementExitService,
    private readonly offers: GeneralOffersService,
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
    return this.reads.findVisible(viewer, id);
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
    return this.reads.list(viewer, filter, first, after);
  }

  @Mutation(() => ProcessingAgreement)
  createAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAgreementInput) {
    return this.drafting.create(viewer, input);
  }

  @Mutation(() => ProcessingAgreement, { description: 'Only in DRAFT or CHANGES_REQUESTED.' })
  updateAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateAgreementInput) {
    return this.drafting.update(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  addDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: AddDeviationInput) {
    return this.drafting.addDeviation(viewer, input);
  }

  @Mutation(() => Deviation)
  assessDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: AssessDeviationInput) {
    return this.review.assessDeviation(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  submitAgreementForReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AgreementVersionInput,
  ) {
    return this.drafting.submit(viewer, input.agreementId, input.version);
  }

  @Mutation(() => ProcessingAgreement)
  requestAgreementChanges(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RequestChangesInput,
  ) {
    return this.review.requestChanges(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  approveAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: AgreementVersionInput) {
    return this.review.approve(viewer, input.agreementId, input.version);
  }

  @Mutation(() => ProcessingAgreement, {
    description: 'Signs for the party of which the caller is a SIGNATORY.',
  })
  signAgreement(@CurrentViewer() viewer: Viewer, @Args('input') input: AgreementVersionInput) {
    return this.signing.sign(viewer, input.agreementId, input.version);
  }

  @Mutation(() => ProcessingAgreement)
  terminateAgreement(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: TerminateAgreementInput,
  ) {
    return this.signing.terminate(viewer, input);
  }

  @Mutation(() => ReviewNote)
  addReviewNote(@CurrentViewer() viewer: Viewer, @Args('input') input: AddReviewNoteInput) {
    return this.review.addReviewNote(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  attachAgreementDocument(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AttachDocumentInput,
  ) {
    return this.drafting.attachDocument(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  updateDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateDeviationInput) {
    return this.drafting.updateDeviation(viewer, input);
  }

  @Mutation(() => ProcessingAgreement)
  withdrawDeviation(@CurrentViewer() viewer: Viewer, @Args('input') input: WithdrawDeviationInput) {
    return this.drafting.withdrawDeviation(viewer, input);
  }

  @Mutation(() => AgreementMessage, {
    description: 'A message to the other party, visible to both.',
  })
  postAgreementMessage(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PostAgreementMessageInput,
  ) {
    return this.review.postMessage(viewer, input);
  }

  @Mutation(() => ProcessingAgreement, {
    description:
      'The vendor confirms that the data of a terminated agreement was returned and deleted as chosen.',
  })
  confirmAgreementExit(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ConfirmAgreementExitInput,
  ) {
    return this.exits.confirm(viewer, input);
  }

  @Mutation(() => ProcessingAgreement, {
    description:
      'The board chooses deletion or return for an agreement that has ended or will end.',
  })
  chooseAgreementExit(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChooseAgreementExitInput,
  ) {
    return this.exits.choose(viewer, input);
  }

  @Mutation(() => ProcessingAgreement, {
    description:
      "Creates the board's agreement on the vendor's standing terms, IN_REVIEW; the board's FG approves and its signatory signs; no new vendor signature.",
  })
  acceptGeneralOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AcceptGeneralOfferInput,
  ) {
    return this.offers.accept(viewer, input);
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
    const leaflets = await loadAll(this.productLoaders.leafletById(ctx), ids);
    return leaflets.filter((l): l is PrivacyLeaflet => l !== null);
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

  @ResolveField(() => FileInfo, {
    nullable: true,
    description:
      "Once ACTIVE: a PDF of exactly what was signed, with every signature, the vendor's consent it rests on (for GENERAL_OFFER and FRAMEWORK) and the content hash; both parties may download it.",
  })
  async signedDocument(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    if (!a.signedDocumentFileId) return null;
    const file = await this.loaders.file(ctx).load(a.signedDocumentFileId);
    return file ? this.files.info(file, ctx.viewer) : null;
  }

  @ResolveField(() => [ReviewNote], { description: "The board's own notes; empty for the vendor." })
  reviewNotes(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return this.loaders.reviewNotes(ctx).load(a.id);
  }

  @ResolveField(() => ProcessingAgreement, { nullable: true })
  supersedes(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return a.supersedesId ? this.loaders.agreementById(ctx).load(a.supersedesId) : null;
  }

  @ResolveField(() => GeneralOffer, {
    nullable: true,
    description:
      "For source GENERAL_OFFER: the offer whose signed terms the vendor's consent rests on.",
  })
  generalOffer(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return a.generalOfferId ? this.loaders.generalOfferById(ctx).load(a.generalOfferId) : null;
  }

  @ResolveField(() => [AgreementMessage], {
    description:
      'The conversation between the two parties, oldest first; both parties see it (unlike reviewNotes).',
  })
  messages(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    return this.loaders.messages(ctx).load(a.id);
  }

  @ResolveField(() => [SignatureParty], {
    description:
      'The parties whose step the agreement now waits for; empty when nothing waits (ACTIVE, ENDED states).',
  })
  async waitingOn(@Parent() a: ProcessingAgreement, @Context() ctx: RequestContext) {
    // Only an approved agreement's signatures matter: no statement for the others.
    const signed =
      a.status === AgreementStatus.APPROVED ? await this.loaders.signatures(ctx).load(a.id) : [];
    return agreementWaitingOn({
      status: a.status,
      source: a.source,
      createdBy: a.createdBy,
      signedByBoard: signed.some((s) => s.party === SignatureParty.BOARD),
      signedByVendor: signed.some((s) => s.party === SignatureParty.VENDOR),
    });
  }

  private async productsOf(a: ProcessingAgreement, ctx: RequestContext): Promise<Product[]> {
    const ids = await this.loaders.productIds(ctx).load(a.id);
    const products = await loadAll(this.productLoaders.productById(ctx), ids);
    return products.filter((p): p is Product => p !== null);
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

@Resolver(() => AgreementMessage)
export class AgreementMessageResolver {
  constructor(private readonly loaders: AgreementLoaders) {}

  @ResolveField(() => Person)
  async author(@Parent() m: AgreementMessage, @Context() ctx: RequestContext) {
    return (await this.loaders.person(ctx).load(m.authorId)) ?? unknownPerson(m.authorId);
  }
}

@Resolver(() => AgreementExit)
export class AgreementExitResolver {
  constructor(private readonly loaders: AgreementLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  async confirmedBy(@Parent() e: AgreementExit, @Context() ctx: RequestContext) {
    if (!e.confirmedById) return null;
    return (await this.loaders.person(ctx).load(e.confirmedById)) ?? unknownPerson(e.confirmedById);
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
    private readonly reads: AgreementsService,
    private readonly offers: GeneralOffersService,
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
    return this.reads.listGeneralOffers(viewer, { vendorId, productId, first, after });
  }

  @Mutation(() => GeneralOffer, {
    description: "Publishes the vendor's signed standing terms (a PDF uploaded for the vendor).",
  })
  publishGeneralOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: PublishGeneralOfferInput,
  ) {
    return this.offers.publish(viewer, input);
  }

  @Mutation(() => GeneralOffer, {
    description: 'No board may accept it any more; agreements already made stand.',
  })
  withdrawGeneralOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ) {
    return this.offers.withdraw(viewer, id);
  }

  @ResolveField(() => Organisation)
  async vendor(@Parent() o: GeneralOffer, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(o.vendorId))!;
  }

  @ResolveField(() => [Product])
  async products(@Parent() o: GeneralOffer, @Context() ctx: RequestContext) {
    const ids = await this.loaders.offerProductIds(ctx).load(o.id);
    const products = await loadAll(this.productLoaders.productById(ctx), ids);
    return products.filter((p): p is Product => p !== null);
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

  @ResolveField(() => AgreementStatus, {
    nullable: true,
    description:
      "The status of the newest agreement covering the product of the board named (which the caller must belong to), or, without boardId, of the caller's only board; null when there is none, or no such board.",
  })
  myAgreementStatus(
    @Parent() product: Product,
    @Context() ctx: RequestContext,
    @Args('boardId', { type: () => ID, nullable: true }) boardId: string | null,
  ) {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    const boards = viewer.memberships.filter((m) => m.kind === OrganisationKind.BOARD);
    // Another organisation's agreements are never anyone else's to read: null, as for none.
    const board = boardId
      ? boards.find((m) => m.organisationId === boardId.toLowerCase())
      : boards.length === 1
        ? boards[0]
        : undefined;
    if (!board) return null;
    return this.loaders.newestStatusOfBoard(ctx, board.organisationId).load(product.id);
  }
}

function unknownPerson(id: string): Person {
  return Object.assign(new Person(), { id, name: '' });
}
