// Who a request's token names: read before there is a viewer to read for, so these
// statements are the platform's own, and live here with the rest of the layer.
import type { DataSource } from 'typeorm';

export interface UserMembershipRow {
  id: string;
  name: string;
  locale: string;
  organisation_id: string | null;
  kind: string | null;
  roles: string | null;
}

/** The person and their memberships (one row each, or one row without), in one statement. */
export function userWithMemberships(
  dataSource: DataSource,
  userId: string,
): Promise<UserMembershipRow[]> {
  return dataSource.query<UserMembershipRow[]>(
    `SELECT u.id, u.name, u.locale, m.organisation_id, o.kind, m.roles::text AS roles
       FROM app_user u
       LEFT JOIN membership m ON m.user_id = u.id
       LEFT JOIN organisation o ON o.id = m.organisation_id
      WHERE u.id = $1`,
    [userId],
  );
}
