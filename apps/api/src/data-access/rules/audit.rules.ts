// The audit trail (DOMAIN.md, accountability): an organisation's ADMINs and FGs read
// the events of their organisation (done by its members, or about objects it owns or
// is party to); the platform admin reads all. Which of those a person asks for, and
// whether their role allows it, is the audit service's filter on top of this rule.
// A sealed event (about a sealed offer) is read only by its organisation's members
// until its seal is lifted: the platform admin included.
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const auditEvent: VisibilityRule = {
  table: 'audit_event',
  visible: (e) =>
    `((:v_admin OR ${memberOf(e, 'organisation_id')} OR ${e}.party_ids && :v_orgs::uuid[])
      AND (${e}.seal_key IS NULL OR ${memberOf(e, 'organisation_id')}
        OR EXISTS (SELECT 1 FROM audit_seal_lifted ${e}_l WHERE ${e}_l.seal_key = ${e}.seal_key)))`,
};
