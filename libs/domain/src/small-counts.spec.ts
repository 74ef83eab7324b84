import { smallCountPair } from './small-counts';

describe('the small-count rule for a count of boards and a part of it', () => {
  it('shows 0 as 0, and larger counts as they are', () => {
    expect(smallCountPair(0, 0)).toEqual({ total: 0, part: 0 });
    expect(smallCountPair(3, 0)).toEqual({ total: 3, part: 0 });
    expect(smallCountPair(10, 5)).toEqual({ total: 10, part: 5 });
    expect(smallCountPair(3, 3)).toEqual({ total: 3, part: 3 });
  });

  it('hides a count of 1 or 2, and the part of a hidden total', () => {
    expect(smallCountPair(1, 0)).toEqual({ total: null, part: null });
    expect(smallCountPair(2, 2)).toEqual({ total: null, part: null });
    expect(smallCountPair(10, 1)).toEqual({ total: 10, part: null });
    expect(smallCountPair(10, 2)).toEqual({ total: 10, part: null });
  });

  it('hides a part 1 or 2 short of its total, so that the rest cannot be worked out', () => {
    expect(smallCountPair(10, 9)).toEqual({ total: 10, part: null });
    expect(smallCountPair(10, 8)).toEqual({ total: 10, part: null });
    expect(smallCountPair(10, 7)).toEqual({ total: 10, part: 7 });
  });
});
