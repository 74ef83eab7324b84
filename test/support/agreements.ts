// What agreement tests share: the fields read back, the mutations, and the signed
// content recomputed independently of the API from what it shows.
import { createHash } from 'node:crypto';
import type { TestApp } from './test-app';

export const AGREEMENT_FIELDS = `id status source version modelName modelVersion validFrom validUntil
  inForce terminationDate terminationReason createdAt updatedAt createdBy waitingOn
  board { id } vendor { id } products { id } leaflets { id version } dataServices
  deviations { id clause topic text addedBy assessment assessmentNote }
  signatures { party signedAt documentSha256 signedBy { id name } }
  documents { id filename sha256 url } reviewNotes { id body author { id name } }
  messages { id party body createdAt author { id name } }
  exit { choice dueOn confirmedAt confirmedBy { id name } statement overdue }
  generalOffer { id vendorSignature { party signedAt documentSha256 signedBy { id name } } }
  frameworkDeal { id vendorSignature { party signedAt documentSha256 signedBy { id name } } }
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
export const UPDATE_DEVIATION = mutation('updateDeviation', 'UpdateDeviationInput');
export const WITHDRAW_DEVIATION = mutation('withdrawDeviation', 'WithdrawDeviationInput');
export const POST_MESSAGE = mutation(
  'postAgreementMessage',
  'PostAgreementMessageInput',
  'id party body createdAt author { id name }',
);
export const CHOOSE_EXIT = mutation('chooseAgreementExit', 'ChooseAgreementExitInput');
export const CONFIRM_EXIT = mutation('confirmAgreementExit', 'ConfirmAgreementExitInput');
export const ATTACH = mutation('attachAgreementDocument', 'AttachDocumentInput');
export const PUBLISH_OFFER = mutation(
  'publishGeneralOffer',
  'PublishGeneralOfferInput',
  `id status modelVersion publishedAt vendor { id } products { id } terms { id sha256 url }
   vendorSignature { party signedAt documentSha256 signedBy { id name } }`,
);
export const ACCEPT_OFFER = mutation('acceptGeneralOffer', 'AcceptGeneralOfferInput');

/** Canonical JSON with sorted keys, written here so that no code of the API's is used. */
function sortedJson(value: unknown): string {
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
  return JSON.stringify(sortKeys(value));
}

/**
 * The SHA-256 of what a vendor's signatory signs by publishing a general offer (DOMAIN.md):
 * the offer, its vendor, products and model and the terms PDF's hash, from what the API shows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API data, read loosely
export function expectedOfferSha256(o: Record<string, any>): string {
  const signed = {
    generalOfferId: o.id,
    vendorId: o.vendor.id,
    productIds: o.products.map((p: { id: string }) => p.id).sort(),
    modelVersion: o.modelVersion,
    termsSha256: o.terms.sha256,
  };
  return createHash('sha256').update(sortedJson(signed)).digest('hex');
}

/** The first error's code and reason (or null), for terse assertions. */
export function failure(res: Awaited<ReturnType<TestApp['graphql']>>) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions.code, reason: e.extensions.reason ?? null } : null;
}

/**
 * The SHA-256 of an agreement's signed content, computed from what the API shows
 * (DOMAIN.md: canonical JSON with sorted keys), with no code of the API's. An agreement on a
 * general offer or a framework deal names the vendor's consent: its signature on the offer or
 * deal, by hash; a framework deal's deviations are signed as the deal has them, unassessed.
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
      assessment: d.addedBy === null ? null : d.assessment,
      assessmentNote: d.addedBy === null ? null : d.assessmentNote,
    })),
    validFrom: a.validFrom,
    validUntil: a.validUntil,
    documentSha256s: a.documents.map((d: { sha256: string }) => d.sha256).sort(),
    ...(a.source === 'GENERAL_OFFER'
      ? {
          vendorConsent: {
            source: 'GENERAL_OFFER',
            id: a.generalOffer.id,
            documentSha256: a.generalOffer.vendorSignature.documentSha256,
          },
        }
      : a.source === 'FRAMEWORK'
        ? {
            vendorConsent: {
              source: 'FRAMEWORK',
              id: a.frameworkDeal.id,
              documentSha256: a.frameworkDeal.vendorSignature.documentSha256,
            },
          }
        : {}),
  };
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(content)))
    .digest('hex');
}
