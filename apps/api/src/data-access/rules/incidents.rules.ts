// Incidents (DOMAIN.md): the vendor that reported it and the boards it affects see an
// incident; sector bodies and the platform admin see every incident, as counts only
// (which boards is in the notices, which they do not see).
import { memberOf, partOf, type VisibilityRule } from '../visibility-rule';

export const incident: VisibilityRule = {
  table: 'incident',
  visible: (i) =>
    `(${memberOf(i, 'vendor_id')} OR :v_sector_body OR EXISTS (SELECT 1 FROM incident_notice ${i}_n
      WHERE ${i}_n.incident_id = ${i}.id AND ${memberOf(`${i}_n`, 'board_id')}))`,
};

/** A notice names one board: that board, and the incident's vendor (every notice of its incidents). */
export const incidentNotice: VisibilityRule = {
  table: 'incident_notice',
  visible: (n) =>
    `(${memberOf(n, 'board_id')} OR EXISTS (SELECT 1 FROM incident ${n}_i
      WHERE ${n}_i.id = ${n}.incident_id AND ${memberOf(`${n}_i`, 'vendor_id')}))`,
};

export const incidentUpdate: VisibilityRule = {
  table: 'incident_update',
  visible: partOf(incident, 'incident_id'),
};
export const incidentProduct: VisibilityRule = {
  table: 'incident_product',
  visible: partOf(incident, 'incident_id'),
};

/** A board's record of a breach (art. 33(5)): that board's alone, never the vendor's. */
export const incidentAuthorityRecord: VisibilityRule = {
  table: 'incident_authority_record',
  visible: (r) => memberOf(r, 'board_id'),
};
