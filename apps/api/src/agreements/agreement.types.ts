import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  agreementExitState,
  AgreementSource,
  AgreementStatus,
  AgreementTopic,
  agreementInForce,
  DeviationAssessment,
  effectiveAgreementStatus,
  ExitChoice,
  GeneralOfferStatus,
  SignatureParty,
} from '@regie/domain';
import '../common/graphql-enums';
import { connectionType } from '../common/pagination';
import { CalendarDateScalar } from '../common/scalars';
import type { AgreementDeviationEntity } from './agreement-deviation.entity';
import type { AgreementMessageEntity } from './agreement-message.entity';
import type { AgreementReviewNoteEntity } from './agreement-review-note.entity';
import type { AgreementSignatureEntity } from './agreement-signature.entity';
import type { AgreementEntity } from './agreement.entity';
import type { GeneralOfferEntity } from './general-offer.entity';

@ObjectType({ description: 'A negotiated deviation from the model agreement.' })
export class Deviation {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The clause of the model it deviates from.' })
  clause!: string;

  @Field(() => AgreementTopic, {
    description:
      'The obligation the deviation touches, so that the sector can count deviations per topic.',
  })
  topic!: AgreementTopic;

  @Field()
  text!: string;

  @Field(() => SignatureParty, {
    nullable: true,
    description:
      "The party that proposed it; null for a framework deal's deviations, which the sector body negotiated.",
  })
  addedBy!: SignatureParty | null;

  @Field(() => DeviationAssessment, { nullable: true, description: "The board FG's assessment." })
  assessment!: DeviationAssessment | null;

  @Field(() => String, { nullable: true })
  assessmentNote!: string | null;

  agreementId!: string;

  static from(row: AgreementDeviationEntity): Deviation {
    return Object.assign(new Deviation(), {
      id: row.id,
      clause: row.clause,
      topic: row.topic,
      text: row.text,
      addedBy: row.addedBy,
      assessment: row.assessment,
      assessmentNote: row.assessmentNote,
      agreementId: row.agreementId,
    });
  }
}

@ObjectType({ description: "One party's signature and the SHA-256 of the content it signed." })
export class Signature {
  @Field(() => SignatureParty)
  party!: SignatureParty;

  @Field()
  signedAt!: Date;

  @Field({
    description:
      'SHA-256 (hex) of the canonical JSON of the signed content (agreementContentJson in ' +
      '@regie/domain); both signatures of one agreement hash the same content.',
  })
  documentSha256!: string;

  signedById!: string;

  static from(row: AgreementSignatureEntity): Signature {
    return Object.assign(new Signature(), {
      party: row.party,
      signedAt: row.signedAt,
      documentSha256: row.documentSha256.trim(),
      signedById: row.signedById,
    });
  }
}

@ObjectType({ description: "A board's own note on an agreement under review." })
export class ReviewNote {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  authorId!: string;

  static from(row: AgreementReviewNoteEntity): ReviewNote {
    return Object.assign(new ReviewNote(), {
      id: row.id,
      body: row.body,
      createdAt: row.createdAt,
      authorId: row.authorId,
    });
  }
}

@ObjectType({ description: 'A message from one party of an agreement to the other.' })
export class AgreementMessage {
  @Field(() => ID)
  id!: string;

  @Field(() => SignatureParty, { description: 'The party the author wrote for.' })
  party!: SignatureParty;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  authorId!: string;

  static from(row: AgreementMessageEntity): AgreementMessage {
    return Object.assign(new AgreementMessage(), {
      id: row.id,
      party: row.party,
      body: row.body,
      createdAt: row.createdAt,
      authorId: row.authorId,
    });
  }
}

@ObjectType({
  description:
    'What the vendor must do with the data once an agreement ends (art. 28(3)(g)): the ' +
    "board's choice, and the vendor's confirmation.",
})
export class AgreementExit {
  @Field(() => ExitChoice, {
    nullable: true,
    description:
      "The board's choice (the controller decides, art. 28(3)(g)); null until it chooses.",
  })
  choice!: ExitChoice | null;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      "30 days after the later of the end date and the board's choice; null while no choice is made.",
  })
  dueOn!: string | null;

  @Field(() => Date, { nullable: true })
  confirmedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The vendor's statement of what was returned and deleted, and what it must keep by law.",
  })
  statement!: string | null;

  @Field({
    description: 'True when dueOn has passed (Europe/Amsterdam) without a confirmation.',
  })
  overdue!: boolean;

  confirmedById!: string | null;
}

@ObjectType({
  description:
    'A processing agreement (verwerkersovereenkomst) between one board and one vendor, ' +
    'visible to the two parties only.',
})
export class ProcessingAgreement {
  @Field(() => ID)
  id!: string;

  @Field(() => AgreementSource)
  source!: AgreementSource;

  @Field(() => AgreementStatus, { description: 'As of today (Europe/Amsterdam).' })
  status!: AgreementStatus;

  @Field()
  modelName!: string;

  @Field()
  modelVersion!: string;

  @Field(() => CalendarDateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => CalendarDateScalar, { nullable: true })
  validUntil!: string | null;

  @Field({
    description:
      'True when ACTIVE and today (Europe/Amsterdam) lies within validFrom..validUntil, both inclusive.',
  })
  inForce!: boolean;

  @Field(() => CalendarDateScalar, {
    nullable: true,
    description:
      'Set by terminateAgreement: the agreement stays ACTIVE until this date, then shows TERMINATED.',
  })
  terminationDate!: string | null;

  @Field(() => String, { nullable: true })
  terminationReason!: string | null;

  @Field(() => SignatureParty, {
    nullable: true,
    description: 'The party that created the agreement (the drafting party); null for FRAMEWORK.',
  })
  createdBy!: SignatureParty | null;

  @Field(() => AgreementExit, {
    nullable: true,
    description:
      'Once the agreement ends (terminated or expired): what the vendor must do with the data, and its confirmation.',
  })
  exit!: AgreementExit | null;

  @Field(() => Int, {
    description:
      'Optimistic-lock version: mutations that change the agreement take it and fail with CONFLICT when it is stale.',
  })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  /** For the field resolvers: not part of the API as such. */
  boardId!: string;
  vendorId!: string;
  storedStatus!: AgreementStatus;
  supersedesId!: string | null;
  frameworkDealId!: string | null;
  generalOfferId!: string | null;
  signedDocumentFileId!: string | null;
  /** When the leaflet versions were fixed: from then on they are read from the agreement. */
  leafletsFixed!: boolean;

  static from(row: AgreementEntity, today: string): ProcessingAgreement {
    const exit = agreementExitState(row, today);
    return Object.assign(new ProcessingAgreement(), {
      id: row.id,
      source: row.source,
      status: effectiveAgreementStatus(row, today),
      modelName: row.modelName,
      modelVersion: row.modelVersion,
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      inForce: agreementInForce(row, row.activatedOn, today),
      terminationDate: row.terminationDate,
      terminationReason: row.terminationReason,
      createdBy: row.createdByParty,
      exit: exit
        ? Object.assign(new AgreementExit(), {
            choice: exit.choice,
            dueOn: exit.dueOn,
            confirmedAt: row.exitConfirmedAt,
            statement: row.exitStatement,
            overdue: exit.overdue,
            confirmedById: row.exitConfirmedById,
          })
        : null,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      boardId: row.boardId,
      vendorId: row.vendorId,
      storedStatus: row.status,
      supersedesId: row.supersedesId,
      frameworkDealId: row.frameworkDealId,
      generalOfferId: row.generalOfferId,
      signedDocumentFileId: row.signedDocumentFileId,
      leafletsFixed:
        row.leafletsFixedAt !== null &&
        row.status !== AgreementStatus.DRAFT &&
        row.status !== AgreementStatus.CHANGES_REQUESTED,
    });
  }
}

export const ProcessingAgreementConnection = connectionType(
  ProcessingAgreement,
  'ProcessingAgreement',
);

@ObjectType({
  description:
    "A vendor's standing, signed terms for some of its products: a board accepts them " +
    'without a new vendor signature.',
})
export class GeneralOffer {
  @Field(() => ID)
  id!: string;

  @Field()
  modelVersion!: string;

  @Field(() => GeneralOfferStatus)
  status!: GeneralOfferStatus;

  @Field()
  publishedAt!: Date;

  @Field(() => Signature, {
    nullable: true,
    description:
      "The vendor signatory's signature on the offer (its terms file, products and model), made when publishing.",
  })
  vendorSignature!: Signature | null;

  vendorId!: string;
  termsFileId!: string;

  static from(row: GeneralOfferEntity): GeneralOffer {
    return Object.assign(new GeneralOffer(), {
      id: row.id,
      modelVersion: row.modelVersion,
      status: row.status,
      publishedAt: row.publishedAt,
      // Publishing is the signing: by its signatory, then, over generalOfferTermsJson.
      vendorSignature: Object.assign(new Signature(), {
        party: SignatureParty.VENDOR,
        signedAt: row.publishedAt,
        documentSha256: row.signatureSha256.trim(),
        signedById: row.publishedById,
      }),
      vendorId: row.vendorId,
      termsFileId: row.termsFileId,
    });
  }
}

export const GeneralOfferConnection = connectionType(GeneralOffer, 'GeneralOffer');
