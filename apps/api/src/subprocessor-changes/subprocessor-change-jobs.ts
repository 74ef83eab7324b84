// The daily job's part in changes of subprocessors (DOMAIN.md: "On effectiveOn the daily
// job publishes the draft"), as rules of the reminder job (reminders/reminder-rule.ts):
// each due item runs in a transaction of its own that first claims its ledger row
// (reminder_sent), so that a change is published once even when the job runs twice or on
// several processes at the same moment; the publication itself locks the product and moves
// the change with a conditional UPDATE … WHERE status = 'ANNOUNCED', which holds as well
// against the vendor publishing the same draft by hand.
import { Injectable } from '@nestjs/common';
import { SubprocessorChangeStatus } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { DataAccess, SYSTEM } from '../data-access';
import { changesWithBoardsToTell } from '../data-access/queries/subprocessor-change-fanout.queries';
import { PrivacyLeafletsService } from '../products/privacy-leaflets.service';
import { notSentSql, type DueReminder, type ReminderRule } from '../reminders/reminder-rule';
import { SubprocessorChangeEntity } from './subprocessor-change.entity';
import { SubprocessorChangesService } from './subprocessor-changes.service';

const IN_EFFECT = SubprocessorChangeStatus.IN_EFFECT;

/** Publishes each announced change's draft on (or after) its effectiveOn. */
@Injectable()
export class SubprocessorChangeEffectRule implements ReminderRule {
  readonly name = 'subprocessorChange.effect';

  constructor(
    private readonly da: DataAccess,
    private readonly leaflets: PrivacyLeafletsService,
  ) {}

  // The daily job reads every vendor's changes: it acts for none of them.
  async due(em: EntityManager, today: string): Promise<DueReminder[]> {
    const rows = await this.da
      .visible(SYSTEM, SubprocessorChangeEntity, 'c', em)
      .select('c.id', 'id')
      .andWhere('c.status = :announced AND c.effective_on <= :today::date', {
        announced: SubprocessorChangeStatus.ANNOUNCED,
        today,
      })
      .andWhere(notSentSql(this.name, 'c.id', `'${IN_EFFECT}'`))
      .orderBy('c.effective_on')
      .addOrderBy('c.id')
      .getRawMany<{ id: string }>();
    return rows.map((r) => ({ itemId: r.id, threshold: IN_EFFECT }));
  }

  async send(em: EntityManager, reminder: DueReminder, today: string): Promise<void> {
    const change = await this.da.one(SYSTEM, SubprocessorChangeEntity, reminder.itemId, em);
    // Withdrawn, or published by its vendor since the job looked: nothing to do.
    if (!change || change.status !== SubprocessorChangeStatus.ANNOUNCED) return;
    // The leaflets' hooks hold: the change is due, so the draft may be published, and the
    // change moves to IN_EFFECT in the same transaction (SubprocessorChangesService).
    await this.leaflets.publishAsPlatform(em, change.productId, change.leafletId, today);
  }
}

/**
 * Tells the boards whose agreement on the product came into force after a change was
 * announced and before its effectiveOn (DOMAIN.md: "and so is a board whose agreement comes
 * into force before effectiveOn"). Once a day per change: the notices' key keeps each board
 * to one notice.
 */
@Injectable()
export class SubprocessorChangeNoticeRule implements ReminderRule {
  readonly name = 'subprocessorChange.notice';

  constructor(private readonly changes: SubprocessorChangesService) {}

  async due(em: EntityManager, today: string): Promise<DueReminder[]> {
    const ids = await changesWithBoardsToTell(em, today);
    return ids.map((itemId) => ({ itemId, threshold: today }));
  }

  async send(em: EntityManager, reminder: DueReminder, today: string): Promise<void> {
    await this.changes.tellNewBoards(em, reminder.itemId, today);
  }
}
