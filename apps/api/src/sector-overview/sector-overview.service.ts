// The sector's state against one published standard (DOMAIN.md, "Learning from each other
// and sector oversight"). The raw counts come from set-based statements over every board's
// agreements or board assessments (data-access/queries/sector-overview.queries.ts); what a
// reader gets has passed the small-count rule, and nothing in it names a board.
//
// The counts of a product standard walk every agreement in force, so they are kept as a
// stored summary per standard and sector: a request reads it while it is younger than
// REGIE_SECTOR_OVERVIEW_REFRESH_SECONDS; an older one is still answered (its generatedAt says
// when it was made) while this process computes it again in the background; a missing one is
// computed at once. 0 computes on every request (tests).
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamDate,
  AssessmentStatus,
  AttestationType,
  Sector,
  StandardStatus,
  StandardSubject,
  suppressCounts,
  suppressLevelSpread,
  suppressSubsets,
} from '@regie/domain';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { invalidField } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { preload } from '../common/preloaded-fields';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { DataAccess, SYSTEM } from '../data-access';
import { validAttestationTypesOfProducts } from '../data-access/queries/attestations.queries';
import {
  boardsInScope,
  evidenceOf,
  maturitySpread,
  newestAssessmentsOfStandard,
  productUsage,
  readSummary,
  storeSummary,
  summaryGeneratedAt,
} from '../data-access/queries/sector-overview.queries';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import { AssessmentEntity } from '../procurement/assessment.entity';
import { MinimumStandardEntity } from '../procurement/minimum-standard.entity';
import { Assessment, MinimumStandard, Requirement } from '../procurement/standard.types';
import { countMandatoryMet } from '../procurement/standards.service';
import { ProductEntity, productRowSelect, type ProductRow } from '../products/product.entity';
import { Product } from '../products/product.types';
import { ProductOverview, RequirementOverview, SectorOverview } from './sector-overview.types';

/** A sector filter on fewer boards than this is refused (DOMAIN.md). */
export const MIN_SECTOR_BOARDS = 10;

/** The raw counts of one overview, as stored in the summary. Never shown as they are. */
export interface OverviewFigures {
  products: {
    productId: string;
    assessmentId: string | null;
    compliant: boolean;
    /** The assessment's mandatoryMet then (absent from summaries stored before it was kept). */
    mandatoryMet?: number;
    boards: number;
  }[];
  agreementsInForce: number | null;
  agreementsOnCompliantProducts: number | null;
  boardsAssessed: number | null;
  boardsAtMinimum: number | null;
  requirements: { requirementId: string; levels: number[] }[];
}

/** What an overview names: products in the order shown, their vendors, the assessments. */
interface Catalogue {
  /** Each with its vendor preloaded. */
  rows: Product[];
  vendorNames: Map<string, string>;
  assessments: Map<string, Assessment>;
}

interface HeldSummary {
  figures: OverviewFigures;
  generatedAt: Date;
  catalogue?: Catalogue;
}

const collator = new Intl.Collator('nl');

/** An overview as shown, with the names an export writes. */
export interface ShownOverview {
  overview: SectorOverview;
  subject: StandardSubject;
  vendorNames: ReadonlyMap<string, string>;
}

@Injectable()
export class SectorOverviewService {
  private readonly logger = new Logger(SectorOverviewService.name);
  /** Refreshes under way in this process, by standard and sector. */
  private readonly refreshing = new Map<string, Promise<unknown>>();
  /**
   * The stored figures this process last read, by standard and sector, with the products and
   * vendors they name (public rows, in the order shown): read again only when the summary is.
   */
  private readonly held = new Map<string, HeldSummary>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Null for a standard the viewer cannot see or that is not published; BAD_USER_INPUT on
   * `sector` for a sector with fewer than 10 boards.
   */
  async overview(
    viewer: Viewer,
    standardId: string,
    sector: Sector | null,
  ): Promise<ShownOverview | null> {
    if (!isUuid(standardId)) return null;
    const standard = await this.da
      .visible(viewer, MinimumStandardEntity, 's')
      .andWhere('s.id = :id', { id: standardId.toLowerCase() })
      .andWhere('s.status = :published', { published: StandardStatus.PUBLISHED })
      .getOne();
    if (!standard) return null;
    if (sector && (await boardsInScope(this.dataSource.manager, sector)) < MIN_SECTOR_BOARDS)
      throw invalidField('sector', 'sectorOverview.sectorTooSmall', { min: MIN_SECTOR_BOARDS });
    const { figures, generatedAt, cached } = await this.figures(standard, sector);
    const held = cached ? this.held.get(`${standard.id}:${sector ?? ''}`) : undefined;
    return this.shown(viewer, standard, sector, figures, generatedAt, held);
  }

  private async figures(
    standard: MinimumStandardEntity,
    sector: Sector | null,
  ): Promise<{ figures: OverviewFigures; generatedAt: Date; cached: boolean }> {
    const maxAge = this.config.sectorOverviewRefreshSeconds;
    if (maxAge === 0)
      return {
        figures: await this.compute(standard, sector),
        generatedAt: new Date(),
        cached: false,
      };
    const em = this.dataSource.manager;
    const key = `${standard.id}:${sector ?? ''}`;
    // The stored row's age first: its figures travel only when this process has not read them.
    const storedAt = await summaryGeneratedAt(em, standard.id, sector);
    let stored: { figures: OverviewFigures; generatedAt: Date } | null = null;
    if (storedAt) {
      const held = this.held.get(key);
      stored =
        held && held.generatedAt.getTime() === storedAt.getTime()
          ? held
          : await readSummary<OverviewFigures>(em, standard.id, sector);
    }
    if (!stored) stored = await this.refresh(standard, sector);
    else if (Date.now() - stored.generatedAt.getTime() >= maxAge * 1000) {
      this.refresh(standard, sector).catch((error: unknown) =>
        this.logger.error(`sector overview refresh failed: ${String(error)}`),
      );
    }
    if (this.held.get(key) !== stored) this.held.set(key, { ...stored, catalogue: undefined });
    return { ...stored, cached: true };
  }

  /** Computes and stores the summary; one refresh per standard and sector at a time. */
  private refresh(
    standard: MinimumStandardEntity,
    sector: Sector | null,
  ): Promise<{ figures: OverviewFigures; generatedAt: Date }> {
    const key = `${standard.id}:${sector ?? ''}`;
    const running = this.refreshing.get(key) as
      Promise<{ figures: OverviewFigures; generatedAt: Date }> | undefined;
    if (running) return running;
    const work = (async () => {
      const generatedAt = new Date();
      const figures = await this.compute(standard, sector);
      await storeSummary(this.dataSource.manager, standard.id, sector, figures, generatedAt);
      return { figures, generatedAt };
    })().finally(() => this.refreshing.delete(key));
    this.refreshing.set(key, work);
    return work;
  }

  /**
   * The products an overview names, in the order shown (vendor, then product name), their
   * vendors and the assessments it counts, in three statements. Products and vendors are public
   * rows; the assessments are SUBMITTED or REVIEWED, which every signed-in reader reads
   * (rules/procurement.rules.ts) and which never return to DRAFT (assessment-lifecycle.ts), so
   * one read serves every reader of the summary.
   */
  private async catalogue(
    standard: MinimumStandardEntity,
    figures: OverviewFigures,
  ): Promise<Catalogue> {
    const productIds = figures.products.map((p) => p.productId);
    const assessmentIds = figures.products
      .map((p) => p.assessmentId)
      .filter((id): id is string => id !== null);
    if (productIds.length === 0)
      return { rows: [], vendorNames: new Map(), assessments: new Map() };
    const [rows, assessments] = await Promise.all([
      this.dataSource
        .createQueryBuilder()
        .select(productRowSelect('p'))
        .from(ProductEntity, 'p')
        .where('p.id = ANY(:ids::uuid[])', { ids: productIds })
        .getRawMany<ProductRow>(),
      assessmentIds.length
        ? this.da
            .visible(SYSTEM, AssessmentEntity, 'a')
            .andWhere('a.id = ANY(:ids::uuid[])', { ids: assessmentIds })
            .andWhere('a.status <> :draft', { draft: AssessmentStatus.DRAFT })
            .getMany()
        : [],
    ]);
    const vendors = await this.dataSource
      .getRepository(OrganisationEntity)
      .findBy({ id: In([...new Set(rows.map((p) => p.vendorId))]) });
    const vendorById = new Map(vendors.map((v) => [v.id, Organisation.from(v)]));
    const vendorNames = new Map(vendors.map((v) => [v.id, v.name]));
    const products = rows.map((r) =>
      preload(Product.from(r), { vendor: vendorById.get(r.vendorId) ?? null }),
    );
    products.sort(
      (a, b) =>
        collator.compare(vendorNames.get(a.vendorId) ?? '', vendorNames.get(b.vendorId) ?? '') ||
        collator.compare(a.name, b.name) ||
        (a.id < b.id ? -1 : 1),
    );
    const mandatoryTotal = standard.requirements.filter((r) => r.mandatory).length;
    const mandatoryMet = new Map(figures.products.map((p) => [p.assessmentId, p.mandatoryMet]));
    return {
      rows: products,
      vendorNames,
      assessments: new Map(
        assessments.map((row) => {
          const met = mandatoryMet.get(row.id);
          const assessment = Assessment.from(row);
          // The figures of the summary's moment, those `compliant` was judged by.
          return [
            row.id,
            met === undefined
              ? assessment
              : preload(assessment, { mandatoryMet: met, mandatoryTotal }),
          ];
        }),
      ),
    };
  }

  /** The raw counts, computed now. */
  async compute(standard: MinimumStandardEntity, sector: Sector | null): Promise<OverviewFigures> {
    const em = this.dataSource.manager;
    if (standard.subject === StandardSubject.BOARD) {
      const spread = await maturitySpread(
        em,
        standard.id,
        sector,
        standard.requirements.map((r) => ({
          requirementId: r.id,
          minimumLevel: r.minimumLevel ?? 1,
        })),
      );
      return {
        products: [],
        agreementsInForce: null,
        agreementsOnCompliantProducts: null,
        boardsAssessed: spread.boardsAssessed,
        boardsAtMinimum: spread.boardsAtMinimum,
        requirements: standard.requirements.map((r) => ({
          requirementId: r.id,
          levels: spread.levels.get(r.id) ?? [0, 0, 0, 0, 0],
        })),
      };
    }
    const today = amsterdamDate();
    const assessments = await newestAssessmentsOfStandard(em, standard.id);
    const evidence = await evidenceOf(em, [
      ...new Set(assessments.flatMap((a) => a.answers.flatMap((s) => s.evidenceIds))),
    ]);
    const mandatoryTotal = standard.requirements.filter((r) => r.mandatory).length;
    const met = new Map(
      assessments.map((a) => [
        a.productId,
        countMandatoryMet(standard.requirements, a.answers, evidence, today),
      ]),
    );
    const compliant = new Map([...met].map(([id, n]) => [id, n === mandatoryTotal]));
    const usage = await productUsage(
      em,
      sector,
      [...compliant].filter(([, yes]) => yes).map(([id]) => id),
      today,
    );
    const boards = new Map(usage.products.map((p) => [p.productId, p.boards]));
    const assessmentOf = new Map(assessments.map((a) => [a.productId, a.id]));
    const productIds = [...new Set([...assessmentOf.keys(), ...boards.keys()])];
    return {
      products: productIds.map((productId) => ({
        productId,
        assessmentId: assessmentOf.get(productId) ?? null,
        compliant: compliant.get(productId) ?? false,
        mandatoryMet: met.get(productId),
        boards: boards.get(productId) ?? 0,
      })),
      agreementsInForce: usage.agreementsInForce,
      agreementsOnCompliantProducts: usage.agreementsOnCompliantProducts,
      boardsAssessed: null,
      boardsAtMinimum: null,
      requirements: [],
    };
  }

  /** The figures under the small-count rule, with what the reader sees of the products. */
  private async shown(
    viewer: Viewer,
    standard: MinimumStandardEntity,
    sector: Sector | null,
    figures: OverviewFigures,
    generatedAt: Date,
    held?: HeldSummary,
  ): Promise<ShownOverview> {
    const productIds = figures.products.map((p) => p.productId);
    const [catalogue, types] = await Promise.all([
      held?.catalogue ?? this.catalogue(standard, figures),
      productIds.length
        ? validAttestationTypesOfProducts(this.da, viewer, productIds, amsterdamDate())
        : [],
    ]);
    if (held) held.catalogue = catalogue;
    const { vendorNames, assessments: assessmentById } = catalogue;
    const productById = new Map(catalogue.rows.map((p) => [p.id, p]));
    const order = new Map(catalogue.rows.map((p, i) => [p.id, i]));
    const typesOf = new Map<string, AttestationType[]>();
    for (const t of types) typesOf.set(t.productId, [...(typesOf.get(t.productId) ?? []), t.type]);

    const productRows = figures.products
      .filter((p) => productById.has(p.productId))
      .map((p) =>
        Object.assign(new ProductOverview(), {
          product: productById.get(p.productId)!,
          assessment: (p.assessmentId && assessmentById.get(p.assessmentId)) || null,
          compliant: p.compliant,
          boardsInForce: suppressCounts({ count: p.boards }).count,
          validAttestationTypes: typesOf.get(p.productId) ?? [],
        }),
      )
      .sort((a, b) => order.get(a.product.id)! - order.get(b.product.id)!);

    const agreements =
      figures.agreementsInForce === null
        ? null
        : suppressSubsets(figures.agreementsInForce, [figures.agreementsOnCompliantProducts ?? 0]);
    const boards =
      figures.boardsAssessed === null
        ? null
        : suppressSubsets(figures.boardsAssessed, [figures.boardsAtMinimum ?? 0]);
    const levelsOf = new Map(figures.requirements.map((r) => [r.requirementId, r.levels]));
    const requirements =
      standard.subject === StandardSubject.BOARD
        ? standard.requirements.map((r) => {
            const spread = suppressLevelSpread(
              levelsOf.get(r.id) ?? [0, 0, 0, 0, 0],
              r.minimumLevel ?? 1,
              r.targetLevel ?? null,
            );
            return Object.assign(new RequirementOverview(), {
              requirement: Requirement.from(r),
              stored: r,
              ...spread,
            });
          })
        : [];

    const overview = Object.assign(new SectorOverview(), {
      standard: MinimumStandard.from(standard),
      sector,
      products: productRows,
      agreementsInForce: agreements?.total ?? null,
      agreementsOnCompliantProducts: agreements?.subsets[0] ?? null,
      boardsAssessed: boards?.total ?? null,
      boardsAtMinimum: boards?.subsets[0] ?? null,
      requirements,
      generatedAt,
    });
    return { overview, subject: standard.subject, vendorNames };
  }
}
