import { Locale } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { NotificationEntity } from './notification.entity';

export enum OutboxEmailStatus {
  /** Waiting for its (next) attempt at `nextAttemptAt`. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after the last attempt; kept, with the last error, for an operator. */
  FAILED = 'FAILED',
}

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it
 * tells of, so that a committed change always has its e-mail and a rolled-back
 * one never does. The outbox worker sends it.
 */
@Entity('email_outbox')
// The worker's claim: the due rows of the pending ones, oldest due first.
@Index('email_outbox_due_idx', ['nextAttemptAt'], { where: "status = 'PENDING'" })
export class OutboxEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `MEMBER_JOINED`, `INVITATION`, …: what the e-mail is about. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  toAddress!: string;

  @Column({ type: 'enum', enum: Locale, enumName: 'locale' })
  locale!: Locale;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  /**
   * Fixed when the row is written: a repeat of the same e-mail (after a crash
   * between sending and recording it) carries the same Message-ID, so mail clients
   * and people can tell it is one message.
   */
  @Index('email_outbox_message_id_key', { unique: true })
  @Column({ type: 'text' })
  messageId!: string;

  /** The in-app notification this e-mail repeats, if any. */
  @Column({ type: 'uuid', nullable: true })
  notificationId!: string | null;

  @ManyToOne(() => NotificationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notification_id' })
  notification?: NotificationEntity;

  @Column({
    type: 'enum',
    enum: OutboxEmailStatus,
    enumName: 'email_outbox_status',
    default: OutboxEmailStatus.PENDING,
  })
  status!: OutboxEmailStatus;

  /** Attempts started; counted when a worker claims the row, before it sends. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** The error of the last failed attempt; kept after a later success, to show it needed one. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
