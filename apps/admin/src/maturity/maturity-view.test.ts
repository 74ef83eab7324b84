import { describe, expect, it } from 'vitest';
import { maturitySummary, share } from './maturity-view';

const requirements = [
  { id: 'a', code: 'A', title: 'A', minimumLevel: 3, targetLevel: 4, targetDate: '2028-09-01' },
  { id: 'b', code: 'B', title: 'B', minimumLevel: 3, targetLevel: 4, targetDate: '2028-09-01' },
  { id: 'c', code: 'C', title: 'C', minimumLevel: 3 },
  { id: 'd', code: 'D', title: 'D', minimumLevel: 3 },
];
const answer = (id: string, level: number, plannedLevel?: number, plannedBy?: string) => ({
  requirement: { id },
  level,
  plannedLevel,
  plannedBy,
});

describe('maturity summary', () => {
  it('counts the gap to the minimum and the development line', () => {
    const s = maturitySummary(requirements, [
      answer('a', 4),
      answer('b', 2, 4, '2028-09-01'),
      answer('c', 3),
    ]);
    expect(s).toMatchObject({ total: 4, answered: 3, below: 1, lines: 2, targetMet: 1 });
    expect(s.rows.map((r) => r.standing)).toEqual(['target', 'below', 'minimum', null]);
    expect(s.rows[1]).toMatchObject({ plannedLevel: 4, plannedBy: '2028-09-01' });
  });

  it('places levels on a scale of five', () => {
    expect([0, 1, 3, 5, 7].map(share)).toEqual([0, 0.2, 0.6, 1, 1]);
  });
});
