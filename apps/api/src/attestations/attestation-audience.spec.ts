import { OrganisationKind as K, Role, Visibility } from '@regie/domain';
import type { Viewer, ViewerMembership } from '../auth/viewer';
import { audienceOf, documentAccess } from './attestation-audience';

const VENDOR = '00000000-0000-4000-8000-000000000001';
const OTHER_VENDOR = '00000000-0000-4000-8000-000000000002';
const BOARD = '00000000-0000-4000-8000-000000000003';
const SECTOR_BODY = '00000000-0000-4000-8000-000000000004';
const PLATFORM = '00000000-0000-4000-8000-000000000005';

function viewer(...memberships: [string, K, Role[]][]): Viewer {
  return {
    kind: 'user',
    userId: '00000000-0000-4000-8000-0000000000aa',
    apiTokenId: null,
    name: 'Test',
    locale: 'NL' as Viewer['locale'],
    memberships: memberships.map(([organisationId, kind, roles]): ViewerMembership => ({
      organisationId,
      kind,
      roles,
    })),
  };
}

const of = (visibility: Visibility) => ({ vendorId: VENDOR, visibility });
const vendorEditor = audienceOf(viewer([VENDOR, K.VENDOR, [Role.VENDOR_EDITOR]]));
const otherVendor = audienceOf(viewer([OTHER_VENDOR, K.VENDOR, [Role.VENDOR_EDITOR]]));
const boardFg = audienceOf(viewer([BOARD, K.BOARD, [Role.PRIVACY_OFFICER]]));
const reviewer = audienceOf(viewer([SECTOR_BODY, K.SECTOR_BODY, [Role.REVIEWER]]));
const negotiator = audienceOf(viewer([SECTOR_BODY, K.SECTOR_BODY, [Role.NEGOTIATOR]]));
const platformAdmin = audienceOf(viewer([PLATFORM, K.PLATFORM, [Role.PLATFORM_ADMIN]]));

describe('who reads the document', () => {
  const restricted = of(Visibility.RESTRICTED);

  it('lets the vendor read its own, whatever the visibility', () => {
    expect(documentAccess(vendorEditor, restricted, null)).toEqual({
      via: 'vendor',
      organisationId: VENDOR,
    });
  });

  it('gives a RESTRICTED document only with a grant, or to a sector body REVIEWER', () => {
    expect(documentAccess(boardFg, restricted, null)).toBeNull();
    expect(documentAccess(boardFg, restricted, BOARD)).toEqual({
      via: 'grant',
      organisationId: BOARD,
    });
    expect(documentAccess(reviewer, restricted, null)).toEqual({
      via: 'reviewer',
      organisationId: SECTOR_BODY,
    });
    expect(documentAccess(negotiator, restricted, null)).toBeNull();
  });

  it('never gives a RESTRICTED document to the platform admin as such', () => {
    expect(documentAccess(platformAdmin, restricted, null)).toBeNull();
    expect(documentAccess(platformAdmin, of(Visibility.SECTOR), null)).not.toBeNull();
  });

  it('keeps SECTOR documents from other vendors', () => {
    expect(documentAccess(otherVendor, of(Visibility.SECTOR), null)).toBeNull();
    expect(documentAccess(otherVendor, of(Visibility.PUBLIC), null)).not.toBeNull();
  });
});
