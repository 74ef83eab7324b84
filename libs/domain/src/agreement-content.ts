// What a signature of a processing agreement covers (DOMAIN.md): the canonical JSON
// of its content. Pure, so that anyone holding an agreement's data (the API, the
// admin, an auditor) can recompute the SHA-256 a signature recorded.

import { canonicalJson } from './canonical-json';
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
  });
}
