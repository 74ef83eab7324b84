// The exit of an agreement that has ended (art. 28(3)(g)): the board is reminded while it has
// not chosen whether the vendor deletes the data or returns it first; the vendor when its
// confirmation is due and again once it is overdue (the board's FG hears of that too).
import { Injectable } from '@nestjs/common';
import {
  addDays,
  agreementEndDate,
  exitDueOn,
  EXIT_DUE_DAYS,
  type Locale,
  message,
  Role,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { spokenDate } from '../agreements/agreement-exit.service';
import { AgreementEntity } from '../agreements/agreement.entity';
import { DataAccess, SYSTEM } from '../data-access';
import { NotificationsService } from '../notifications/notifications.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { notSentSql, type DueReminder, type ReminderRule } from './reminder-rule';

/** The board hears again every so many days while it has not chosen. */
export const EXIT_CHOICE_REMINDER_DAYS = 14;
/**
 * An agreement that ended longer ago than this, with no choice, is not reminded of: the
 * first run on an old database does not flood boards with agreements ended long before
 * Regie asked for a choice (the page still shows the exit).
 */
export const EXIT_CHOICE_LOOKBACK_DAYS = 90;
/** The vendor hears this many days before its confirmation is due. */
export const EXIT_DUE_NOTICE_DAYS = 7;

// The last day the agreement held, as in agreementEndDate; the index agreement_exit_open_idx.
const END = 'LEAST(a.termination_date, a.valid_until)';
const DUE = `(GREATEST(${END}, a.exit_chosen_on) + ${EXIT_DUE_DAYS})`;
/** `choose-<n>`: the n-th fortnight without a choice; then DUE and OVERDUE. */
const THRESHOLD = `(CASE
  WHEN a.exit_choice IS NULL
    THEN 'choose-' || ((:today::date - (${END} + 1)) / ${EXIT_CHOICE_REMINDER_DAYS})::text
  WHEN :today::date > ${DUE} THEN 'OVERDUE'
  ELSE 'DUE' END)`;

@Injectable()
export class AgreementExitReminderRule implements ReminderRule {
  readonly name = 'agreement.exit';

  constructor(
    private readonly notifications: NotificationsService,
    private readonly da: DataAccess,
  ) {}

  // The daily job reads every organisation's agreements: it acts for none of them.
  async due(em: EntityManager, today: string): Promise<DueReminder[]> {
    const rows = await this.da
      .visible(SYSTEM, AgreementEntity, 'a', em)
      .select('a.id', 'id')
      .addSelect(THRESHOLD, 'threshold')
      .andWhere(`a.status = 'ACTIVE' AND a.exit_confirmed_at IS NULL`)
      // Ended (TERMINATED or EXPIRED as shown), not replaced by a successor first.
      .andWhere(`${END} < :today::date`)
      .andWhere(`(a.superseded_on IS NULL OR a.superseded_on > ${END} + 1)`)
      .andWhere(
        `((a.exit_choice IS NULL AND ${END} >= :lookback::date)
          OR (a.exit_choice IS NOT NULL AND :today::date >= ${DUE} - ${EXIT_DUE_NOTICE_DAYS}))`,
      )
      .andWhere(notSentSql(this.name, 'a.id', THRESHOLD))
      .setParameters({ today, lookback: addDays(today, -EXIT_CHOICE_LOOKBACK_DAYS) })
      .orderBy(END)
      .addOrderBy('a.id')
      .getRawMany<{ id: string; threshold: string }>();
    return rows.map((r) => ({ itemId: r.id, threshold: r.threshold }));
  }

  async send(em: EntityManager, reminder: DueReminder): Promise<void> {
    const agreement = await this.da.one(SYSTEM, AgreementEntity, reminder.itemId, em);
    if (!agreement) return;
    const board = await em.findOneByOrFail(OrganisationEntity, { id: agreement.boardId });
    const vendor = await em.findOneByOrFail(OrganisationEntity, { id: agreement.vendorId });
    const endDate = agreementEndDate(agreement)!;
    const link = `/agreements/${agreement.id}`;
    if (reminder.threshold.startsWith('choose-')) {
      await this.notifications.notifyOrganisationRoles(
        em,
        [board.id],
        [Role.PRIVACY_OFFICER, Role.SIGNATORY],
        {
          kind: 'AGREEMENT_EXIT_CHOICE_NEEDED',
          message: {
            key: 'notification.agreementExitChoiceNeeded',
            params: (locale: Locale) => ({
              board: board.name,
              vendor: vendor.name,
              endDate: spokenDate(endDate, locale),
            }),
          },
          link,
        },
      );
      return;
    }
    const overdue = reminder.threshold === 'OVERDUE';
    const dueOn = exitDueOn(endDate, agreement.exitChosenOn)!;
    const input = {
      kind: overdue ? 'AGREEMENT_EXIT_OVERDUE' : 'AGREEMENT_EXIT_DUE',
      message: {
        key: overdue
          ? ('notification.agreementExitOverdue' as const)
          : ('notification.agreementExitDue' as const),
        params: (locale: Locale) => ({
          board: board.name,
          vendor: vendor.name,
          choice: message(`exitChoice.${agreement.exitChoice!}`, locale),
          dueOn: spokenDate(dueOn, locale),
        }),
      },
      link,
    };
    await this.notifications.notifyOrganisationRoles(
      em,
      [vendor.id],
      [Role.SIGNATORY, Role.ADMIN],
      input,
    );
    if (overdue)
      await this.notifications.notifyOrganisationRoles(
        em,
        [board.id],
        [Role.PRIVACY_OFFICER],
        input,
      );
  }
}
