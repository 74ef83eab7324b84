import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AttestationType, DataSubject, PersonalDataCategory } from '@regie/domain';
import '../common/graphql-enums';
import { CalendarDateScalar } from '../common/scalars';
import { Organisation } from '../organisations/organisation.types';
import { Product } from '../products/product.types';
import { ProcessingLocation, RetentionRule, Subprocessor } from '../products/privacy-leaflet.types';

@ObjectType({ description: "One line of a board's processor register (art. 30 GDPR)." })
export class RegisterEntry {
  // INTEGRATION POINT: `agreement: ProcessingAgreement!` is resolved from `agreementId`
  // by a @ResolveField in register.resolver.ts once the agreements module has its
  // GraphQL type and loader (see the note there).
  /** Not a field: the agreement this line is about. */
  agreementId!: string;

  /** Not a field: the first day the agreement holds (its validFrom, else its activation). */
  validFrom!: string | null;

  @Field(() => Organisation)
  vendor!: Organisation;

  @Field(() => [Product])
  products!: Product[];

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

  @Field()
  dataOutsideEea!: boolean;

  @Field(() => CalendarDateScalar, { nullable: true })
  validUntil!: string | null;

  @Field(() => [AttestationType], {
    description: "Types of the vendor's attestations covering these products that are not EXPIRED.",
  })
  attestationTypes!: AttestationType[];

  @Field(() => Int)
  expiredAttestationCount!: number;

  @Field(() => Int, { description: 'Deviations not assessed, or assessed UNACCEPTABLE.' })
  openDeviations!: number;
}
