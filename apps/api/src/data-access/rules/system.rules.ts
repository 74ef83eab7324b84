// Tables that only the platform's own background work reads: the e-mail outbox and
// the reminder ledger. No viewer ever sees their rows.
import type { VisibilityRule } from '../visibility-rule';

export const emailOutbox: VisibilityRule = { table: 'email_outbox', visible: () => 'FALSE' };
export const reminderSent: VisibilityRule = { table: 'reminder_sent', visible: () => 'FALSE' };
