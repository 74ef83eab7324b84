import { SignatureParty } from '@regie/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AgreementEntity } from './agreement.entity';

/**
 * A message from one party to the other on an agreement: both parties read it, unlike the
 * board's review notes. A request for changes is one, written by the FG for the vendor.
 */
@Entity('agreement_message')
@Index('agreement_message_agreement_idx', ['agreementId', 'createdAt', 'id'])
export class AgreementMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  /** The party the author wrote for. */
  @Column({ type: 'enum', enum: SignatureParty, enumName: 'signature_party' })
  party!: SignatureParty;

  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
