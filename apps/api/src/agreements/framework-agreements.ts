// The agreement a board gets by joining a framework deal. Shared by joinFrameworkDeal
// (through AgreementsService, which audits it) and the demo data.
import {
  agreementContentJson,
  AgreementSource,
  AgreementStatus,
  AgreementTopic,
  amsterdamDate,
  SignatureParty,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { sha256 } from '../auth/secrets';
import { writerIn, type Reader } from '../data-access';
import { fixAgreementLeaflets, MODEL_NAME, signedContent } from './agreement-content';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementEntity } from './agreement.entity';

/** What of a framework deal its agreements carry. */
export interface FrameworkDealTerms {
  readonly id: string;
  readonly vendorId: string;
  readonly productIds: readonly string[];
  readonly modelVersion: string;
  readonly deviations: readonly { clause: string; text: string; topic?: AgreementTopic }[];
  readonly validFrom: string;
  readonly validUntil: string;
  /** The vendor's acceptance of the deal: its consent, which the agreement's content names. */
  readonly vendorSignature: { signedById: string; signedAt: string; documentSha256: string };
}

/**
 * ACTIVE at once, on the deal's products, model and deviations (which the sector body
 * negotiated and the vendor accepted for everyone: `addedBy` null, unassessed, never open),
 * valid until the deal ends. The board's signatory signs it now; the vendor's consent is its
 * signature on the deal, which the signed content names by hash: the vendor never signed this
 * content itself, so it carries the board's signature alone. `reader` reads the new
 * agreement's parts back to hash them: the joining signatory, or the demo's seeding.
 */
export async function writeFrameworkAgreement(
  em: EntityManager,
  reader: Reader,
  signerUserId: string,
  boardId: string,
  deal: FrameworkDealTerms,
): Promise<{ row: AgreementEntity; leafletIds: string[]; documentSha256: string }> {
  const today = amsterdamDate();
  const agreements = writerIn(em, AgreementEntity);
  const row = await agreements.save(
    agreements.create({
      boardId,
      vendorId: deal.vendorId,
      source: AgreementSource.FRAMEWORK,
      status: AgreementStatus.ACTIVE,
      modelName: MODEL_NAME,
      modelVersion: deal.modelVersion,
      validFrom: deal.validFrom > today ? deal.validFrom : today,
      validUntil: deal.validUntil,
      activatedOn: today,
      frameworkDealId: deal.id,
      leafletsFixedAt: new Date(),
      createdById: signerUserId,
      createdByParty: null,
      vendorConsentSha256: deal.vendorSignature.documentSha256,
    }),
  );
  await writerIn(em, AgreementProductEntity).insert(
    deal.productIds.map((productId) => ({ agreementId: row.id, productId })),
  );
  if (deal.deviations.length > 0) {
    // In the deal's order: a transaction's now() is one instant, so each gets its own.
    const base = Date.now();
    await writerIn(em, AgreementDeviationEntity).insert(
      deal.deviations.map((d, i) => ({
        createdAt: new Date(base + i),
        agreementId: row.id,
        clause: d.clause,
        text: d.text,
        topic: d.topic ?? AgreementTopic.OTHER,
        addedBy: null,
        assessment: null,
        assessmentNote: null,
        createdById: signerUserId,
      })),
    );
  }
  const leafletIds = await fixAgreementLeaflets(em, reader, row.id);
  const documentSha256 = sha256(agreementContentJson(await signedContent(em, reader, row)));
  await writerIn(em, AgreementSignatureEntity).insert({
    agreementId: row.id,
    party: SignatureParty.BOARD,
    signedById: signerUserId,
    signedAt: new Date(),
    documentSha256,
  });
  return { row, leafletIds, documentSha256 };
}
