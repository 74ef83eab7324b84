// The reminder job: every rule's due items, each in a transaction of its own that
// first claims the (rule, item, threshold) row of the ledger with INSERT … ON
// CONFLICT DO NOTHING and sends only when its insert made the row. A second run,
// or a run on another process at the same moment (which waits on the unique key
// and then finds the row), sends nothing again.
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { amsterdamDate } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ReminderRules } from './reminder-rule';

export interface ReminderRun {
  /** Reminders this run sent, per rule. */
  readonly sent: Record<string, number>;
}

@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rules: ReminderRules,
    private readonly audit: AuditService,
  ) {}

  async runOnce(today: string = amsterdamDate()): Promise<ReminderRun> {
    const sent: Record<string, number> = {};
    let seen = 0;
    for (const rule of this.rules.all()) {
      sent[rule.name] = 0;
      const due = await rule.due(this.dataSource.manager, today);
      seen += due.length;
      for (const reminder of due) {
        const made = await this.dataSource.transaction(async (em) => {
          const rows: { id: string }[] = await em.query(
            `INSERT INTO reminder_sent (rule, item_id, threshold) VALUES ($1, $2, $3)
             ON CONFLICT (rule, item_id, threshold) DO NOTHING RETURNING id`,
            [rule.name, reminder.itemId, reminder.threshold],
          );
          if (rows.length === 0) return false;
          await rule.send(em, reminder, today);
          await this.audit.record(em, {
            viewer: null,
            organisationId: null,
            partyIds: [],
            action: 'reminder.sent',
            entityType: 'Reminder',
            entityId: rows[0].id,
            after: { rule: rule.name, itemId: reminder.itemId, threshold: reminder.threshold },
          });
          return true;
        });
        if (made) sent[rule.name] += 1;
      }
    }
    const total = Object.values(sent).reduce((a, b) => a + b, 0);
    // Every run shows in the log, with what another process sent first (due here, sent there).
    this.logger.log(
      `reminder run for ${today}: ${seen} due, ${total} sent by this process` +
        (seen > total ? `, ${seen - total} already sent by another run` : '') +
        (total > 0 ? `: ${JSON.stringify(sent)}` : ''),
    );
    return { sent };
  }
}
