// Attestations (DOMAIN.md): PUBLIC and RESTRICTED metadata to every signed-in user,
// SECTOR to boards and sector bodies; a vendor always sees its own. Who may read a
// RESTRICTED document is decided per document (attestation-audience.ts), after this.
import { Visibility } from '@regie/domain';
import { memberOf, partOf, type VisibilityRule } from '../visibility-rule';

export const attestation: VisibilityRule = {
  table: 'attestation',
  visible: (a) =>
    `(${a}.visibility <> '${Visibility.SECTOR}' OR :v_sector OR ${memberOf(a, 'vendor_id')})`,
};

export const attestationProduct: VisibilityRule = {
  table: 'attestation_product',
  visible: partOf(attestation, 'attestation_id'),
};

/** A request for a document: the vendor, the requester, the platform admin. */
export const attestationAccessRequest: VisibilityRule = {
  table: 'attestation_access_request',
  visible: (r) =>
    `(:v_admin OR ${memberOf(r, 'requester_organisation_id')} OR EXISTS (SELECT 1 FROM attestation ${r}_a
      WHERE ${r}_a.id = ${r}.attestation_id AND ${memberOf(`${r}_a`, 'vendor_id')}))`,
};
