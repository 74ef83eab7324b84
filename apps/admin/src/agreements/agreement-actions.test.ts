import { describe, expect, it } from 'vitest';
import { agreementActor, offeredActions } from './agreement-actions';

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
    expect([...offeredActions(boardSigner, approved, 'b1')]).toEqual(['sign']);
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
});
