// Deviation and Signature as the contract defines them for agreements, which the
// agreements module owns: a framework deal carries the same shapes. When both
// modules meet, one definition stays (the agreements module's) and this file goes.
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgreementStatus } from '@regie/domain';
import { Person } from '../common/person.types';

export enum DeviationAssessment {
  ACCEPTABLE = 'ACCEPTABLE',
  ACCEPTABLE_WITH_MEASURES = 'ACCEPTABLE_WITH_MEASURES',
  UNACCEPTABLE = 'UNACCEPTABLE',
}

export enum SignatureParty {
  BOARD = 'BOARD',
  VENDOR = 'VENDOR',
}

registerEnumType(DeviationAssessment, { name: 'DeviationAssessment' });
registerEnumType(SignatureParty, { name: 'SignatureParty' });

@ObjectType()
export class Deviation {
  @Field(() => ID)
  id!: string;

  @Field()
  clause!: string;

  @Field()
  text!: string;

  @Field(() => DeviationAssessment, { nullable: true })
  assessment!: DeviationAssessment | null;

  @Field(() => String, { nullable: true })
  assessmentNote!: string | null;
}

@ObjectType()
export class Signature {
  @Field(() => SignatureParty)
  party!: SignatureParty;

  @Field(() => Person)
  signedBy!: Person;

  @Field(() => Date)
  signedAt!: Date;

  @Field()
  documentSha256!: string;
}

registerEnumType(AgreementStatus, { name: 'AgreementStatus' });
