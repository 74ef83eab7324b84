import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it('keeps a path on this origin, with its query and fragment', () => {
    expect(safeReturnTo('/organisations/1/members?x=1#top')).toBe(
      '/organisations/1/members?x=1#top',
    );
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      '',
    ]) {
      expect(safeReturnTo(value)).toBe('/');
    }
    expect(safeReturnTo(null)).toBe('/');
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeReturnTo('/sign-in?returnTo=/x')).toBe('/');
    expect(safeReturnTo('/sign-in/complete')).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries the way back and the reason', () => {
    expect(signInPath('/profile', 'expired')).toBe('/sign-in?returnTo=%2Fprofile&reason=expired');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
