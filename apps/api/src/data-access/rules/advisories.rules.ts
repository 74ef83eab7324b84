// Security advisories (DOMAIN.md "Security advisories"): who reads one follows its TLP
// label. CLEAR: everyone signed in; GREEN: members of boards, sector bodies and
// supervisors, and the vendors of the named products; AMBER: the affected boards'
// members, the publisher and the vendors of the named products; AMBER_STRICT: only
// the affected boards' SECURITY_CONTACT, PRIVACY_OFFICER and ADMIN members, and the
// publisher. The platform admin reads every level but AMBER_STRICT.
import { memberOf, partOf, type VisibilityRule } from '../visibility-rule';

const namesProductOfReader = (a: string) =>
  `EXISTS (SELECT 1 FROM advisory_product ${a}_p JOIN product ${a}_pr ON ${a}_pr.id = ${a}_p.product_id
    WHERE ${a}_p.advisory_id = ${a}.id AND ${memberOf(`${a}_pr`, 'vendor_id')})`;
const affectsBoardOf = (a: string, orgs: string) =>
  `EXISTS (SELECT 1 FROM advisory_notice ${a}_n
    WHERE ${a}_n.advisory_id = ${a}.id AND ${a}_n.board_id = ANY(${orgs}::uuid[]))`;

export const securityAdvisory: VisibilityRule = {
  table: 'security_advisory',
  visible: (a) =>
    `(${memberOf(a, 'publisher_id')}
      OR (${a}.tlp = 'CLEAR' AND cardinality(:v_orgs::uuid[]) > 0)
      OR (${a}.tlp = 'GREEN' AND (:v_community OR ${namesProductOfReader(a)}))
      OR (${a}.tlp = 'AMBER' AND (:v_admin OR ${affectsBoardOf(a, ':v_orgs')} OR ${namesProductOfReader(a)}))
      OR (${a}.tlp = 'AMBER_STRICT' AND ${affectsBoardOf(a, ':v_security_of')}))`,
};

/**
 * A board's notice and answer: that board's members while they see the advisory, and
 * the publisher's CERT members (every board's answer). Nobody else learns which boards.
 */
export const advisoryNotice: VisibilityRule = {
  table: 'advisory_notice',
  visible: (n) =>
    `((${memberOf(n, 'board_id')} AND ${partOf(securityAdvisory, 'advisory_id')(n)})
      OR EXISTS (SELECT 1 FROM security_advisory ${n}_c
        WHERE ${n}_c.id = ${n}.advisory_id AND ${n}_c.publisher_id = ANY(:v_cert_of::uuid[])))`,
};

export const advisoryProduct: VisibilityRule = {
  table: 'advisory_product',
  visible: partOf(securityAdvisory, 'advisory_id'),
};
