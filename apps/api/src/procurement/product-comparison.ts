import { Injectable } from '@nestjs/common';
import {
  AgreementStatus,
  amsterdamDate,
  AssessmentStatus,
  effectiveAgreementStatus,
  OrganisationKind,
} from '@regie/domain';
import { Args, Context, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AttestationType } from '@regie/domain';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { isMemberOf, type Viewer } from '../auth/viewer';
import { forbidden, invalidField } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { loadAll } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { DataAccess } from '../data-access';
import { validAttestationTypesOfProducts } from '../data-access/queries/attestations.queries';
import { newestAgreementsOfBoard } from '../data-access/queries/procurement.queries';
import { OrganisationLoaders } from '../organisations/organisation.loaders';
import { Organisation } from '../organisations/organisation.types';
import { PrivacyLeaflet } from '../products/privacy-leaflet.types';
import { ProductLoaders } from '../products/product.loaders';
import { Product } from '../products/product.types';
import { AssessmentEntity } from './assessment.entity';
import { FrameworkDealEntity } from './framework-deal.entity';
import { Assessment } from './standard.types';
import { FrameworkDeal } from './tender.types';

/** The most products one comparison takes. */
export const MAX_COMPARED = 10;

@ObjectType()
export class ProductComparison {
  @Field(() => Product)
  product!: Product;

  @Field(() => Organisation)
  vendor!: Organisation;

  @Field(() => PrivacyLeaflet, { nullable: true })
  currentLeaflet!: PrivacyLeaflet | null;

  @Field(() => [AttestationType])
  validAttestationTypes!: AttestationType[];

  @Field()
  dataOutsideEea!: boolean;

  @Field(() => Int)
  subprocessorCount!: number;

  @Field(() => Assessment, { nullable: true })
  assessment!: Assessment | null;

  @Field(() => [FrameworkDeal])
  deals!: FrameworkDeal[];

  @Field(() => Int, { nullable: true })
  lowestPricePerStudentCents!: number | null;

  @Field(() => AgreementStatus, {
    nullable: true,
    description:
      "The caller's board's newest agreement status with this vendor for this product, if any.",
  })
  myAgreementStatus!: AgreementStatus | null;
}

/**
 * Side by side, what a procurement officer weighs. Each relation is loaded for all
 * products at once, so the cost does not grow with the number compared.
 */
@Injectable()
export class ProductComparisonService {
  constructor(
    private readonly da: DataAccess,
    private readonly products: ProductLoaders,
    private readonly organisations: OrganisationLoaders,
  ) {}

  async compare(
    ctx: RequestContext,
    viewer: Viewer,
    ids: string[],
    standardId: string | null,
    boardId: string | null,
  ): Promise<ProductComparison[]> {
    if (ids.length > MAX_COMPARED)
      throw invalidField('ids', 'field.maxItems', { max: MAX_COMPARED });
    if (boardId && !isMemberOf(viewer, boardId.toLowerCase())) throw forbidden();
    // Without a board named, the caller's only board, if they have exactly one.
    const boards = viewer.memberships.filter((m) => m.kind === OrganisationKind.BOARD);
    const board = boardId?.toLowerCase() ?? (boards.length === 1 ? boards[0].organisationId : null);
    if (standardId && !isUuid(standardId)) throw invalidField('standardId', 'field.invalid');
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    const products = (await loadAll(this.products.productById(ctx), wanted)).filter(
      (p): p is Product => !!p,
    );
    if (products.length === 0) return [];
    const productIds = products.map((p) => p.id);
    const today = amsterdamDate();
    const [vendors, leaflets, attestations, assessments, deals, agreements] = await Promise.all([
      loadAll(
        this.organisations.byId(ctx),
        products.map((p) => p.vendorId),
      ),
      loadAll(
        this.products.leafletById(ctx),
        products.map((p) => p.currentLeafletId).filter((id): id is string => !!id),
      ),
      this.validAttestationTypes(viewer, productIds, today),
      this.newestAssessments(viewer, productIds, standardId),
      this.da
        .visible(viewer, FrameworkDealEntity, 'd')
        .andWhere(`d.status = 'PUBLISHED' AND d.valid_until >= :today`, { today })
        .andWhere('d.product_ids && :ids::uuid[]', { ids: productIds })
        .orderBy('d.created_at')
        .addOrderBy('d.id')
        .getMany(),
      this.newestAgreementStatuses(viewer, board, productIds, today),
    ]);
    const leafletById = new Map(
      leaflets.filter((l): l is PrivacyLeaflet => !!l).map((l) => [l.id, l]),
    );
    return products.map((product, i) => {
      const leaflet = product.currentLeafletId
        ? (leafletById.get(product.currentLeafletId) ?? null)
        : null;
      const covering = deals.filter((d) => d.productIds.includes(product.id));
      const prices = covering.flatMap((d) => d.priceTiers.map((t) => t.pricePerStudentCents));
      return Object.assign(new ProductComparison(), {
        product,
        vendor: vendors[i],
        currentLeaflet: leaflet,
        validAttestationTypes: attestations.get(product.id) ?? [],
        dataOutsideEea: leaflet?.dataOutsideEea ?? false,
        subprocessorCount: leaflet?.subprocessors.length ?? 0,
        assessment: assessments.get(product.id) ?? null,
        deals: covering.map((d) => FrameworkDeal.from(d, today)),
        lowestPricePerStudentCents: prices.length ? Math.min(...prices) : null,
        myAgreementStatus: agreements.get(product.id) ?? null,
      });
    });
  }

  /** Per product, the status (as shown today) of the board's newest agreement covering it. */
  private async newestAgreementStatuses(
    viewer: Viewer,
    boardId: string | null,
    productIds: string[],
    today: string,
  ): Promise<Map<string, AgreementStatus>> {
    if (!boardId) return new Map();
    const rows = await newestAgreementsOfBoard(this.da, viewer, boardId, productIds);
    return new Map(
      rows.map((r) => [
        r.product_id,
        effectiveAgreementStatus(
          {
            status: r.status,
            validUntil: r.valid_until,
            terminationDate: r.termination_date,
            supersededOn: r.superseded_on,
          },
          today,
        ),
      ]),
    );
  }

  /** The types of the unexpired attestations covering each product that the viewer sees. */
  private async validAttestationTypes(
    viewer: Viewer,
    productIds: string[],
    today: string,
  ): Promise<Map<string, AttestationType[]>> {
    const rows = await validAttestationTypesOfProducts(this.da, viewer, productIds, today);
    const types = new Map<string, AttestationType[]>();
    for (const r of rows) types.set(r.productId, [...(types.get(r.productId) ?? []), r.type]);
    return types;
  }

  /** A product's result: its newest submitted assessment (against the standard, if named). */
  private async newestAssessments(
    viewer: Viewer,
    productIds: string[],
    standardId: string | null,
  ): Promise<Map<string, Assessment>> {
    const query = this.da
      .visible(viewer, AssessmentEntity, 'a')
      .distinctOn(['a.product_id'])
      .andWhere('a.product_id = ANY(:ids::uuid[])', { ids: productIds })
      .andWhere('a.status <> :draft', { draft: AssessmentStatus.DRAFT })
      .orderBy('a.product_id')
      .addOrderBy('a.submitted_at', 'DESC')
      .addOrderBy('a.id', 'DESC');
    if (standardId)
      query.andWhere('a.standard_id = :standardId', { standardId: standardId.toLowerCase() });
    const rows = await query.getMany();
    return new Map(rows.map((r) => [r.productId, Assessment.from(r)]));
  }
}

@Resolver(() => ProductComparison)
export class ProductComparisonResolver {
  constructor(private readonly service: ProductComparisonService) {}

  @Query(() => [ProductComparison])
  compareProducts(
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: RequestContext,
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Args('standardId', { type: () => ID, nullable: true }) standardId: string | null,
    @Args('boardId', { type: () => ID, nullable: true }) boardId: string | null,
  ) {
    return this.service.compare(ctx, viewer, ids, standardId, boardId);
  }
}
