// Privacy leaflets: a published version is everyone's; a draft is its vendor's (and the
// platform admin's, who reads what any organisation may read).
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const privacyLeaflet: VisibilityRule = {
  table: 'privacy_leaflet',
  // A leaflet names its product, not its vendor: the vendor is the product's.
  visible: (l) =>
    `(${l}.status = 'PUBLISHED' OR :v_admin OR EXISTS (SELECT 1 FROM product ${l}_p
      WHERE ${l}_p.id = ${l}.product_id AND ${memberOf(`${l}_p`, 'vendor_id')}))`,
};
