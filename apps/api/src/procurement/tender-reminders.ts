// Tenders whose interest or offer deadline is within three days: to those who can
// still act. Boards that have not yet registered interest (their procurement
// officers), and vendors with a product in the tender's category that have not yet
// offered (their editors and admins).
import { Injectable } from '@nestjs/common';
import { OfferStatus, OrganisationKind, Role, TenderStatus, type Locale } from '@regie/domain';
import { Brackets, type EntityManager } from 'typeorm';
import { DataAccess, SYSTEM } from '../data-access';
import { formatDateTime, NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { notSentSql, type DueReminder, type ReminderRule } from '../reminders/reminder-rule';
import { OfferEntity } from './offer.entity';
import { TenderInterestEntity } from './tender-interest.entity';
import { TenderEntity } from './tender.entity';

export const TENDER_DEADLINE_NOTICE_DAYS = 3;
const INTEREST = 'INTEREST_3D';
const OFFERS = 'OFFER_3D';

@Injectable()
export class TenderReminderRule implements ReminderRule {
  readonly name = 'tender.deadline';

  constructor(
    private readonly da: DataAccess,
    private readonly notifications: NotificationsService,
  ) {}

  // The daily job's own work, for no organisation: it reads as SYSTEM.
  async due(em: EntityManager): Promise<DueReminder[]> {
    // Deadlines are instants: "within three days" counts from now, not from a date.
    const window = `now() AND now() + interval '${TENDER_DEADLINE_NOTICE_DAYS} days'`;
    // A tender is in one status, so it is due for one of the two at most.
    const rows = await this.da
      .visible(SYSTEM, TenderEntity, 't', em)
      .select('t.id', 'id')
      .addSelect(
        `CASE WHEN t.status = :interest THEN '${INTEREST}' ELSE '${OFFERS}' END`,
        'threshold',
      )
      .andWhere(
        new Brackets((w) =>
          w
            .where(
              `t.status = :interest AND t.interest_deadline BETWEEN ${window}
                AND ${notSentSql(this.name, 't.id', `'${INTEREST}'`)}`,
            )
            .orWhere(
              `t.status = :offers AND t.offer_deadline BETWEEN ${window}
                AND ${notSentSql(this.name, 't.id', `'${OFFERS}'`)}`,
            ),
        ),
      )
      .setParameters({
        interest: TenderStatus.OPEN_FOR_INTEREST,
        offers: TenderStatus.OPEN_FOR_OFFERS,
      })
      .getRawMany<{ id: string; threshold: string }>();
    return rows.map((r) => ({ itemId: r.id, threshold: r.threshold }));
  }

  async send(em: EntityManager, reminder: DueReminder): Promise<void> {
    const tender = await this.da
      .visible(SYSTEM, TenderEntity, 't', em)
      .andWhere('t.id = :id', { id: reminder.itemId })
      .getOneOrFail();
    const forInterest = reminder.threshold === INTEREST;
    const deadline = forInterest ? tender.interestDeadline : tender.offerDeadline;
    const recipients = forInterest
      ? await this.boardsWithoutInterest(em, tender.id)
      : await this.vendorsWithoutOffer(em, tender);
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
            deadline: formatDateTime(deadline, locale),
          }),
        },
        link: `/procurement/tenders/${tender.id}`,
      },
    );
  }

  /** Boards that have not registered interest in the tender. */
  private boardsWithoutInterest(em: EntityManager, tenderId: string): Promise<{ id: string }[]> {
    const interest = this.da
      .visible(SYSTEM, TenderInterestEntity, 'i', em)
      .select('1')
      .andWhere('i.tender_id = :tenderId AND i.board_id = o.id');
    return em
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .select('o.id', 'id')
      .where('o.kind = :board', { board: OrganisationKind.BOARD })
      .andWhere(`NOT EXISTS (${interest.getQuery()})`)
      .setParameters({ ...interest.getParameters(), tenderId })
      .getRawMany<{ id: string }>();
  }

  /** Vendors with a product in the tender's category that have not offered on it. */
  private vendorsWithoutOffer(em: EntityManager, tender: TenderEntity): Promise<{ id: string }[]> {
    const offered = this.da
      .visible(SYSTEM, OfferEntity, 'f', em)
      .select('1')
      .andWhere('f.tender_id = :tenderId AND f.vendor_id = p.vendor_id')
      // A withdrawn offer is no offer: its vendor is reminded like the rest.
      .andWhere(`f.status <> '${OfferStatus.WITHDRAWN}'`);
    return em
      .getRepository(ProductEntity)
      .createQueryBuilder('p')
      .select('DISTINCT p.vendor_id', 'id')
      .where('p.category = :category', { category: tender.category })
      .andWhere(`NOT EXISTS (${offered.getQuery()})`)
      .setParameters({ ...offered.getParameters(), tenderId: tender.id })
      .getRawMany<{ id: string }>();
  }
}
