import type { CurrentUserFragment } from '@regie/graphql-client';
import { describe, expect, it } from 'vitest';
import { isPlatformAdmin, may } from './permissions';

type Membership = CurrentUserFragment['memberships'][number];
const member = (
  id: string,
  kind: Membership['organisation']['kind'],
  roles: Membership['roles'],
): Membership => ({
  roles,
  organisation: { id, name: id, kind },
});

describe('may', () => {
  const boardAdmin = { memberships: [member('board', 'BOARD', ['ADMIN'])] };
  const privacyOfficer = { memberships: [member('board', 'BOARD', ['PRIVACY_OFFICER'])] };
  const platformAdmin = { memberships: [member('platform', 'PLATFORM', ['PLATFORM_ADMIN'])] };

  it('lets an organisation’s ADMIN administer that organisation only', () => {
    expect(may(boardAdmin, 'inviteMember', 'board')).toBe(true);
    expect(may(boardAdmin, 'inviteMember', 'other')).toBe(false);
    expect(may(boardAdmin, 'createOrganisation', null)).toBe(false);
  });

  it('lets a board’s privacy officer read the audit trail but not manage tokens', () => {
    expect(may(privacyOfficer, 'auditEvents', 'board')).toBe(true);
    expect(may(privacyOfficer, 'apiTokens', 'board')).toBe(false);
    expect(may(privacyOfficer, 'members', 'board')).toBe(true);
  });

  it('lets a platform admin do the platform’s work for every organisation', () => {
    expect(isPlatformAdmin(platformAdmin)).toBe(true);
    expect(may(platformAdmin, 'createOrganisation', null)).toBe(true);
    expect(may(platformAdmin, 'setMemberRoles', 'board')).toBe(true);
    expect(may(platformAdmin, 'verifyAuditChain', null)).toBe(true);
    expect(may(boardAdmin, 'verifyAuditChain', null)).toBe(false);
  });

  it('offers nothing to someone not signed in', () => {
    expect(may(null, 'members', 'board')).toBe(false);
  });
});

describe('may, for the registry, agreements and procurement', () => {
  const fg = { memberships: [member('board', 'BOARD', ['PRIVACY_OFFICER'])] };
  const signatory = { memberships: [member('vendor', 'VENDOR', ['SIGNATORY'])] };

  it('follows the roles of the organisation acted for', () => {
    expect(may(fg, 'approveAgreement', 'board')).toBe(true);
    expect(may(fg, 'signAgreement', 'board')).toBe(false);
    expect(may(signatory, 'signAgreement', 'vendor')).toBe(true);
    expect(may(signatory, 'publishLeaflet', 'vendor')).toBe(false);
    // A board role never counts in a vendor, nor the other way round.
    expect(may(signatory, 'joinFrameworkDeal', 'vendor')).toBe(false);
  });
});
