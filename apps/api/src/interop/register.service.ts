// The processor register (art. 30 GDPR): per agreement ACTIVE and in force today, what
// the board records about the processing. Read in a fixed number of statements per
// board, whatever the number of agreements (one per table), each through the
// visibility rules for the reader (a member of the board, or the platform admin).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamDate,
  AttestationType,
  DataSubject,
  dataOutsideEea,
  DeviationAssessment,
  PersonalDataCategory,
} from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { AgreementDeviationEntity } from '../agreements/agreement-deviation.entity';
import { AgreementLeafletEntity } from '../agreements/agreement-leaflet.entity';
import { AgreementProductEntity } from '../agreements/agreement-product.entity';
import { AgreementEntity } from '../agreements/agreement.entity';
import { AttestationProductEntity } from '../attestations/attestation-product.entity';
import { AttestationEntity } from '../attestations/attestation.entity';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/ids';
import { DataAccess, type Reader } from '../data-access';
import { inForceCondition } from '../data-access/queries/agreements.queries';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { ProcessingLocation, RetentionRule, Subprocessor } from '../products/privacy-leaflet.types';
import { Product } from '../products/product.types';
import { RegisterEntry } from './register-entry.types';

@Injectable()
export class RegisterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly da: DataAccess,
  ) {}

  /** The board's register, for its members and the platform admin (FORBIDDEN otherwise). */
  processorRegister(viewer: Viewer | null, boardId: string): Promise<RegisterEntry[]> {
    authorize(viewer, 'processorRegister', boardId);
    return this.entriesOf(viewer, boardId, amsterdamDate());
  }

  /**
   * The register of `boardId` on `today` (YYYY-MM-DD), by vendor name, as `reader`
   * (whom the caller authorised for the board's register) sees it.
   */
  async entriesOf(reader: Reader, boardId: string, today: string): Promise<RegisterEntry[]> {
    if (!isUuid(boardId)) return [];
    const agreements = await this.da
      .visible(reader, AgreementEntity, 'a')
      .innerJoin(OrganisationEntity, 'v', 'v.id = a.vendor_id')
      .andWhere('a.board_id = :boardId', { boardId })
      .andWhere(inForceCondition('a'), { today })
      .orderBy('v.name')
      .addOrderBy('a.created_at')
      .addOrderBy('a.id')
      .getMany();
    if (agreements.length === 0) return [];
    const agreementIds = agreements.map((a) => a.id);

    const [links, fixed, vendors, deviations] = await Promise.all([
      this.da
        .visible(reader, AgreementProductEntity, 'ap')
        .leftJoinAndSelect('ap.product', 'p')
        .andWhere('ap.agreement_id = ANY(:agreementIds::uuid[])', { agreementIds })
        .getMany(),
      this.da
        .visible(reader, AgreementLeafletEntity, 'l')
        .andWhere('l.agreement_id = ANY(:agreementIds::uuid[])', { agreementIds })
        .getMany(),
      this.dataSource
        .getRepository(OrganisationEntity)
        .findBy({ id: In([...new Set(agreements.map((a) => a.vendorId))]) }),
      this.openDeviationCounts(reader, agreementIds),
    ]);
    const productsOf = group(links, (l) => l.agreementId);
    const fixedOf = group(fixed, (l) => l.agreementId);
    const productIds = [...new Set(links.map((l) => l.productId))];

    // The leaflets fixed with each agreement; without any, its products' current ones.
    const leafletIds = new Set(fixed.map((l) => l.leafletId));
    for (const a of agreements) {
      if (fixedOf.has(a.id)) continue;
      for (const l of productsOf.get(a.id) ?? []) {
        if (l.product?.currentLeafletId) leafletIds.add(l.product.currentLeafletId);
      }
    }
    const [leaflets, attestations] = await Promise.all([
      leafletIds.size
        ? this.da
            .visible(reader, PrivacyLeafletEntity, 'pl')
            .andWhere('pl.id = ANY(:leafletIds::uuid[])', { leafletIds: [...leafletIds] })
            .getMany()
        : Promise.resolve([]),
      this.attestationsCovering(reader, productIds),
    ]);
    const leafletById = new Map(leaflets.map((l) => [l.id, l]));
    const vendorById = new Map(vendors.map((v) => [v.id, v]));

    return agreements.map((a) => {
      const products = (productsOf.get(a.id) ?? [])
        .map((l) => l.product!)
        .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id));
      const ids = fixedOf.has(a.id)
        ? fixedOf.get(a.id)!.map((l) => l.leafletId)
        : products.map((p) => p.currentLeafletId).filter((id): id is string => id !== null);
      // In the products' order, so that merged lists read the same on every export.
      const position = new Map(products.map((p, i) => [p.id, i]));
      const own = ids
        .map((id) => leafletById.get(id))
        .filter((l): l is PrivacyLeafletEntity => l !== undefined)
        .sort((x, y) => position.get(x.productId)! - position.get(y.productId)!);
      const covering = attestations.filter(
        (t) => t.vendorId === a.vendorId && products.some((p) => t.productIds.has(p.id)),
      );
      return Object.assign(new RegisterEntry(), {
        agreementId: a.id,
        vendor: Organisation.from(vendorById.get(a.vendorId)!),
        products: products.map(Product.from),
        ...mergedLeaflets(own),
        validFrom: a.validFrom ?? a.activatedOn,
        validUntil: lastDay(a),
        attestationTypes: inEnumOrder(
          Object.values(AttestationType),
          covering.filter((t) => t.validUntil >= today).map((t) => t.type),
        ),
        // A renewed certificate that ran out is history, not a finding.
        expiredAttestationCount: covering.filter((t) => t.validUntil < today && !t.renewed).length,
        openDeviations: deviations.get(a.id) ?? 0,
      });
    });
  }

  private async openDeviationCounts(
    reader: Reader,
    agreementIds: string[],
  ): Promise<Map<string, number>> {
    const rows: { agreement_id: string; open: string }[] = await this.da
      .visible(reader, AgreementDeviationEntity, 'd')
      .select('d.agreement_id', 'agreement_id')
      .addSelect('COUNT(*)', 'open')
      .andWhere('d.agreement_id IN (:...agreementIds)', { agreementIds })
      // Withdrawn ones are no longer part of the agreement; a framework deal's were accepted
      // by joining (countUnresolvedDeviations).
      .andWhere('d.withdrawn_at IS NULL AND d.added_by IS NOT NULL')
      .andWhere('(d.assessment IS NULL OR d.assessment = :unacceptable)', {
        unacceptable: DeviationAssessment.UNACCEPTABLE,
      })
      .groupBy('d.agreement_id')
      .getRawMany();
    return new Map(rows.map((r) => [r.agreement_id, Number(r.open)]));
  }

  /** The attestations that cover any of `productIds`, with whether a newer one renewed each. */
  private async attestationsCovering(
    reader: Reader,
    productIds: string[],
  ): Promise<CoveringAttestation[]> {
    if (productIds.length === 0) return [];
    const renewal = this.da
      .visible(reader, AttestationEntity, 'r')
      .select('1')
      .andWhere('r.supersedes_id = t.id');
    const rows: {
      id: string;
      vendor_id: string;
      type: AttestationType;
      valid_until: string | Date;
      product_id: string;
      renewed: boolean;
    }[] = await this.da
      .visible(reader, AttestationProductEntity, 'ap')
      // A link is seen exactly when its attestation is, so the one joined is visible.
      .innerJoin('ap.attestation', 't')
      .select('t.id', 'id')
      .addSelect('t.vendor_id', 'vendor_id')
      .addSelect('t.type', 'type')
      .addSelect('t.valid_until::text', 'valid_until')
      .addSelect('ap.product_id', 'product_id')
      .addSelect(`EXISTS (${renewal.getQuery()})`, 'renewed')
      .andWhere('ap.product_id IN (:...productIds)', { productIds })
      .getRawMany();
    const byId = new Map<string, CoveringAttestation>();
    for (const r of rows) {
      let t = byId.get(r.id);
      if (!t) {
        t = {
          vendorId: r.vendor_id,
          type: r.type,
          validUntil: String(r.valid_until),
          renewed: r.renewed,
          productIds: new Set(),
        };
        byId.set(r.id, t);
      }
      t.productIds.add(r.product_id);
    }
    return [...byId.values()];
  }
}

interface CoveringAttestation {
  vendorId: string;
  type: AttestationType;
  validUntil: string;
  renewed: boolean;
  productIds: Set<string>;
}

/** An agreement's last day: the end of its validity or its termination, the earlier. */
function lastDay(a: AgreementEntity): string | null {
  const ends = [a.validUntil, a.terminationDate].filter((d): d is string => d !== null);
  return ends.length ? ends.sort()[0] : null;
}

/** What an agreement's products' leaflets say together, each fact once. */
function mergedLeaflets(leaflets: PrivacyLeafletEntity[]) {
  return {
    purposes: unique(
      leaflets.flatMap((l) => l.purposes),
      (p) => p,
    ),
    dataSubjects: inEnumOrder(
      Object.values(DataSubject),
      leaflets.flatMap((l) => l.dataSubjects),
    ),
    dataCategories: inEnumOrder(
      Object.values(PersonalDataCategory),
      leaflets.flatMap((l) => l.dataCategories),
    ),
    retention: unique(
      leaflets.flatMap((l) => l.retention),
      (r) => `${r.category}\u0000${r.period}`,
    ).map((r) => Object.assign(new RetentionRule(), { category: r.category, period: r.period })),
    subprocessors: unique(
      leaflets.flatMap((l) => l.subprocessors),
      (s) => [s.name, s.service, s.country, s.transferMechanism].join('\u0000'),
    ).map(Subprocessor.from),
    locations: unique(
      leaflets.flatMap((l) => l.locations),
      (l) => `${l.country}\u0000${l.activity}`,
    ).map(ProcessingLocation.from),
    dataOutsideEea: leaflets.some((l) => dataOutsideEea(l)),
  };
}

function unique<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function inEnumOrder<T>(order: readonly T[], values: readonly T[]): T[] {
  const present = new Set(values);
  return order.filter((v) => present.has(v));
}

function group<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const g = groups.get(k);
    if (g) g.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
