// Processing agreements and general offers (DOMAIN.md, visibility): an agreement is
// its two parties' (and the platform admin's); its parts go with it; review notes
// stay the board's, while messages are both parties'.
import { GeneralOfferStatus } from '@regie/domain';
import { memberOf, partOf, type VisibilityRule } from '../visibility-rule';

export const agreement: VisibilityRule = {
  table: 'agreement',
  visible: (a) => `(:v_admin OR ${memberOf(a, 'board_id')} OR ${memberOf(a, 'vendor_id')})`,
};

export const agreementProduct: VisibilityRule = {
  table: 'agreement_product',
  visible: partOf(agreement, 'agreement_id'),
};
export const agreementLeaflet: VisibilityRule = {
  table: 'agreement_leaflet',
  visible: partOf(agreement, 'agreement_id'),
};
export const agreementDeviation: VisibilityRule = {
  table: 'agreement_deviation',
  visible: partOf(agreement, 'agreement_id'),
};
export const agreementSignature: VisibilityRule = {
  table: 'agreement_signature',
  visible: partOf(agreement, 'agreement_id'),
};
/** The parties' conversation: both of them (unlike review notes). */
export const agreementMessage: VisibilityRule = {
  table: 'agreement_message',
  visible: partOf(agreement, 'agreement_id'),
};
export const agreementDocument: VisibilityRule = {
  table: 'agreement_document',
  visible: partOf(agreement, 'agreement_id'),
};

/** The board's own notes: its members (and the platform admin), never the vendor. */
const boardOfAgreement: VisibilityRule = {
  table: 'agreement',
  visible: (a) => `(:v_admin OR ${memberOf(a, 'board_id')})`,
};
export const agreementReviewNote: VisibilityRule = {
  table: 'agreement_review_note',
  visible: partOf(boardOfAgreement, 'agreement_id'),
};

/**
 * A published offer: everyone. A withdrawn one: its vendor, the platform admin, and the
 * boards whose agreements rest on it (they keep reading the terms they accepted).
 */
export const generalOffer: VisibilityRule = {
  table: 'general_offer',
  visible: (o) =>
    `(${o}.status = '${GeneralOfferStatus.PUBLISHED}' OR :v_admin OR ${memberOf(o, 'vendor_id')}
      OR EXISTS (SELECT 1 FROM agreement ${o}_a WHERE ${o}_a.general_offer_id = ${o}.id AND ${memberOf(`${o}_a`, 'board_id')}))`,
};
export const generalOfferProduct: VisibilityRule = {
  table: 'general_offer_product',
  visible: partOf(generalOffer, 'general_offer_id'),
};
