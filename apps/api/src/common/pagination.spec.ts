import { AppError } from './errors/app-error';
import { decodeCursor, encodeCursor, pageSize, readCursor, toConnection } from './pagination';

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

  it('checks each value of a cursor against the type of its sort key', () => {
    const id = '0b9f1c4e-5d7a-4c3b-9e2f-1a2b3c4d5e6f';
    const at = '2026-03-01T10:00:00.000Z';
    expect(readCursor(encodeCursor([at, id]), ['timestamptz', 'uuid'])).toEqual([at, id]);
    expect(readCursor(encodeCursor(['infinity', id]), ['timestamptz', 'uuid'])).toEqual([
      'infinity',
      id,
    ]);
    expect(readCursor(encodeCursor(['12']), ['bigint'])).toEqual(['12']);
    expect(readCursor(null, ['text', 'uuid'])).toBeNull();
    for (const [key, types] of [
      [
        ['yesterday', id],
        ['timestamptz', 'uuid'],
      ],
      [
        [at, 'not-an-id'],
        ['timestamptz', 'uuid'],
      ],
      [
        ['2026-13-45', id],
        ['date', 'uuid'],
      ],
      [
        [12, id],
        ['text', 'uuid'],
      ],
      [['1; DROP TABLE x'], ['bigint']],
    ] as const) {
      expect(() => readCursor(encodeCursor(key), types)).toThrow(AppError);
    }
  });

  it('counts only when totalCount is read, and once', async () => {
    let counts = 0;
    const page = toConnection(
      [1, 2],
      1,
      async () => ++counts * 10,
      (r) => [r],
      (r) => r,
    );
    expect(page.edges).toHaveLength(1);
    expect(counts).toBe(0);
    expect(await page.totalCount).toBe(10);
    expect(await page.totalCount).toBe(10);
    expect(counts).toBe(1);
  });
});
