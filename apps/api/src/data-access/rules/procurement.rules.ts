// Collective procurement and minimum standards (DOMAIN.md, visibility and sealed
// offers). Drafts are their sector body's; offers are sealed to all but their vendor
// until the tender is evaluated, then opened to its sector body only: the platform
// admin never reads a sealed offer.
import {
  AssessmentStatus,
  OfferStatus,
  StandardStatus,
  TenderStatus,
  offersUnsealed,
} from '@regie/domain';
import { memberOf, sqlList, type VisibilityRule } from '../visibility-rule';

const UNSEALED = sqlList(Object.values(TenderStatus).filter(offersUnsealed));

export const tender: VisibilityRule = {
  table: 'tender',
  visible: (t) => `(${t}.status <> '${TenderStatus.DRAFT}' OR ${memberOf(t, 'sector_body_id')})`,
};

/** A withdrawn offer stays its vendor's alone: it is never opened. */
export const offer: VisibilityRule = {
  table: 'offer',
  visible: (o) =>
    `(${memberOf(o, 'vendor_id')} OR (${o}.status <> '${OfferStatus.WITHDRAWN}' AND EXISTS (SELECT 1 FROM tender ${o}_t
      WHERE ${o}_t.id = ${o}.tender_id AND ${o}_t.status IN (${UNSEALED}) AND ${memberOf(`${o}_t`, 'sector_body_id')})))`,
};

/**
 * Which boards showed interest: the board itself and the tender's sector body, nobody
 * else (the platform admin neither); the bundled demand is public, counted as SYSTEM.
 */
export const tenderInterest: VisibilityRule = {
  table: 'tender_interest',
  visible: (i) =>
    `(${memberOf(i, 'board_id')} OR EXISTS (SELECT 1 FROM tender ${i}_t
      WHERE ${i}_t.id = ${i}.tender_id AND ${memberOf(`${i}_t`, 'sector_body_id')}))`,
};

export const minimumStandard: VisibilityRule = {
  table: 'minimum_standard',
  visible: (s) =>
    `(${s}.status = '${StandardStatus.PUBLISHED}' OR ${memberOf(s, 'sector_body_id')})`,
};

export const assessment: VisibilityRule = {
  table: 'assessment',
  visible: (a) => `(${a}.status <> '${AssessmentStatus.DRAFT}' OR ${memberOf(a, 'vendor_id')})`,
};

/** A DRAFT deal: its sector body, and its vendor, whose signatory must read the terms. */
export const frameworkDeal: VisibilityRule = {
  table: 'framework_deal',
  visible: (d) =>
    `(${d}.status <> 'DRAFT' OR ${memberOf(d, 'sector_body_id')} OR ${memberOf(d, 'vendor_id')})`,
};

/**
 * Who joined a deal: the board itself and the deal's sector body (the contract's
 * FrameworkDeal.participations); the participant count is public, counted as SYSTEM.
 */
export const participation: VisibilityRule = {
  table: 'participation',
  visible: (p) =>
    `(${memberOf(p, 'board_id')} OR EXISTS (SELECT 1 FROM framework_deal ${p}_d
      WHERE ${p}_d.id = ${p}.deal_id AND ${memberOf(`${p}_d`, 'sector_body_id')}))`,
};

/**
 * A board's assessment of its own maturity: the board's members only. Nobody outside the
 * board reads it, the platform admin included (DOMAIN.md); sector overviews count them as
 * SYSTEM, as aggregates.
 */
export const boardAssessment: VisibilityRule = {
  table: 'board_assessment',
  visible: (a) => memberOf(a, 'board_id'),
};
