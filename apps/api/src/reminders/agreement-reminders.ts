// Agreements whose end is within 60 days: to both parties, so that a new one is in
// place in time.
import { Injectable } from '@nestjs/common';
import { addDays, Role, type Locale } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { inForceCondition } from '../data-access/queries/agreements.queries';
import { AgreementEntity } from '../agreements/agreement.entity';
import { DataAccess, SYSTEM } from '../data-access';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { notSentSql, type DueReminder, type ReminderRule } from './reminder-rule';

export const AGREEMENT_EXPIRY_NOTICE_DAYS = 60;
const THRESHOLD = `${AGREEMENT_EXPIRY_NOTICE_DAYS}d`;

@Injectable()
export class AgreementReminderRule implements ReminderRule {
  readonly name = 'agreement.expiry';

  constructor(
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // The daily job reads every organisation's agreements: it acts for none of them.
  async due(em: EntityManager, today: string): Promise<DueReminder[]> {
    const rows = await this.da
      .visible(SYSTEM, AgreementEntity, 'a', em)
      .select('a.id', 'id')
      .andWhere(inForceCondition('a'))
      .andWhere('a.valid_until BETWEEN :today AND :to')
      .andWhere(notSentSql(this.name, 'a.id', `'${THRESHOLD}'`))
      .setParameters({ today, to: addDays(today, AGREEMENT_EXPIRY_NOTICE_DAYS) })
      .orderBy('a.valid_until')
      .addOrderBy('a.id')
      .getRawMany<{ id: string }>();
    return rows.map((r) => ({ itemId: r.id, threshold: THRESHOLD }));
  }

  async send(em: EntityManager, reminder: DueReminder): Promise<void> {
    const agreement = await this.da.one(SYSTEM, AgreementEntity, reminder.itemId, em);
    if (!agreement) return;
    const board = await em.findOneByOrFail(OrganisationEntity, { id: agreement.boardId });
    const vendor = await em.findOneByOrFail(OrganisationEntity, { id: agreement.vendorId });
    const input = {
      kind: 'AGREEMENT_EXPIRING',
      message: {
        key: 'notification.agreementExpiring' as const,
        params: (locale: Locale) => ({
          board: board.name,
          vendor: vendor.name,
          model: `${agreement.modelName} ${agreement.modelVersion}`,
          validUntil: formatDate(new Date(`${agreement.validUntil}T12:00:00Z`), locale),
        }),
      },
      link: `/agreements/${agreement.id}`,
    };
    await this.notifications.notifyOrganisationRoles(
      em,
      [board.id],
      [Role.PRIVACY_OFFICER, Role.PROCUREMENT],
      input,
    );
    await this.notifications.notifyOrganisationRoles(
      em,
      [vendor.id],
      [Role.ADMIN, Role.VENDOR_EDITOR],
      input,
    );
  }
}
