import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamDate,
  dataOutsideEea,
  lacksTransferMechanism,
  LeafletStatus,
  leafletTransition,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { authorize } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { badUserInput, conflict, notFound, type FieldError } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { DataAccess, SYSTEM } from '../data-access';
import { LeafletHooks } from './leaflet-hooks';
import { PrivacyLeafletEntity } from './privacy-leaflet.entity';
import { PrivacyLeaflet } from './privacy-leaflet.types';
import { ProductEntity } from './product.entity';
import type { LeafletInput } from './product.inputs';

/** Rules across fields that the input's decorators cannot express; every break at once. */
function crossFieldErrors(input: LeafletInput): FieldError[] {
  const errors: FieldError[] = [];
  input.subprocessors.forEach((s, i) => {
    if (lacksTransferMechanism(s)) {
      errors.push({
        field: `input.subprocessors.${i}.transferMechanism`,
        key: 'leaflet.transferMechanismOutsideEea',
      });
    }
  });
  input.retention.forEach((r, i) => {
    if (!input.dataCategories.includes(r.category)) {
      errors.push({
        field: `input.retention.${i}.category`,
        key: 'leaflet.retentionCategoryNotListed',
      });
    }
  });
  return errors;
}

/**
 * Privacy leaflets: a product's one draft, saved as often as needed and seen only by
 * its vendor, then published as the next version, which never changes again.
 */
@Injectable()
export class PrivacyLeafletsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly da: DataAccess,
    private readonly hooks: LeafletHooks,
  ) {}

  saveDraft(viewer: Viewer, input: LeafletInput): Promise<PrivacyLeaflet> {
    return this.dataSource.transaction(async (em) => {
      // The product's row lock serialises drafts and publications of one product.
      const product = await this.lockProduct(em, input.productId);
      authorize(viewer, 'saveLeafletDraft', product.vendorId);
      const errors = crossFieldErrors(input);
      if (errors.length) throw badUserInput(errors);

      const draft = await this.da
        .visible(viewer, PrivacyLeafletEntity, 'l', em)
        .andWhere('l.product_id = :productId AND l.status = :draft', {
          productId: product.id,
          draft: LeafletStatus.DRAFT,
        })
        .getOne();
      // A draft announced as a change of subprocessors is frozen (LeafletHooks).
      if (draft) await this.hooks.beforeSave(em, draft);
      // The next draft starts as a copy of the last published version: what the input
      // leaves out (the contact address) carries over.
      const base =
        draft ??
        (product.currentLeafletId
          ? await this.da.one(viewer, PrivacyLeafletEntity, product.currentLeafletId, em)
          : null);
      const before = draft ? PrivacyLeaflet.audited(draft) : null;
      const row =
        draft ??
        em.create(PrivacyLeafletEntity, {
          productId: product.id,
          status: LeafletStatus.DRAFT,
          version: (await this.lastPublishedVersion(em, product.id)) + 1,
          publishedAt: null,
        });
      if (leafletTransition(row.status, 'saveDraft') === null) throw conflict('INVALID_TRANSITION');
      const unique = <T>(list: readonly T[]) => [...new Set(list)];
      Object.assign(row, {
        purposes: input.purposes.map((p) => p.trim()),
        dataSubjects: unique(input.dataSubjects),
        dataCategories: unique(input.dataCategories),
        retention: input.retention.map((r) => ({ category: r.category, period: r.period.trim() })),
        subprocessors: input.subprocessors.map((s) => ({
          name: s.name.trim(),
          service: s.service.trim(),
          country: s.country,
          transferMechanism: s.transferMechanism,
        })),
        locations: input.locations.map((l) => ({
          country: l.country,
          activity: l.activity.trim(),
        })),
        breachNotificationHours: input.breachNotificationHours,
        privacyContactEmail:
          input.privacyContactEmail === undefined
            ? (base?.privacyContactEmail ?? null)
            : input.privacyContactEmail,
      });
      row.dataOutsideEea = dataOutsideEea(row);
      const saved = await this.da.writer(PrivacyLeafletEntity, em).save(row);
      await this.audit.record(em, {
        viewer,
        organisationId: product.vendorId,
        partyIds: [product.vendorId],
        action: 'leaflet.draftSaved',
        entityType: 'PrivacyLeaflet',
        entityId: saved.id,
        before,
        after: PrivacyLeaflet.audited(saved),
      });
      return PrivacyLeaflet.from(saved);
    });
  }

  publish(viewer: Viewer, id: string): Promise<PrivacyLeaflet> {
    return this.dataSource.transaction(async (em) => {
      const found = await this.da.one(viewer, PrivacyLeafletEntity, id, em);
      if (!found) throw notFound();
      const product = await this.lockProduct(em, found.productId);
      // Read again under the product's lock: a concurrent publish may have won.
      const row = await this.da.one(viewer, PrivacyLeafletEntity, found.id, em);
      if (!row) throw notFound();
      authorize(viewer, 'publishLeaflet', product.vendorId);
      if (leafletTransition(row.status, 'publish') === null) throw conflict('INVALID_TRANSITION');
      return PrivacyLeaflet.from(await this.publishLocked(em, viewer, product, row));
    });
  }

  /**
   * The platform's own publication of a product's draft (the daily job, on an announced
   * change's effectiveOn), in the caller's transaction; the draft's rules (LeafletHooks)
   * hold as for the vendor. Null when the leaflet is no longer a draft of the product
   * (published meanwhile): there is nothing left to do.
   */
  async publishAsPlatform(
    em: EntityManager,
    productId: string,
    leafletId: string,
    today: string,
  ): Promise<PrivacyLeafletEntity | null> {
    const product = await this.lockProduct(em, productId);
    // The platform publishes for the vendor, whose draft only its members may read.
    const row = await this.da.one(SYSTEM, PrivacyLeafletEntity, leafletId, em);
    if (!row || row.productId !== product.id || leafletTransition(row.status, 'publish') === null)
      return null;
    return this.publishLocked(em, null, product, row, today);
  }

  /** Publishes `row` as the product's next version; the product is locked by the caller. */
  private async publishLocked(
    em: EntityManager,
    viewer: Viewer | null,
    product: ProductEntity,
    row: PrivacyLeafletEntity,
    today: string = amsterdamDate(),
  ): Promise<PrivacyLeafletEntity> {
    // The current version is published: everyone's to read.
    const current = product.currentLeafletId
      ? await this.da.one(SYSTEM, PrivacyLeafletEntity, product.currentLeafletId, em)
      : null;
    const publication = { em, viewer, product, draft: row, current, today };
    await this.hooks.beforePublish(publication);
    const before = PrivacyLeaflet.audited(row);
    row.version = (await this.lastPublishedVersion(em, product.id)) + 1;
    row.status = LeafletStatus.PUBLISHED;
    row.publishedAt = new Date();
    const saved = await this.da.writer(PrivacyLeafletEntity, em).save(row);
    await em.update(ProductEntity, { id: product.id }, { currentLeafletId: saved.id });
    await this.audit.record(em, {
      viewer,
      organisationId: viewer ? product.vendorId : null,
      partyIds: [product.vendorId],
      action: 'leaflet.published',
      entityType: 'PrivacyLeaflet',
      entityId: saved.id,
      before,
      after: PrivacyLeaflet.audited(saved),
    });
    await this.hooks.afterPublish({ ...publication, published: saved });
    return saved;
  }

  private async lockProduct(em: EntityManager, productId: string): Promise<ProductEntity> {
    const product = isUuid(productId)
      ? await em.findOne(ProductEntity, {
          where: { id: productId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!product) throw notFound();
    return product;
  }

  private async lastPublishedVersion(em: EntityManager, productId: string): Promise<number> {
    // Published versions are everyone's to count.
    const row = await this.da
      .visible(SYSTEM, PrivacyLeafletEntity, 'l', em)
      .select('max(l.version)', 'max')
      .andWhere('l.product_id = :productId AND l.status = :published', {
        productId,
        published: LeafletStatus.PUBLISHED,
      })
      .getRawOne<{ max: number | null }>();
    return row?.max ?? 0;
  }
}
