import { describe, expect, it } from 'vitest';
import { agreementActor, offeredActions, offeredForDeviation } from './agreement-actions';

const board = { id: 'b1', name: 'Rivierenland', kind: 'BOARD' as const };
const vendor = { id: 'v1', name: 'Leerwijs', kind: 'VENDOR' as const };
const person = (...memberships: [typeof board | typeof vendor, string[]][]) => ({
  memberships: memberships.map(([organisation, roles]) => ({
    organisation,
    roles: roles as never,
  })),
});

const inReview = {
  status: 'IN_REVIEW' as const,
  source: 'DIRECT' as const,
  board,
  vendor,
  deviations: [{ assessment: 'ACCEPTABLE' as const }, { assessment: null }],
  signatures: [],
};

describe('the steps offered on an agreement', () => {
  it('offers the FG assessment and review but no approval while a deviation is unassessed', () => {
    const fg = person([board, ['PRIVACY_OFFICER']]);
    const offered = offeredActions(fg, inReview, 'b1');
    expect(offered.has('assessDeviation')).toBe(true);
    expect(offered.has('requestChanges')).toBe(true);
    expect(offered.has('addReviewNote')).toBe(true);
    expect(offered.has('approve')).toBe(false);
    expect(offered.has('sign')).toBe(false);
  });

  it('offers approval once every deviation is acceptable', () => {
    const fg = person([board, ['PRIVACY_OFFICER']]);
    const assessed = {
      ...inReview,
      deviations: [{ assessment: 'ACCEPTABLE_WITH_MEASURES' as const }],
    };
    expect(offeredActions(fg, assessed, 'b1').has('approve')).toBe(true);
  });

  it('lets each party sign once, and the vendor editor nothing of the FG', () => {
    const approved = { ...inReview, status: 'APPROVED' as const, deviations: [] };
    const boardSigner = person([board, ['SIGNATORY']]);
    // A signatory signs and talks on the agreement.
    expect([...offeredActions(boardSigner, approved, 'b1')]).toEqual(['sign', 'postMessage']);
    const signedByBoard = { ...approved, signatures: [{ party: 'BOARD' as const }] };
    expect(offeredActions(boardSigner, signedByBoard, 'b1').has('sign')).toBe(false);
    const vendorSigner = person([vendor, ['SIGNATORY']]);
    expect(offeredActions(vendorSigner, signedByBoard, 'v1').has('sign')).toBe(true);
    const editor = person([vendor, ['VENDOR_EDITOR']]);
    expect(offeredActions(editor, inReview, 'v1').has('approve')).toBe(false);
  });

  it('never lets a signatory of both parties sign, and offers nothing to an outsider', () => {
    const approved = { ...inReview, status: 'APPROVED' as const, deviations: [] };
    const both = person([board, ['SIGNATORY']], [vendor, ['SIGNATORY']]);
    expect(agreementActor(both, approved, 'v1')?.party).toBe('VENDOR');
    expect(offeredActions(both, approved, 'b1').has('sign')).toBe(false);
    expect(offeredActions(person(), approved, undefined).size).toBe(0);
  });

  it('offers a deviation’s change and withdrawal to its own party’s editors only, while open', () => {
    const changes = {
      ...inReview,
      status: 'CHANGES_REQUESTED' as const,
      deviations: [{ assessment: null, addedBy: 'VENDOR' as const }],
    };
    const editor = person([vendor, ['VENDOR_EDITOR']]);
    const procurement = person([board, ['PROCUREMENT']]);
    const ofVendor = { addedBy: 'VENDOR' as const };
    expect([...offeredForDeviation(editor, changes, ofVendor, 'v1')]).toEqual([
      'updateDeviation',
      'withdrawDeviation',
    ]);
    expect(offeredForDeviation(procurement, changes, ofVendor, 'b1').size).toBe(0);
    expect(offeredForDeviation(editor, inReview, ofVendor, 'v1').size).toBe(0);
    // A framework deal's deviation is nobody's to change.
    expect(offeredForDeviation(editor, changes, { addedBy: null }, 'v1').size).toBe(0);
  });

  it('offers the exit: the board chooses once it has ended, the vendor confirms after', () => {
    const expired = { ...inReview, status: 'EXPIRED' as const, deviations: [] };
    const fg = person([board, ['PRIVACY_OFFICER']]);
    const vendorAdmin = person([vendor, ['ADMIN']]);
    expect(offeredActions(fg, expired, 'b1').has('chooseExit')).toBe(true);
    expect(offeredActions(vendorAdmin, expired, 'v1').has('confirmExit')).toBe(false);
    const chosen = { ...expired, exit: { choice: 'DELETE' as const, confirmedAt: null } };
    expect(offeredActions(fg, chosen, 'b1').has('chooseExit')).toBe(false);
    expect([...offeredActions(vendorAdmin, chosen, 'v1')]).toEqual(['confirmExit']);
  });
});
