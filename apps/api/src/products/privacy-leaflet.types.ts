import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  dataOutsideEea,
  DataSubject,
  isInEea,
  LeafletStatus,
  PersonalDataCategory,
  TransferMechanism,
  transferWithoutSafeguards,
  usesPersonalNumbers,
} from '@regie/domain';
import '../common/graphql-enums';
import type {
  PrivacyLeafletEntity,
  StoredLocation,
  StoredRetentionRule,
  StoredSubprocessor,
} from './privacy-leaflet.entity';

@ObjectType({ description: 'How long a category of personal data is kept.' })
export class RetentionRule {
  @Field(() => PersonalDataCategory)
  category!: PersonalDataCategory;

  @Field({ description: 'In words: "until 1 year after the student leaves".' })
  period!: string;
}

@ObjectType({ description: 'A party the vendor engages to process the personal data.' })
export class Subprocessor {
  @Field()
  name!: string;

  @Field()
  service!: string;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field(() => TransferMechanism)
  transferMechanism!: TransferMechanism;

  @Field({ description: 'Whether the country is in the European Economic Area.' })
  inEea!: boolean;

  @Field({
    description:
      'Outside the EEA with transfer mechanism NONE: allowed, but flagged wherever shown.',
  })
  transferWithoutSafeguards!: boolean;

  static from(s: StoredSubprocessor): Subprocessor {
    return Object.assign(new Subprocessor(), {
      name: s.name,
      service: s.service,
      country: s.country,
      transferMechanism: s.transferMechanism,
      inEea: isInEea(s.country),
      transferWithoutSafeguards: transferWithoutSafeguards(s),
    });
  }
}

@ObjectType({ description: 'Where the personal data is processed or stored.' })
export class ProcessingLocation {
  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field({ description: 'Whether the country is in the European Economic Area.' })
  inEea!: boolean;

  @Field({ description: 'What happens there: storage, processing, support.' })
  activity!: string;

  static from(l: StoredLocation): ProcessingLocation {
    return Object.assign(new ProcessingLocation(), {
      country: l.country,
      inEea: isInEea(l.country),
      activity: l.activity,
    });
  }
}

@ObjectType({
  description:
    "A version of a product's privacy leaflet (privacybijsluiter). A published version never changes.",
})
export class PrivacyLeaflet {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1, 2, …; a draft carries the number it will be published as.' })
  version!: number;

  @Field(() => LeafletStatus)
  status!: LeafletStatus;

  @Field(() => [String])
  purposes!: string[];

  @Field(() => [DataSubject])
  dataSubjects!: DataSubject[];

  @Field(() => [PersonalDataCategory])
  dataCategories!: PersonalDataCategory[];

  @Field(() => [RetentionRule])
  retention!: RetentionRule[];

  @Field(() => [Subprocessor])
  subprocessors!: Subprocessor[];

  @Field(() => [ProcessingLocation])
  locations!: ProcessingLocation[];

  @Field(() => Int, { description: 'Within how many hours the vendor reports a data breach.' })
  breachNotificationHours!: number;

  @Field(() => String, { nullable: true })
  privacyContactEmail!: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field({ description: 'Whether a location or sub-processor lies outside the EEA.' })
  dataOutsideEea!: boolean;

  @Field({
    description: 'Whether personal numbers (BSN, PGN) are processed: restricted by law, flagged.',
  })
  usesPersonalNumbers!: boolean;

  @Field({
    description: 'Whether a sub-processor outside the EEA has transfer mechanism NONE: flagged.',
  })
  transferWithoutSafeguards!: boolean;

  /** Not a field: what `product` loads by. */
  productId!: string;

  static from(entity: PrivacyLeafletEntity): PrivacyLeaflet {
    const subprocessors = entity.subprocessors.map(Subprocessor.from);
    return Object.assign(new PrivacyLeaflet(), {
      id: entity.id,
      productId: entity.productId,
      version: entity.version,
      status: entity.status,
      purposes: entity.purposes,
      dataSubjects: entity.dataSubjects,
      dataCategories: entity.dataCategories,
      retention: entity.retention.map((r: StoredRetentionRule) =>
        Object.assign(new RetentionRule(), { category: r.category, period: r.period }),
      ),
      subprocessors,
      locations: entity.locations.map(ProcessingLocation.from),
      breachNotificationHours: entity.breachNotificationHours,
      privacyContactEmail: entity.privacyContactEmail,
      publishedAt: entity.publishedAt,
      dataOutsideEea: dataOutsideEea(entity),
      usesPersonalNumbers: usesPersonalNumbers(entity),
      transferWithoutSafeguards: subprocessors.some((s) => s.transferWithoutSafeguards),
    });
  }

  /** What an audit event keeps of a leaflet: its content, without derived flags. */
  static audited(entity: PrivacyLeafletEntity) {
    return {
      id: entity.id,
      productId: entity.productId,
      version: entity.version,
      status: entity.status,
      purposes: entity.purposes,
      dataSubjects: entity.dataSubjects,
      dataCategories: entity.dataCategories,
      retention: entity.retention,
      subprocessors: entity.subprocessors,
      locations: entity.locations,
      breachNotificationHours: entity.breachNotificationHours,
      privacyContactEmail: entity.privacyContactEmail,
      publishedAt: entity.publishedAt,
    };
  }
}
