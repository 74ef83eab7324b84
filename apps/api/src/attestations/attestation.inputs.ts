import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import {
  AttestationType,
  AttestationValidity,
  VerificationStatus,
  Visibility,
} from '@regie/domain';
import { MaxLen, NonBlank } from '../common/validation';
import { CalendarDateScalar } from '../common/scalars';

@InputType()
export class CreateAttestationInput {
  @Field(() => ID, { description: 'The vendor the caller acts for.' })
  vendorId!: string;

  @Field(() => AttestationType)
  type!: AttestationType;

  @Field()
  @NonBlank()
  @MaxLen(300)
  issuer!: string;

  @Field()
  @NonBlank()
  @MaxLen(4000)
  scope!: string;

  @Field(() => CalendarDateScalar)
  issuedOn!: string;

  @Field(() => CalendarDateScalar, { description: 'Not before issuedOn.' })
  validUntil!: string;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => [ID], { description: "The vendor's own products it covers." })
  productIds!: string[];

  @Field(() => ID, {
    description: 'A PDF uploaded through POST /api/files for the vendor, not yet part of anything.',
  })
  documentFileId!: string;

  @Field(() => ID, { nullable: true, description: "The vendor's attestation this one renews." })
  supersedesId?: string | null;
}

@InputType({
  description:
    'What may change once an attestation is issued: who sees it and which products it ' +
    'covers. Anything else is a new attestation that supersedes it.',
})
export class UpdateAttestationInput {
  @Field(() => Visibility, { nullable: true })
  visibility?: Visibility | null;

  @Field(() => [ID], { nullable: true })
  productIds?: string[] | null;
}

@InputType()
export class VerifyAttestationInput {
  @Field(() => ID)
  attestationId!: string;

  @Field(() => VerificationStatus, { description: 'VERIFIED or REJECTED.' })
  status!: VerificationStatus;

  @Field(() => String, { nullable: true, description: 'Required when rejecting.' })
  @IsOptional()
  @MaxLen(4000)
  note?: string | null;
}

@InputType()
export class RequestAttestationAccessInput {
  @Field(() => ID)
  attestationId!: string;

  @Field(() => ID, { description: 'The board or sector body the caller asks for.' })
  organisationId!: string;

  @Field()
  @NonBlank()
  @MaxLen(2000)
  reason!: string;
}

@InputType()
export class DecideAttestationAccessInput {
  @Field(() => ID)
  requestId!: string;

  @Field()
  grant!: boolean;
}

@InputType()
export class AttestationFilter {
  @Field(() => ID, { nullable: true })
  vendorId?: string | null;

  @Field(() => AttestationType, { nullable: true })
  type?: AttestationType | null;

  @Field(() => AttestationValidity, { nullable: true })
  validity?: AttestationValidity | null;

  @Field(() => VerificationStatus, { nullable: true })
  verification?: VerificationStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only attestations a newer one renews (supersedes); false: only those not renewed, e.g. what still needs renewing before it expires.',
  })
  renewed?: boolean | null;
}
