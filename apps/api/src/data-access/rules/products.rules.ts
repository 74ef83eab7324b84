// Privacy leaflets: a published version is everyone's; a draft is its vendor's (and the
// platform admin's, who reads what any organisation may read).
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const privacyLeaflet: VisibilityRule = {
  table: 'privacy_leaflet',
  visible: (l) => `(${l}.status = 'PUBLISHED' OR :v_admin OR ${memberOf(l, 'vendor_id')})`,
};
