import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity/user.entity';

/**
 * A message to one person in the app. Title and body are rendered in the
 * recipient's language when it is created, so that it reads the same later.
 */
@Entity('notification')
@Index('notification_recipient_idx', ['recipientId', 'createdAt', 'id'])
// The unread list, which is what the bell in the admin shows, is a scan of this alone.
@Index('notification_recipient_unread_idx', ['recipientId', 'createdAt', 'id'], {
  where: 'read_at IS NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;

  /** What happened, e.g. `MEMBER_JOINED`; clients may pick an icon by it. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** A path in the admin app (`/organisations/…`), so it works on any host name. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** Milliseconds, like a JavaScript Date, so that a cursor holds the exact value. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt!: Date | null;
}
