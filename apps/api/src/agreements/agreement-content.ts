// What an agreement is made of as stored: the content both signatures hash, and the
// leaflet versions fixed with it. Read for a reader inside the caller's transaction
// (plain functions: the demo data uses them too, without an injector).
import {
  AgreementSource,
  DeviationAssessment,
  type AgreementSignedContent,
  type VendorConsent,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { visibleIn, writerIn, type Reader } from '../data-access';
import { AgreementDeviationEntity } from './agreement-deviation.entity';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementLeafletEntity } from './agreement-leaflet.entity';
import { AgreementProductEntity } from './agreement-product.entity';
import type { AgreementEntity } from './agreement.entity';

/** The model every agreement in Regie follows (DOMAIN.md). */
export const MODEL_NAME = 'Model Verwerkersovereenkomst';
/** What links a document to an agreement, and a general offer's terms, in the files registry. */
export const AGREEMENT_FILE_LINK = 'agreement';
export const GENERAL_OFFER_FILE_LINK = 'generalOffer';

/** The products an agreement covers, by id. */
export async function productIdsOf(
  em: EntityManager,
  reader: Reader,
  agreementId: string,
): Promise<string[]> {
  const rows = await visibleIn(em, reader, AgreementProductEntity, 'ap')
    .andWhere('ap.agreement_id = :agreementId', { agreementId })
    .orderBy('ap.productId', 'ASC')
    .getMany();
  return rows.map((r) => r.productId);
}

/** The content both signatures hash (DOMAIN.md), read from the agreement as stored. */
export async function signedContent(
  em: EntityManager,
  reader: Reader,
  row: AgreementEntity,
): Promise<AgreementSignedContent> {
  const of = { agreementId: row.id };
  // One after the other: a transaction's connection runs one statement at a time.
  const productIds = await productIdsOf(em, reader, row.id);
  const leaflets = await visibleIn(em, reader, AgreementLeafletEntity, 'l')
    .andWhere('l.agreement_id = :agreementId', of)
    .getMany();
  const deviations = await visibleIn(em, reader, AgreementDeviationEntity, 'd')
    .andWhere('d.agreement_id = :agreementId AND d.withdrawn_at IS NULL', of)
    .orderBy('d.createdAt', 'ASC')
    .addOrderBy('d.id', 'ASC')
    .getMany();
  const documents = await visibleIn(em, reader, AgreementDocumentEntity, 'doc')
    .andWhere('doc.agreement_id = :agreementId', of)
    .getMany();
  return {
    parties: { boardId: row.boardId, vendorId: row.vendorId },
    productIds,
    leafletIds: leaflets.map((l) => l.leafletId),
    model: { name: row.modelName, version: row.modelVersion },
    deviations: deviations.map((d) => ({
      clause: d.clause,
      text: d.text,
      ...signedAssessment(row, d),
    })),
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    documentSha256s: documents.map((d) => d.sha256.trim()),
    vendorConsent: vendorConsentOf(row),
  };
}

/**
 * A deviation's assessment as signed. A framework deal's deviation (the sector body's) is
 * signed as the deal has it, unassessed: joining accepted it, and the board's FG may record an
 * assessment of its own later, outside the signed content. Framework agreements signed before
 * Regie named the vendor's consent carried it as ACCEPTABLE, and read so still, so that their
 * hash is recomputed as it was signed.
 */
function signedAssessment(
  row: AgreementEntity,
  d: AgreementDeviationEntity,
): { assessment: string | null; assessmentNote: string | null } {
  if (row.source !== AgreementSource.FRAMEWORK || d.addedBy !== null)
    return { assessment: d.assessment, assessmentNote: d.assessmentNote };
  return row.vendorConsentSha256 === null
    ? { assessment: DeviationAssessment.ACCEPTABLE, assessmentNote: LEGACY_DEAL_NOTE }
    : { assessment: null, assessmentNote: null };
}

/** What framework agreements signed before migration 1795500000000 said of the deal's deviations. */
const LEGACY_DEAL_NOTE = 'Agreed in the framework deal.';

/** The vendor's signature on the offer or deal the agreement rests on, by its hash. */
export function vendorConsentOf(row: AgreementEntity): VendorConsent | null {
  if (row.vendorConsentSha256 === null) return null;
  if (row.source === AgreementSource.GENERAL_OFFER && row.generalOfferId)
    return {
      source: 'GENERAL_OFFER',
      id: row.generalOfferId,
      documentSha256: row.vendorConsentSha256.trim(),
    };
  if (row.source === AgreementSource.FRAMEWORK && row.frameworkDealId)
    return {
      source: 'FRAMEWORK',
      id: row.frameworkDealId,
      documentSha256: row.vendorConsentSha256.trim(),
    };
  return null;
}

/**
 * Fixes the products' current published leaflets as the agreement's: what the FG
 * reviews, or what a framework agreement starts on, is what is signed. Returns
 * their ids, sorted.
 */
export async function fixAgreementLeaflets(
  em: EntityManager,
  reader: Reader,
  agreementId: string,
): Promise<string[]> {
  await writerIn(em, AgreementLeafletEntity).delete({ agreementId });
  const covered = await visibleIn(em, reader, AgreementProductEntity, 'ap')
    .innerJoinAndSelect('ap.product', 'p')
    .andWhere('ap.agreement_id = :agreementId', { agreementId })
    .andWhere('p.current_leaflet_id IS NOT NULL')
    .getMany();
  const products = covered.map((ap) => ap.product!);
  if (products.length === 0) return [];
  await writerIn(em, AgreementLeafletEntity).insert(
    products.map((p) => ({ agreementId, leafletId: p.currentLeafletId!, productId: p.id })),
  );
  return products.map((p) => p.currentLeafletId!).sort();
}
