// Attestations becoming EXPIRING (within 90 days) and EXPIRED: to the vendor's
// editors, and to the privacy officers of the boards with an ACTIVE agreement on
// the products the attestation covers.
import { Injectable } from '@nestjs/common';
import {
  addDays,
  AttestationValidity,
  enumLabel,
  EXPIRING_WITHIN_DAYS,
  Role,
  type Locale,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { boardsWithActiveAgreementsOn } from '../data-access/queries/agreements.queries';
import { AttestationProductEntity } from '../attestations/attestation-product.entity';
import { AttestationEntity } from '../attestations/attestation.entity';
import { DataAccess, SYSTEM } from '../data-access';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { notSentSql, type DueReminder, type ReminderRule } from './reminder-rule';

/**
 * An attestation that expired longer ago than this is not reminded of: the first
 * run on an old database does not flood people with long-known news. One entered in
 * the last so many days is news whenever it expired: an attestation entered already
 * expired is told of (EXPIRED) on the next run.
 */
export const EXPIRED_LOOKBACK_DAYS = 30;

const THRESHOLD = `CASE WHEN a.valid_until < :today THEN '${AttestationValidity.EXPIRED}'
                        ELSE '${AttestationValidity.EXPIRING}' END`;

@Injectable()
export class AttestationReminderRule implements ReminderRule {
  readonly name = 'attestation.validity';

  constructor(
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // The daily job reads every vendor's attestations: it acts for none of them.
  async due(em: EntityManager, today: string): Promise<DueReminder[]> {
    const renewal = this.da
      .visible(SYSTEM, AttestationEntity, 'n', em)
      .select('1')
      .andWhere('n.supersedes_id = a.id');
    const rows = await this.da
      .visible(SYSTEM, AttestationEntity, 'a', em)
      .select('a.id', 'id')
      .addSelect(THRESHOLD, 'threshold')
      .andWhere('a.valid_until <= :to')
      .andWhere('(a.valid_until >= :from OR a.created_at >= :enteredSince)')
      // a renewed attestation is nobody's worry
      .andWhere(`NOT EXISTS (${renewal.getQuery()})`)
      .andWhere(notSentSql(this.name, 'a.id', THRESHOLD))
      .setParameters({
        today,
        from: addDays(today, -EXPIRED_LOOKBACK_DAYS),
        to: addDays(today, EXPIRING_WITHIN_DAYS),
        // The start of that day in Amsterdam, as PostgreSQL reads a date in that zone.
        enteredSince: `${addDays(today, -EXPIRED_LOOKBACK_DAYS)} 00:00 Europe/Amsterdam`,
      })
      .orderBy('a.valid_until')
      .addOrderBy('a.id')
      .getRawMany<{ id: string; threshold: string }>();
    return rows.map((r) => ({ itemId: r.id, threshold: r.threshold }));
  }

  async send(em: EntityManager, reminder: DueReminder, today: string): Promise<void> {
    const attestation = await this.da.one(SYSTEM, AttestationEntity, reminder.itemId, em);
    if (!attestation) return;
    const vendor = await em.findOneByOrFail(OrganisationEntity, { id: attestation.vendorId });
    const productIds = (
      await this.da
        .visible(SYSTEM, AttestationProductEntity, 'ap', em)
        .andWhere('ap.attestation_id = :id', { id: attestation.id })
        .getMany()
    ).map((r) => r.productId);
    const products = productIds.length
      ? await em.find(ProductEntity, {
          where: productIds.map((id) => ({ id })),
          order: { name: 'ASC' },
        })
      : [];
    const expired = reminder.threshold === AttestationValidity.EXPIRED;
    const input = {
      kind: expired ? 'ATTESTATION_EXPIRED' : 'ATTESTATION_EXPIRING',
      message: {
        key: expired
          ? ('notification.attestationExpired' as const)
          : ('notification.attestationExpiring' as const),
        params: (locale: Locale) => ({
          vendor: vendor.name,
          type: attestation.type,
          typeName: enumLabel('attestationType', attestation.type, locale),
          issuer: attestation.issuer,
          validUntil: formatDate(new Date(`${attestation.validUntil}T12:00:00Z`), locale),
          products: products.map((p) => p.name).join(', ') || '—',
        }),
      },
      link: `/attestations/${attestation.id}`,
    };
    await this.notifications.notifyOrganisationRoles(
      em,
      [vendor.id],
      [Role.ADMIN, Role.VENDOR_EDITOR],
      input,
    );
    const boards = await boardsWithActiveAgreementsOn(em, productIds, today);
    await this.notifications.notifyOrganisationRoles(em, boards, [Role.PRIVACY_OFFICER], input);
  }
}
