import { SignatureParty } from '@regie/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AgreementEntity } from './agreement.entity';

/**
 * One party's signature: who, when, and the SHA-256 of the canonical signed content
 * (agreement-content.ts). Each party signs an agreement once.
 */
@Entity('agreement_signature')
@Index('agreement_signature_party_key', ['agreementId', 'party'], { unique: true })
export class AgreementSignatureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @Column({ type: 'enum', enum: SignatureParty, enumName: 'signature_party' })
  party!: SignatureParty;

  /** The person (app_user) who signed. */
  @Column({ type: 'uuid' })
  signedById!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  signedAt!: Date;

  @Column({ type: 'char', length: 64 })
  documentSha256!: string;
}
