// The agreement a board gets by joining a framework deal. Shared by joinFrameworkDeal
// (through AgreementsService, which audits it) and the demo data.
import {
  agreementContentJson,
  AgreementSource,
  AgreementStatus,
  amsterdamDate,
  DeviationAssessment,
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
  readonly deviations: readonly { clause: string; text: string }[];
  readonly validFrom: string;
  readonly validUntil: string;
  readonly vendorSignature: { signedById: string; signedAt: string };
}

/**
 * ACTIVE at once, on the deal's products, model and deviations (which the sector
 * body negotiated and accepted for everyone), valid until the deal ends. The board's
 * signatory signs it now; the vendor's signature is its acceptance of the deal,
 * recorded over the same content. `reader` reads the new agreement's parts back to
 * hash them: the joining signatory, or the demo's seeding.
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
    }),
  );
  await writerIn(em, AgreementProductEntity).insert(
    deal.productIds.map((productId) => ({ agreementId: row.id, productId })),
  );
  if (deal.deviations.length > 0) {
    await writerIn(em, AgreementDeviationEntity).insert(
      deal.deviations.map((d) => ({
        agreementId: row.id,
        clause: d.clause,
        text: d.text,
        assessment: DeviationAssessment.ACCEPTABLE,
        assessmentNote: 'Agreed in the framework deal.',
        createdById: signerUserId,
      })),
    );
  }
  const leafletIds = await fixAgreementLeaflets(em, reader, row.id);
  const documentSha256 = sha256(agreementContentJson(await signedContent(em, reader, row)));
  await writerIn(em, AgreementSignatureEntity).insert([
    {
      agreementId: row.id,
      party: SignatureParty.BOARD,
      signedById: signerUserId,
      signedAt: new Date(),
      documentSha256,
    },
    {
      agreementId: row.id,
      party: SignatureParty.VENDOR,
      signedById: deal.vendorSignature.signedById,
      signedAt: new Date(deal.vendorSignature.signedAt),
      documentSha256,
    },
  ]);
  return { row, leafletIds, documentSha256 };
}
