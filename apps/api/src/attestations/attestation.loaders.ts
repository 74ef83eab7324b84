// DataLoaders for attestations, one set per request and viewer, so that a page of
// vendors or products with their attestations costs a handful of statements.
// Each loader returns only what the request's viewer may see.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessRequestStatus, amsterdamDate, Visibility } from '@regie/domain';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUuid } from '../common/ids';
import { FilesService } from '../files/files.service';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.types';
import { audienceOf, type AttestationAudience } from './attestation-audience';
import { AttestationAccessRequestEntity } from './attestation-access-request.entity';
import { AttestationProductEntity } from './attestation-product.entity';
import { AttestationEntity, attestationRowSelect, type AttestationRow } from './attestation.entity';
import { Attestation } from './attestation.types';

/** The visibility rule of attestation-audience.ts as SQL on alias `a`. */
export function visibleSql(alias: string): string {
  return `(${alias}.visibility <> '${Visibility.SECTOR}' OR :seesSector OR ${alias}.vendor_id = ANY(:memberOf::uuid[]))`;
}

export function visibleParams(audience: AttestationAudience) {
  return { seesSector: audience.seesSector, memberOf: [...audience.memberOf] };
}

export class AttestationLoaders {
  readonly audience: AttestationAudience;
  /** Today in Europe/Amsterdam, fixed for the request: one answer has one today. */
  readonly today = amsterdamDate();

  constructor(
    private readonly dataSource: DataSource,
    private readonly files: FilesService,
    readonly viewer: Viewer,
  ) {
    this.audience = audienceOf(viewer);
  }

  private visible() {
    return this.dataSource
      .getRepository(AttestationEntity)
      .createQueryBuilder('a')
      .where(visibleSql('a'), visibleParams(this.audience));
  }

  /** An attestation the viewer sees, by id; null otherwise. */
  readonly attestation = new DataLoader<string, Attestation | null>(async (ids) => {
    const rows = await this.visible()
      .andWhere('a.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, Attestation.from(r, this.today)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });

  /** The attestation that renews (supersedes) one, by the renewed one's id, if the viewer sees it. */
  readonly renewal = new DataLoader<string, Attestation | null>(async (ids) => {
    const rows = await this.visible()
      .andWhere('a.supersedes_id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
      .getMany();
    const bySuperseded = new Map(
      rows.map((r) => [r.supersedesId!, Attestation.from(r, this.today)]),
    );
    return ids.map((id) => bySuperseded.get(id.toLowerCase()) ?? null);
  });

  /** A vendor's attestations that the viewer sees: by type, the longest valid first. */
  readonly byVendor = new DataLoader<string, Attestation[]>(async (vendorIds) => {
    const rows = await this.visible()
      .select(attestationRowSelect('a'))
      .andWhere('a.vendor_id = ANY(:vendorIds::uuid[])', { vendorIds: vendorIds.filter(isUuid) })
      .orderBy('a.type')
      .addOrderBy('a.valid_until', 'DESC')
      .addOrderBy('a.id')
      .getRawMany<AttestationRow>();
    const grouped = new Map<string, Attestation[]>();
    for (const row of rows) {
      const list = grouped.get(row.vendorId) ?? [];
      list.push(Attestation.from(row, this.today));
      grouped.set(row.vendorId, list);
    }
    return vendorIds.map((id) => grouped.get(id.toLowerCase()) ?? []);
  });

  /**
   * The attestations covering a product that the viewer sees (Product.attestations):
   * one statement, the links joined in, so that a page of vendors stays within budget.
   */
  readonly byProduct = new DataLoader<string, Attestation[]>(async (productIds) => {
    const rows = await this.visible()
      .select(attestationRowSelect('a'))
      .innerJoin(AttestationProductEntity, 'ap', 'ap.attestation_id = a.id')
      .addSelect('ap.product_id', 'coveredProductId')
      .andWhere('ap.product_id = ANY(:productIds::uuid[])', {
        productIds: productIds.filter(isUuid).map((id) => id.toLowerCase()),
      })
      .orderBy('a.type')
      .addOrderBy('a.valid_until', 'DESC')
      .addOrderBy('a.id')
      .getRawMany<AttestationRow & { coveredProductId: string }>();
    // An attestation covering several of the products is one object for all of them.
    const byId = new Map<string, Attestation>();
    const grouped = new Map<string, Attestation[]>();
    for (const row of rows) {
      let attestation = byId.get(row.id);
      if (!attestation) byId.set(row.id, (attestation = Attestation.from(row, this.today)));
      const list = grouped.get(row.coveredProductId);
      if (list) list.push(attestation);
      else grouped.set(row.coveredProductId, [attestation]);
    }
    return productIds.map((id) => grouped.get(id.toLowerCase()) ?? []);
  });

  /** The ids of the products an attestation covers (Attestation.products). */
  readonly productIds = new DataLoader<string, string[]>(async (attestationIds) => {
    const rows = await this.dataSource.getRepository(AttestationProductEntity).find({
      where: { attestationId: In(attestationIds.filter(isUuid)) },
      order: { productId: 'ASC' },
    });
    const grouped = new Map<string, string[]>();
    for (const row of rows)
      grouped.set(row.attestationId, [...(grouped.get(row.attestationId) ?? []), row.productId]);
    return attestationIds.map((id) => grouped.get(id) ?? []);
  });

  /** The viewer's organisation holding a GRANTED request for the attestation, or null. */
  readonly grantedTo = new DataLoader<string, string | null>(async (attestationIds) => {
    if (this.audience.memberOf.length === 0) return attestationIds.map(() => null);
    const rows = await this.dataSource.getRepository(AttestationAccessRequestEntity).find({
      select: { attestationId: true, requesterOrganisationId: true },
      where: {
        attestationId: In(attestationIds.filter(isUuid)),
        requesterOrganisationId: In([...this.audience.memberOf]),
        status: AccessRequestStatus.GRANTED,
      },
    });
    const byId = new Map(rows.map((r) => [r.attestationId, r.requesterOrganisationId]));
    return attestationIds.map((id) => byId.get(id) ?? null);
  });

  readonly file = new DataLoader<string, StoredFileEntity | null>(async (ids) => {
    const byId = new Map((await this.files.findByIds(ids)).map((f) => [f.id, f]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Organisation profiles are public: no filter. */
  readonly organisation = new DataLoader<string, Organisation | null>(async (ids) => {
    const rows = await this.dataSource
      .getRepository(OrganisationEntity)
      .findBy({ id: In(ids.filter(isUuid)) });
    const byId = new Map(rows.map((r) => [r.id, Organisation.from(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Hands out each request's loaders, made on first use and dropped with the request. */
@Injectable()
export class AttestationLoaderFactory {
  private readonly perRequest = new WeakMap<Request, AttestationLoaders>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
  ) {}

  for(req: Request, viewer: Viewer): AttestationLoaders {
    let loaders = this.perRequest.get(req);
    if (!loaders || loaders.viewer !== viewer) {
      loaders = new AttestationLoaders(this.dataSource, this.files, viewer);
      this.perRequest.set(req, loaders);
    }
    return loaders;
  }
}
