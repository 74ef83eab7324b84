import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { AgreementEntity } from './agreement.entity';

/**
 * The leaflet version of each product fixed when the agreement went to review:
 * what the FG reviews is what is signed, and signed agreements keep it.
 */
@Entity('agreement_leaflet')
export class AgreementLeafletEntity {
  @PrimaryColumn({ type: 'uuid' })
  agreementId!: string;

  @PrimaryColumn({ type: 'uuid' })
  leafletId!: string;

  @Column({ type: 'uuid' })
  productId!: string;

  @ManyToOne(() => AgreementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: AgreementEntity;

  @ManyToOne(() => PrivacyLeafletEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leaflet_id' })
  leaflet?: PrivacyLeafletEntity;
}
