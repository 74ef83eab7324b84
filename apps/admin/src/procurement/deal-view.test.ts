import type { CurrentUserFragment } from '@regie/graphql-client';
import { describe, expect, it } from 'vitest';
import { dealSteps, type DealLike } from './deal-view';

type Membership = CurrentUserFragment['memberships'][number];
const member = (
  id: string,
  kind: Membership['organisation']['kind'],
  roles: Membership['roles'],
): Membership => ({ roles, organisation: { id, name: id, kind } });
const deal = (patch: Partial<DealLike> = {}): DealLike => ({
  status: 'DRAFT',
  validUntil: '2029-01-01',
  sectorBody: { id: 'sb' },
  vendor: { id: 'v' },
  vendorSignature: null,
  participations: [],
  ...patch,
});
const steps = (m: Membership, d: DealLike) =>
  [...dealSteps(d, { memberships: [m] }, m, '2026-11-22')].sort();

describe('the steps of a framework deal', () => {
  it('asks the vendor’s signatory to accept first, then lets the negotiator publish', () => {
    expect(steps(member('v', 'VENDOR', ['SIGNATORY']), deal())).toEqual(['accept']);
    expect(steps(member('v', 'VENDOR', ['VENDOR_EDITOR']), deal())).toEqual([]);
    const negotiator = member('sb', 'SECTOR_BODY', ['NEGOTIATOR']);
    expect(steps(negotiator, deal())).toEqual(['addDeviation']);
    expect(steps(negotiator, deal({ vendorSignature: {} }))).toEqual(['addDeviation', 'publish']);
    expect(steps(member('v', 'VENDOR', ['SIGNATORY']), deal({ vendorSignature: {} }))).toEqual([]);
  });

  it('lets a board’s signatory join a published, unexpired deal once', () => {
    const signatory = member('b', 'BOARD', ['SIGNATORY']);
    expect(steps(signatory, deal({ status: 'PUBLISHED' }))).toEqual(['join']);
    expect(steps(member('b', 'BOARD', ['PROCUREMENT']), deal({ status: 'PUBLISHED' }))).toEqual([]);
    expect(
      steps(signatory, deal({ status: 'PUBLISHED', participations: [{ board: { id: 'b' } }] })),
    ).toEqual([]);
    expect(steps(signatory, deal({ status: 'PUBLISHED', validUntil: '2026-11-21' }))).toEqual([]);
    expect(steps(signatory, deal())).toEqual([]);
  });
});
