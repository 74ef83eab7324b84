// DataLoaders for attestations, one set per request and reader (common/loaders.ts),
// so that a page of vendors or products with their attestations costs a handful of
// statements. Each reads through the data-access layer: only what the request's
// viewer may see.
import { Injectable } from '@nestjs/common';
import { AccessRequestStatus, amsterdamDate } from '@regie/domain';
import DataLoader from 'dataloader';
import { isUuid } from '../common/ids';
import { byKey, groupByKey, type RequestLoaders } from '../common/loaders';
import type { RequestContext } from '../common/request-context';
import { DataAccess } from '../data-access';
import { attestationsCoveringProducts } from '../data-access/queries/attestations.queries';
import { FilesService } from '../files/files.service';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { AttestationAccessRequestEntity } from './attestation-access-request.entity';
import { AttestationProductEntity } from './attestation-product.entity';
import { AttestationEntity, attestationRowSelect, type AttestationRow } from './attestation.entity';
import { Attestation } from './attestation.types';

const uuids = (ids: readonly string[]) => ids.filter(isUuid).map((id) => id.toLowerCase());

@Injectable()
export class AttestationLoaders {
  /** Today in Europe/Amsterdam, fixed per request: one answer has one today. */
  private readonly todays = new WeakMap<RequestLoaders, string>();

  constructor(
    private readonly da: DataAccess,
    private readonly files: FilesService,
  ) {}

  today(ctx: RequestContext): string {
    let today = this.todays.get(ctx.loaders);
    if (!today) {
      today = amsterdamDate();
      this.todays.set(ctx.loaders, today);
    }
    return today;
  }

  /** An attestation the viewer sees, by id; null otherwise. */
  attestation(ctx: RequestContext): DataLoader<string, Attestation | null> {
    return ctx.loaders.get(
      'attestation.byId',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AttestationEntity, 'a')
            .andWhere('a.id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .getMany();
          const today = this.today(ctx);
          return byKey(
            ids.map((id) => id.toLowerCase()),
            rows,
            (r) => r.id,
            null,
            (r) => Attestation.from(r, today),
          );
        }),
    );
  }

  /** The attestation that renews (supersedes) one, by the renewed one's id, if the viewer sees it. */
  renewal(ctx: RequestContext): DataLoader<string, Attestation | null> {
    return ctx.loaders.get(
      'attestation.renewal',
      () =>
        new DataLoader(async (ids) => {
          const rows = await this.da
            .visible(ctx.viewer, AttestationEntity, 'a')
            .andWhere('a.supersedes_id = ANY(:ids::uuid[])', { ids: uuids(ids) })
            .getMany();
          const today = this.today(ctx);
          return byKey(
            ids.map((id) => id.toLowerCase()),
            rows,
            (r) => r.supersedesId!,
            null,
            (r) => Attestation.from(r, today),
          );
        }),
    );
  }

  /** A vendor's attestations that the viewer sees: by type, the longest valid first. */
  byVendor(ctx: RequestContext): DataLoader<string, Attestation[]> {
    return ctx.loaders.get(
      'attestation.byVendor',
      () =>
        new DataLoader(async (vendorIds) => {
          // Plain rows, not hydrated entities: the hot read of a vendor page.
          const rows = await this.da
            .visible(ctx.viewer, AttestationEntity, 'a')
            .select(attestationRowSelect('a'))
            .andWhere('a.vendor_id = ANY(:vendorIds::uuid[])', { vendorIds: uuids(vendorIds) })
            .orderBy('a.type')
            .addOrderBy('a.valid_until', 'DESC')
            .addOrderBy('a.id')
            .getRawMany<AttestationRow>();
          const today = this.today(ctx);
          return groupByKey(
            vendorIds.map((id) => id.toLowerCase()),
            rows.map((r) => Attestation.from(r, today)),
            (a) => a.vendorId,
          );
        }),
    );
  }

  /**
   * The attestations covering a product that the viewer sees (Product.attestations):
   * one statement, the links joined in, so that a page of vendors stays within budget.
   */
  byProduct(ctx: RequestContext): DataLoader<string, Attestation[]> {
    return ctx.loaders.get(
      'attestation.byProduct',
      () =>
        new DataLoader(async (productIds) => {
          const rows = await attestationsCoveringProducts(this.da, ctx.viewer, uuids(productIds));
          const today = this.today(ctx);
          // An attestation covering several of the products is one object for all of them.
          const byId = new Map<string, Attestation>();
          const covered = rows.map((row) => {
            let attestation = byId.get(row.id);
            if (!attestation) byId.set(row.id, (attestation = Attestation.from(row, today)));
            return { productId: row.coveredProductId, attestation };
          });
          return groupByKey(
            productIds.map((id) => id.toLowerCase()),
            covered,
            (c) => c.productId,
          ).map((group) => group.map((c) => c.attestation));
        }),
    );
  }

  /** The ids of the products an attestation covers (Attestation.products). */
  productIds(ctx: RequestContext): DataLoader<string, string[]> {
    return ctx.loaders.get(
      'attestation.productIds',
      () =>
        new DataLoader(async (attestationIds) => {
          const rows = await this.da
            .visible(ctx.viewer, AttestationProductEntity, 'ap')
            .andWhere('ap.attestation_id = ANY(:ids::uuid[])', { ids: uuids(attestationIds) })
            .orderBy('ap.product_id')
            .getMany();
          return groupByKey(attestationIds, rows, (r) => r.attestationId).map((group) =>
            group.map((r) => r.productId),
          );
        }),
    );
  }

  /** The viewer's organisation holding a GRANTED request for the attestation, or null. */
  grantedTo(ctx: RequestContext): DataLoader<string, string | null> {
    return ctx.loaders.get(
      'attestation.grantedTo',
      () =>
        new DataLoader(async (attestationIds) => {
          const mine = ctx.viewer?.memberships.map((m) => m.organisationId) ?? [];
          if (mine.length === 0) return attestationIds.map(() => null);
          const rows = await this.da
            .visible(ctx.viewer, AttestationAccessRequestEntity, 'r')
            .andWhere('r.attestation_id = ANY(:ids::uuid[])', { ids: uuids(attestationIds) })
            .andWhere('r.requester_organisation_id = ANY(:mine::uuid[])', { mine })
            .andWhere('r.status = :granted', { granted: AccessRequestStatus.GRANTED })
            .getMany();
          return byKey(
            attestationIds,
            rows,
            (r) => r.attestationId,
            null,
            (r) => r.requesterOrganisationId,
          );
        }),
    );
  }

  /** Documents' stored files, by id (the files module decides who may read the bytes). */
  file(ctx: RequestContext): DataLoader<string, StoredFileEntity | null> {
    return ctx.loaders.get(
      'attestation.file',
      () =>
        new DataLoader(async (ids) =>
          byKey(
            ids,
            await this.files.findByIds(ids),
            (f) => f.id,
            null,
            (f) => f,
          ),
        ),
    );
  }
}
