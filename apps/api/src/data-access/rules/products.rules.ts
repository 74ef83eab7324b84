// Privacy leaflets: a published version is everyone's; a draft is its product's
// vendor's (and the platform admin's, who reads what any organisation may read), and,
// while it is announced as a change of subprocessors, the notified boards' (DOMAIN.md:
// "the notified boards may read the announced leaflet").
import { LeafletStatus, SubprocessorChangeStatus } from '@regie/domain';
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const privacyLeaflet: VisibilityRule = {
  table: 'privacy_leaflet',
  visible: (l) =>
    `(${l}.status = '${LeafletStatus.PUBLISHED}' OR :v_admin OR EXISTS (SELECT 1 FROM product ${l}_p
      WHERE ${l}_p.id = ${l}.product_id AND ${memberOf(`${l}_p`, 'vendor_id')})
      OR EXISTS (SELECT 1 FROM subprocessor_change ${l}_c
        JOIN subprocessor_change_notice ${l}_n ON ${l}_n.change_id = ${l}_c.id
        WHERE ${l}_c.leaflet_id = ${l}.id AND ${l}_c.status = '${SubprocessorChangeStatus.ANNOUNCED}'
          AND ${memberOf(`${l}_n`, 'board_id')}))`,
};
