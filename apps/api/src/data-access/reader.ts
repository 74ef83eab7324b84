// Who a read is for. Every read of organisation-owned rows names its reader: a
// signed-in viewer (a person or an API token), nobody (an anonymous caller), or
// SYSTEM, the platform's own background work (fan-outs, reminders, the outbox, the
// file sweeper), which acts for no organisation and so sees every row. SYSTEM is
// a value that must be imported by name, so every use of it can be found with grep.
import { OrganisationKind, Role } from '@regie/domain';
import type { Viewer } from '../auth/viewer';

export const SYSTEM = Object.freeze({ system: true as const });
export type SystemReader = typeof SYSTEM;
export type Reader = Viewer | SystemReader | null;

export function isSystem(reader: Reader): reader is SystemReader {
  return reader === SYSTEM;
}

/**
 * The facts about a reader that the visibility rules use, bound as SQL parameters
 * with fixed names (`:v_orgs`, `:v_admin`, …). Every rule reads the same names, so
 * any number of rules can share one statement.
 */
export interface ReaderParameters {
  /** Every organisation the reader is a member of (an API token: its organisation). */
  readonly v_orgs: string[];
  /** The person, for rows that belong to a person (notifications); null otherwise. */
  readonly v_user: string | null;
  /** SYSTEM: sees every row. */
  readonly v_system: boolean;
  /** A platform admin: reads what any organisation may read, except what is sealed. */
  readonly v_admin: boolean;
  /** A member of a board or a sector body (or the platform admin): sees SECTOR attestations. */
  readonly v_sector: boolean;
  /** A member of a sector body (or the platform admin): sees every incident, as counts. */
  readonly v_sector_body: boolean;
  /** The sector bodies in which the reader is a REVIEWER. */
  readonly v_reviewer_of: string[];
  /** The organisations in which the reader is an ADMIN. */
  readonly v_admin_of: string[];
  /** A member of a board, a sector body or a supervisor (or the platform admin): TLP:GREEN. */
  readonly v_community: boolean;
  /** The sector bodies in which the reader is a CERT: every board's answer to their advisories. */
  readonly v_cert_of: string[];
  /** The boards in which the reader is SECURITY_CONTACT, PRIVACY_OFFICER or ADMIN: TLP:AMBER_STRICT. */
  readonly v_security_of: string[];
}

export function readerParameters(reader: Reader): ReaderParameters {
  if (isSystem(reader)) {
    return {
      v_orgs: [],
      v_user: null,
      v_system: true,
      v_admin: false,
      v_sector: true,
      v_sector_body: true,
      v_reviewer_of: [],
      v_admin_of: [],
      v_community: true,
      v_cert_of: [],
      v_security_of: [],
    };
  }
  const memberships = reader?.memberships ?? [];
  const admin = memberships.some((m) => m.roles.includes(Role.PLATFORM_ADMIN));
  const of = (kind: OrganisationKind, role?: Role) =>
    memberships
      .filter((m) => m.kind === kind && (!role || m.roles.includes(role)))
      .map((m) => m.organisationId);
  return {
    v_orgs: memberships.map((m) => m.organisationId),
    v_user: reader?.userId ?? null,
    v_system: false,
    v_admin: admin,
    v_sector:
      admin ||
      memberships.some(
        (m) => m.kind === OrganisationKind.BOARD || m.kind === OrganisationKind.SECTOR_BODY,
      ),
    v_sector_body: admin || of(OrganisationKind.SECTOR_BODY).length > 0,
    v_reviewer_of: of(OrganisationKind.SECTOR_BODY, Role.REVIEWER),
    v_admin_of: memberships
      .filter((m) => m.roles.includes(Role.ADMIN))
      .map((m) => m.organisationId),
    v_community:
      admin ||
      memberships.some(
        (m) =>
          m.kind === OrganisationKind.BOARD ||
          m.kind === OrganisationKind.SECTOR_BODY ||
          m.kind === OrganisationKind.SUPERVISOR,
      ),
    v_cert_of: of(OrganisationKind.SECTOR_BODY, Role.CERT),
    v_security_of: memberships
      .filter(
        (m) =>
          m.kind === OrganisationKind.BOARD &&
          [Role.SECURITY_CONTACT, Role.PRIVACY_OFFICER, Role.ADMIN].some((r) =>
            m.roles.includes(r),
          ),
      )
      .map((m) => m.organisationId),
  };
}

/** A key that differs between readers who may see different rows (for loader caches). */
export function readerKey(reader: Reader): string {
  if (isSystem(reader)) return 'system';
  if (!reader) return 'anonymous';
  return reader.userId ?? `token:${reader.apiTokenId}`;
}
