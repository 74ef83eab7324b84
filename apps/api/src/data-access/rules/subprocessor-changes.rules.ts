// Changes of subprocessors (GDPR art. 28(2)): a change is seen by its vendor and by the
// boards it was announced to (their notices), nobody else, the platform admin included
// (the contract's "nobody else"); a notice by its board and the vendor, never by another
// board; an objection by the objecting board and the vendor.
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const subprocessorChange: VisibilityRule = {
  table: 'subprocessor_change',
  visible: (c) =>
    `(${memberOf(c, 'vendor_id')} OR EXISTS (SELECT 1 FROM subprocessor_change_notice ${c}_n
      WHERE ${c}_n.change_id = ${c}.id AND ${memberOf(`${c}_n`, 'board_id')}))`,
};

const ofVendorOfChange = (alias: string) =>
  `EXISTS (SELECT 1 FROM subprocessor_change ${alias}_c
    WHERE ${alias}_c.id = ${alias}.change_id AND ${memberOf(`${alias}_c`, 'vendor_id')})`;

export const subprocessorChangeNotice: VisibilityRule = {
  table: 'subprocessor_change_notice',
  visible: (n) => `(${memberOf(n, 'board_id')} OR ${ofVendorOfChange(n)})`,
};

/** The objecting board while it was notified of the change (always so), and the vendor. */
export const subprocessorObjection: VisibilityRule = {
  table: 'subprocessor_objection',
  visible: (o) => `(${memberOf(o, 'board_id')} OR ${ofVendorOfChange(o)})`,
};
