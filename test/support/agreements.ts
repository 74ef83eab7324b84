// What agreement tests share: the fields read back, the mutations, and the signed
// content recomputed independently of the API from what it shows.
import { createHash } from 'node:crypto';
import type { TestApp } from './test-app';

export const AGREEMENT_FIELDS = `id status source version modelName modelVersion validFrom validUntil
  inForce terminationDate terminationReason createdAt updatedAt
  board { id } vendor { id } products { id } leaflets { id version } dataServices
  deviations { id clause text assessment assessmentNote }
  signatures { party signedAt documentSha256 signedBy { id name } }
  documents { id filename sha256 url } reviewNotes { id body author { id name } }
  supersedes { id status }`;

export const AGREEMENT = `query ($id: ID!) { agreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
export const LIST_AGREEMENTS = `query ($filter: AgreementFilter, $first: Int, $after: String) {
  agreements(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status validUntil } }
  }
}`;

const mutation = (name: string, input: string, fields = AGREEMENT_FIELDS) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${fields} } }`;

export const CREATE = mutation('createAgreement', 'CreateAgreementInput');
export const UPDATE = mutation('updateAgreement', 'UpdateAgreementInput');
export const ADD_DEVIATION = mutation('addDeviation', 'AddDeviationInput');
export const ASSESS = mutation(
  'assessDeviation',
  'AssessDeviationInput',
  'id assessment assessmentNote',
);
export const SUBMIT = mutation('submitAgreementForReview', 'AgreementVersionInput');
export const REQUEST_CHANGES = mutation('requestAgreementChanges', 'RequestChangesInput');
export const APPROVE = mutation('approveAgreement', 'AgreementVersionInput');
export const SIGN = mutation('signAgreement', 'AgreementVersionInput');
export const TERMINATE = mutation('terminateAgreement', 'TerminateAgreementInput');
export const ADD_NOTE = mutation('addReviewNote', 'AddReviewNoteInput', 'id body author { id }');
export const ATTACH = mutation('attachAgreementDocument', 'AttachDocumentInput');
export const PUBLISH_OFFER = mutation(
  'publishGeneralOffer',
  'PublishGeneralOfferInput',
  'id status modelVersion publishedAt vendor { id } products { id } terms { id sha256 url }',
);
export const ACCEPT_OFFER = mutation('acceptGeneralOffer', 'AcceptGeneralOfferInput');

/** The first error's code and reason (or null), for terse assertions. */
export function failure(res: Awaited<ReturnType<TestApp['graphql']>>) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions.code, reason: e.extensions.reason ?? null } : null;
}

/**
 * The SHA-256 of an agreement's signed content, computed from what the API shows
 * (DOMAIN.md: canonical JSON with sorted keys), with no code of the API's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API data, read loosely
export function expectedContentSha256(a: Record<string, any>): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
          )
        : v;
  const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();
  const content = {
    parties: { boardId: a.board.id, vendorId: a.vendor.id },
    productIds: ids(a.products),
    leafletIds: ids(a.leaflets),
    model: { name: a.modelName, version: a.modelVersion },
    deviations: a.deviations.map((d: Record<string, unknown>) => ({
      clause: d.clause,
      text: d.text,
      assessment: d.assessment,
      assessmentNote: d.assessmentNote,
    })),
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    documentSha256s: a.documents.map((d: { sha256: string }) => d.sha256).sort(),
  };
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(content)))
    .digest('hex');
}
