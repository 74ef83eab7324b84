// What a signature of a processing agreement covers (DOMAIN.md): the canonical JSON
// of its content. Pure, so that anyone holding an agreement's data (the API, the
// admin, an auditor) can recompute the SHA-256 a signature recorded.

import { canonicalJson } from './canonical-json';

/**
 * What a vendor's signatory signs when publishing a general offer: the offer, its vendor, its
 * products, the model version and the SHA-256 of the terms PDF, as canonical JSON. Its SHA-256
 * is the offer's signature hash, which every agreement on the offer names.
 */
export function generalOfferTermsJson(offer: {
  readonly id: string;
  readonly vendorId: string;
  readonly productIds: readonly string[];
  readonly modelVersion: string;
  readonly termsSha256: string;
}): string {
  return canonicalJson({
    generalOfferId: offer.id.toLowerCase(),
    vendorId: offer.vendorId.toLowerCase(),
    productIds: [...offer.productIds].map((id) => id.toLowerCase()).sort(),
    modelVersion: offer.modelVersion,
    termsSha256: offer.termsSha256.trim().toLowerCase(),
  });
}
/** The signed content of an agreement; lists are sorted where order carries no meaning. */
export interface AgreementSignedContent {
  readonly parties: { readonly boardId: string; readonly vendorId: string };
  readonly productIds: readonly string[];
  readonly leafletIds: readonly string[];
  readonly model: { readonly name: string; readonly version: string };
  /** In the order they were added. */
  readonly deviations: readonly {
    readonly clause: string;
    readonly text: string;
    readonly assessment: string | null;
    readonly assessmentNote: string | null;
  }[];
  readonly validFrom: string | null;
  readonly validUntil: string | null;
  /** SHA-256 (hex) of every attached document. */
  readonly documentSha256s: readonly string[];
  /**
   * For an agreement on a general offer or a framework deal: the vendor's consent it rests on,
   * its signature on the offer or the deal, named by that signature's hash. Absent for DIRECT
   * agreements (both parties sign the agreement itself) and for agreements signed before
   * Regie named the consent (their content stays as it was signed).
   */
  readonly vendorConsent?: VendorConsent | null;
}

/** The vendor's signature on the offer or deal an agreement rests on. */
export interface VendorConsent {
  readonly source: 'GENERAL_OFFER' | 'FRAMEWORK';
  /** The general offer's or framework deal's id. */
  readonly id: string;
  /** SHA-256 (hex) of what the vendor's signatory signed: the offer's or the deal's terms. */
  readonly documentSha256: string;
}

/** The canonical text that is hashed: unordered lists sorted, ids lower-case. */
export function agreementContentJson(content: AgreementSignedContent): string {
  const sorted = (ids: readonly string[]) => [...ids].map((s) => s.toLowerCase()).sort();
  return canonicalJson({
    parties: {
      boardId: content.parties.boardId.toLowerCase(),
      vendorId: content.parties.vendorId.toLowerCase(),
    },
    productIds: sorted(content.productIds),
    leafletIds: sorted(content.leafletIds),
    model: content.model,
    deviations: content.deviations.map((d) => ({
      clause: d.clause,
      text: d.text,
      assessment: d.assessment,
      assessmentNote: d.assessmentNote,
    })),
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    documentSha256s: sorted(content.documentSha256s),
    ...(content.vendorConsent
      ? {
          vendorConsent: {
            source: content.vendorConsent.source,
            id: content.vendorConsent.id.toLowerCase(),
            documentSha256: content.vendorConsent.documentSha256.toLowerCase(),
          },
        }
      : {}),
  });
}
