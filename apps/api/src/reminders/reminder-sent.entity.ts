import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * The ledger of reminders sent: one row per rule, item and threshold. A reminder is
 * sent only by the transaction whose INSERT made its row, so a second run, or a run
 * on another process at the same time, sends nothing again.
 */
@Entity('reminder_sent')
@Unique('reminder_sent_key', ['rule', 'itemId', 'threshold'])
export class ReminderSentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The rule's name, e.g. `attestation.validity`. */
  @Column({ type: 'text' })
  rule!: string;

  @Column({ type: 'uuid' })
  itemId!: string;

  /** Which step of the rule, e.g. `EXPIRING` or `EXPIRED`. */
  @Column({ type: 'text' })
  threshold!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}
