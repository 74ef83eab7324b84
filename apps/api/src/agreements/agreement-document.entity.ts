import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFileEntity } from '../files/stored-file.entity';
import { AgreementEntity } from './agreement.entity';

/**
 * A document attached to an agreement: an uploaded PDF, or the terms of the general
 * offer it was accepted on (one file, many agreements). The hash is kept so the
 * signed content names exactly these bytes.
 */
@Entity('agreement_document')
export class AgreementDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  agreementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid', nullable: true })
  attachedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  attachedAt!: Date;
}
