// People's own rows and organisations' administration (DOMAIN.md, organisations and
// people): notifications are the person's; invitations and API tokens their
// organisation's (and the platform admin's, who invites first members).
import { memberOf, type VisibilityRule } from '../visibility-rule';

export const notification: VisibilityRule = {
  table: 'notification',
  visible: (n) => `(${n}.recipient_id = :v_user::uuid)`,
};

export const invitation: VisibilityRule = {
  table: 'invitation',
  visible: (i) => `(:v_admin OR ${memberOf(i, 'organisation_id')})`,
};

/** That a token exists: its organisation's members (only ADMINs may list or revoke them). */
export const apiToken: VisibilityRule = {
  table: 'api_token',
  visible: (t) => `(:v_admin OR ${memberOf(t, 'organisation_id')})`,
};

/** Who is a member where: the organisation's own members and the platform admin. */
export const membership: VisibilityRule = {
  table: 'membership',
  visible: (m) => `(:v_admin OR ${memberOf(m, 'organisation_id')} OR ${m}.user_id = :v_user::uuid)`,
};
