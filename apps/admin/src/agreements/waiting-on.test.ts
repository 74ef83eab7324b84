import { describe, expect, it } from 'vitest';
import { waitingWords, waitsFor } from './waiting-on';

describe('whose turn, in words', () => {
  it('calls the viewer’s own party "you" and the other by its role', () => {
    expect(waitingWords(['VENDOR'], 'VENDOR')).toEqual(['agreements.waiting.you']);
    expect(waitingWords(['VENDOR'], 'BOARD')).toEqual(['agreements.waiting.VENDOR']);
    expect(waitingWords(['BOARD', 'VENDOR'], 'VENDOR')).toEqual([
      'agreements.waiting.BOARD',
      'agreements.waiting.you',
    ]);
    // Someone of neither party (the platform admin) reads both roles.
    expect(waitingWords(['BOARD'], null)).toEqual(['agreements.waiting.BOARD']);
    expect(waitingWords([], 'BOARD')).toEqual([]);
  });

  it('knows when the turn is the viewer’s party’s', () => {
    expect(waitsFor(['BOARD', 'VENDOR'], 'VENDOR')).toBe(true);
    expect(waitsFor(['BOARD'], 'VENDOR')).toBe(false);
    expect(waitsFor(['BOARD'], null)).toBe(false);
  });
});
