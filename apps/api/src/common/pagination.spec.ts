import { AppError } from './errors/app-error';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './pagination';

describe('cursor pagination', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const cursor = encodeCursor(['Coöperatie', 'c0a8…']);
    expect(cursor).not.toContain('Coöperatie');
    expect(decodeCursor(cursor, 2)).toEqual(['Coöperatie', 'c0a8…']);
  });

  it('refuses a cursor it did not make, naming `after`', () => {
    for (const bad of [
      'garbage',
      encodeCursor(['only one']),
      Buffer.from('{"a":1}').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, 2)).toThrow(AppError);
    }
  });

  it('bounds `first` to 1..100', () => {
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(AppError);
    expect(() => pageSize(0)).toThrow(AppError);
  });

  it('tells that another page follows from the one extra row', () => {
    const rows = [1, 2, 3, 4];
    const page = toConnection(
      rows,
      3,
      10,
      (r) => [r],
      (r) => r * 10,
    );
    expect(page.edges.map((e) => e.node)).toEqual([10, 20, 30]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor([3]) });
    expect(
      toConnection(
        rows,
        4,
        4,
        (r) => [r],
        (r) => r,
      ).pageInfo.hasNextPage,
    ).toBe(false);
  });
});
