// Tenders whose interest or offer deadline is within three days: to those who can
// still act. Boards that have not yet registered interest (their procurement
// officers), and vendors with a product in the tender's category that have not yet
// offered (their editors and admins).
import { Injectable } from '@nestjs/common';
import { Role, TenderStatus, type Locale } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { formatDate, NotificationsService } from '../notifications/notifications.service';
import {
  namedQuery,
  notSentSql,
  type DueReminder,
  type ReminderRule,
} from '../reminders/reminder-rule';
import { TenderEntity } from './tender.entity';

export const TENDER_DEADLINE_NOTICE_DAYS = 3;
const INTEREST = 'INTEREST_3D';
const OFFERS = 'OFFER_3D';

@Injectable()
export class TenderReminderRule implements ReminderRule {
  readonly name = 'tender.deadline';

  constructor(private readonly notifications: NotificationsService) {}

  async due(em: EntityManager): Promise<DueReminder[]> {
    // Deadlines are instants: "within three days" counts from now, not from a date.
    const window = `now() AND now() + interval '${TENDER_DEADLINE_NOTICE_DAYS} days'`;
    const rows = await namedQuery<{ id: string; threshold: string }>(
      em,
      `SELECT t.id, '${INTEREST}' AS threshold FROM tender t
        WHERE t.status = :interest AND t.interest_deadline BETWEEN ${window}
          AND ${notSentSql(this.name, 't.id', `'${INTEREST}'`)}
       UNION ALL
       SELECT t.id, '${OFFERS}' AS threshold FROM tender t
        WHERE t.status = :offers AND t.offer_deadline BETWEEN ${window}
          AND ${notSentSql(this.name, 't.id', `'${OFFERS}'`)}`,
      { interest: TenderStatus.OPEN_FOR_INTEREST, offers: TenderStatus.OPEN_FOR_OFFERS },
    );
    return rows.map((r) => ({ itemId: r.id, threshold: r.threshold }));
  }

  async send(em: EntityManager, reminder: DueReminder): Promise<void> {
    const tender = await em.findOneByOrFail(TenderEntity, { id: reminder.itemId });
    const forInterest = reminder.threshold === INTEREST;
    const deadline = forInterest ? tender.interestDeadline : tender.offerDeadline;
    const recipients: { id: string }[] = forInterest
      ? await em.query(
          `SELECT o.id FROM organisation o WHERE o.kind = 'BOARD'
             AND NOT EXISTS (SELECT 1 FROM tender_interest i WHERE i.tender_id = $1 AND i.board_id = o.id)`,
          [tender.id],
        )
      : await em.query(
          `SELECT DISTINCT p.vendor_id AS id FROM product p
            WHERE p.category = $2
              AND NOT EXISTS (SELECT 1 FROM offer f WHERE f.tender_id = $1 AND f.vendor_id = p.vendor_id
                                AND f.status <> 'WITHDRAWN')`,
          [tender.id, tender.category],
        );
    if (recipients.length === 0) return;
    await this.notifications.notifyOrganisationRoles(
      em,
      recipients.map((r) => r.id),
      forInterest ? [Role.PROCUREMENT] : [Role.VENDOR_EDITOR, Role.ADMIN],
      {
        kind: forInterest ? 'TENDER_INTEREST_DEADLINE' : 'TENDER_OFFER_DEADLINE',
        message: {
          key: forInterest
            ? 'notification.tenderInterestDeadline'
            : 'notification.tenderOfferDeadline',
          params: (locale: Locale) => ({
            title: tender.title,
            deadline: formatDate(deadline, locale),
          }),
        },
        link: `/procurement/tenders/${tender.id}`,
      },
    );
  }
}
