import type { CurrentUserFragment } from '@regie/graphql-client';
import { describe, expect, it } from 'vitest';
import {
  bars,
  centsToInput,
  countdown,
  parseEuros,
  parseScore,
  tenderSteps,
  timelinePosition,
} from './tender-view';

type Membership = CurrentUserFragment['memberships'][number];
const member = (
  id: string,
  kind: Membership['organisation']['kind'],
  roles: Membership['roles'],
): Membership => ({ roles, organisation: { id, name: id, kind } });

const HOUR = 3_600_000;
const now = new Date('2026-11-22T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR).toISOString();
const tender = (status: string, interestIn: number, offerIn: number) => ({
  status: status as 'DRAFT',
  interestDeadline: at(interestIn),
  offerDeadline: at(offerIn),
  sectorBody: { id: 'sb' },
});
const steps = (m: Membership, t: ReturnType<typeof tender>) =>
  [...tenderSteps(t, { memberships: [m] }, m, now)].sort();

describe('the steps a tender page offers', () => {
  const negotiator = member('sb', 'SECTOR_BODY', ['NEGOTIATOR']);

  it('offers the negotiator of the tender’s own sector body its draft steps', () => {
    expect(steps(negotiator, tender('DRAFT', 24, 48))).toEqual([
      'cancel',
      'openForInterest',
      'update',
    ]);
    expect(steps(member('other', 'SECTOR_BODY', ['NEGOTIATOR']), tender('DRAFT', 24, 48))).toEqual(
      [],
    );
    expect(steps(member('sb', 'SECTOR_BODY', ['REVIEWER']), tender('DRAFT', 24, 48))).toEqual([]);
  });

  it('opens for offers and closes only once the deadline has passed', () => {
    expect(steps(negotiator, tender('OPEN_FOR_INTEREST', 1, 48))).toEqual(['cancel']);
    expect(steps(negotiator, tender('OPEN_FOR_INTEREST', -1, 48))).toEqual([
      'cancel',
      'openForOffers',
    ]);
    expect(steps(negotiator, tender('OPEN_FOR_OFFERS', -2, 1))).toEqual(['cancel']);
    expect(steps(negotiator, tender('OPEN_FOR_OFFERS', -2, -1))).toEqual(['cancel', 'closeOffers']);
    expect(steps(negotiator, tender('EVALUATION', -2, -1))).toEqual(['award', 'cancel', 'score']);
    expect(steps(negotiator, tender('AWARDED', -2, -1))).toEqual([]);
  });

  it('lets a board’s procurement officer register interest and a vendor editor offer', () => {
    const board = member('b', 'BOARD', ['PROCUREMENT']);
    expect(steps(board, tender('OPEN_FOR_INTEREST', 1, 48))).toEqual(['registerInterest']);
    expect(steps(board, tender('OPEN_FOR_INTEREST', -1, 48))).toEqual([]);
    expect(steps(member('b', 'BOARD', ['SIGNATORY']), tender('OPEN_FOR_INTEREST', 1, 48))).toEqual(
      [],
    );
    const editor = member('v', 'VENDOR', ['VENDOR_EDITOR']);
    expect(steps(editor, tender('OPEN_FOR_OFFERS', -1, 1))).toEqual([
      'submitOffer',
      'withdrawOffer',
    ]);
    expect(steps(editor, tender('OPEN_FOR_OFFERS', -2, -1))).toEqual([]);
  });
});

describe('countdown and time line', () => {
  it('counts whole days and hours, and says when a deadline passed', () => {
    expect(countdown(at(50.5), now)).toEqual({ passed: false, days: 2, hours: 2 });
    expect(countdown(at(0), now)).toEqual({ passed: true, days: 0, hours: 0 });
  });

  it('places a deadline on a time line from now to the horizon', () => {
    expect(timelinePosition(at(24 * 15), now, 30)).toBe(0.5);
    expect(timelinePosition(at(-5), now, 30)).toBe(0);
    expect(timelinePosition(at(24 * 90), now, 30)).toBe(1);
  });
});

describe('bars', () => {
  it('fills the widest bar and sizes the rest in proportion', () => {
    expect(
      bars([
        { label: 'a', value: 5200 },
        { label: 'b', value: 2600 },
      ]).map((b) => b.share),
    ).toEqual([1, 0.5]);
    expect(bars([{ label: 'a', value: 0 }])[0].share).toBe(0);
  });
});

describe('amounts and scores as typed', () => {
  it('reads euros with a comma or a dot, and thousands separators', () => {
    expect(parseEuros('12,50')).toBe(1250);
    expect(parseEuros('€ 12.5')).toBe(1250);
    expect(parseEuros('1.250,00')).toBe(125000);
    expect(parseEuros('1.250')).toBe(125000);
    expect(parseEuros('12,505')).toBeNull();
    expect(parseEuros('twaalf')).toBeNull();
    expect(centsToInput(1450)).toBe('14,50');
  });

  it('reads scores from 0 to 10', () => {
    expect(parseScore('7,5')).toBe(7.5);
    expect(parseScore('10')).toBe(10);
    expect(parseScore('11')).toBeNull();
    expect(parseScore('-1')).toBeNull();
  });
});
