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
import { AccessRequestStatus, OrganisationKind } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { loadAll } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { FileInfo } from '../files/file.types';
import { FilesService } from '../files/files.service';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import {
  AttestationFilter,
  CreateAttestationInput,
  DecideAttestationAccessInput,
  RequestAttestationAccessInput,
  UpdateAttestationInput,
  VerifyAttestationInput,
} from './attestation.inputs';
import { AttestationLoaders } from './attestation.loaders';
import {
  Attestation,
  AttestationAccessRequest,
  AttestationAccessRequestConnection,
  AttestationConnection,
} from './attestation.types';
import { AttestationsService } from './attestations.service';

@Resolver(() => Attestation)
export class AttestationsResolver {
  constructor(
    private readonly service: AttestationsService,
    private readonly loaders: AttestationLoaders,
    private readonly organisations: OrganisationLoaders,
    private readonly files: FilesService,
    private readonly products_: ProductLoaders,
  ) {}

  @Query(() => Attestation, {
    nullable: true,
    description: 'Null when there is none the caller may see.',
  })
  attestation(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.findVisible(viewer, id);
  }

  @Query(() => AttestationConnection, {
    description: 'The attestations the caller may see, soonest end first.',
  })
  attestations(
    @CurrentViewer() viewer: Viewer,
    @Args('filter', { type: () => AttestationFilter, nullable: true })
    filter: AttestationFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, filter, first, after);
  }

  @Query(() => AttestationAccessRequestConnection, {
    description:
      "Requests for the caller's vendor's attestations and those its organisations made, newest first.",
  })
  attestationAccessRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('attestationId', { type: () => ID, nullable: true }) attestationId: string | null,
    @Args('status', { type: () => AccessRequestStatus, nullable: true })
    status: AccessRequestStatus | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.listAccessRequests(viewer, { attestationId, status, first, after });
  }

  @Mutation(() => Attestation, {
    description: 'Records an attestation with a PDF uploaded for the vendor (POST /api/files).',
  })
  createAttestation(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateAttestationInput) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Attestation, {
    description: "Changes who sees an attestation and which of the vendor's products it covers.",
  })
  updateAttestation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAttestationInput,
  ) {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => Attestation, { description: "A sector body reviewer's verdict, with a note." })
  verifyAttestation(@CurrentViewer() viewer: Viewer, @Args('input') input: VerifyAttestationInput) {
    return this.service.verify(viewer, input);
  }

  @Mutation(() => AttestationAccessRequest, {
    description: "Asks the vendor to read a RESTRICTED attestation's document.",
  })
  requestAttestationAccess(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RequestAttestationAccessInput,
  ) {
    return this.service.requestAccess(viewer, input);
  }

  @Mutation(() => AttestationAccessRequest, { description: 'Grants or denies a pending request.' })
  decideAttestationAccess(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: DecideAttestationAccessInput,
  ) {
    return this.service.decideAccess(viewer, input);
  }

  @Mutation(() => AttestationAccessRequest, { description: 'Ends a grant, from the next read on.' })
  revokeAttestationAccess(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }) requestId: string,
  ) {
    return this.service.revokeAccess(viewer, requestId);
  }

  @ResolveField(() => Organisation)
  async vendor(@Parent() attestation: Attestation, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(attestation.vendorId))!;
  }

  @ResolveField(() => FileInfo, {
    nullable: true,
    description: 'Null when the caller may not read the document.',
  })
  async document(@Parent() attestation: Attestation, @Context() ctx: RequestContext) {
    if (!(await this.service.documentAccessFor(ctx, attestation))) return null;
    const file = await this.loaders.file(ctx).load(attestation.documentFileId);
    return file ? this.files.info(file, ctx.viewer) : null;
  }

  @ResolveField(() => Attestation, {
    nullable: true,
    description: 'The attestation this one renews.',
  })
  supersedes(@Parent() attestation: Attestation, @Context() ctx: RequestContext) {
    return attestation.supersedesId
      ? this.loaders.attestation(ctx).load(attestation.supersedesId)
      : null;
  }

  @ResolveField(() => Attestation, {
    nullable: true,
    description: 'The attestation that renews this one, if any (and the caller sees it).',
  })
  supersededBy(@Parent() attestation: Attestation, @Context() ctx: RequestContext) {
    return this.loaders.renewal(ctx).load(attestation.id);
  }

  @ResolveField(() => [Product], { description: 'The products it covers.' })
  async products(@Parent() attestation: Attestation, @Context() ctx: RequestContext) {
    const ids = await this.loaders.productIds(ctx).load(attestation.id);
    const products = await loadAll(this.products_.productById(ctx), ids);
    return products.filter((p): p is Product => p instanceof Product);
  }
}

@Resolver(() => AttestationAccessRequest)
export class AttestationAccessRequestResolver {
  constructor(
    private readonly loaders: AttestationLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @ResolveField(() => Attestation)
  async attestation(@Parent() request: AttestationAccessRequest, @Context() ctx: RequestContext) {
    // Requests exist for RESTRICTED attestations, whose metadata everyone sees.
    return (await this.loaders.attestation(ctx).load(request.attestationId))!;
  }

  @ResolveField(() => Organisation)
  async requester(@Parent() request: AttestationAccessRequest, @Context() ctx: RequestContext) {
    return (await this.organisations.byId(ctx).load(request.requesterOrganisationId))!;
  }
}

/** Organisation.attestations, added from here so that organisations need not know us. */
@Resolver(() => Organisation)
export class OrganisationAttestationsResolver {
  constructor(private readonly loaders: AttestationLoaders) {}

  @ResolveField(() => [Attestation], {
    description: 'Vendors only: the attestations that the caller may see.',
  })
  attestations(@Parent() organisation: Organisation, @Context() ctx: RequestContext) {
    if (organisation.kind !== OrganisationKind.VENDOR || !ctx.viewer) return [];
    return this.loaders.byVendor(ctx).load(organisation.id);
  }
}

/** Product.attestations, added from here so that products need not know us. */
@Resolver(() => Product)
export class ProductAttestationsResolver {
  constructor(private readonly loaders: AttestationLoaders) {}

  @ResolveField(() => [Attestation], {
    description: 'The attestations covering this product that the caller may see.',
  })
  attestations(@Parent() product: Product, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return [];
    return this.loaders.byProduct(ctx).load(product.id);
  }
}
