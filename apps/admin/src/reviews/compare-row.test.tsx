// @vitest-environment jsdom
// The comparison's row of shared reviews: the counts per risk level in words, per product,
// "none yet" for a product without any, in both languages.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { ReviewsCompareRow } from './compare-row';

const compared = [
  {
    product: {
      id: 'p1',
      reviews: [
        { riskLevel: 'LOW' as const },
        { riskLevel: 'HIGH' as const },
        { riskLevel: 'LOW' as const },
      ],
    },
  },
  { product: { id: 'p2', reviews: [] } },
];

const renderRow = () =>
  render(
    <table>
      <tbody>
        <ReviewsCompareRow compared={compared} />
      </tbody>
    </table>,
  );

afterEach(() => {
  cleanup();
  setLocale('nl', { remember: false });
});

describe('the comparison row of reviews', () => {
  it('counts the reviews per risk level of each product, in Dutch', () => {
    renderRow();
    const row = screen.getByRole('row', { name: /Beoordelingen door besturen/ });
    expect(row.textContent).toContain('2 laag, 0 gemiddeld, 1 hoog');
    expect(row.textContent).toContain('Nog geen');
  });

  it('and in English', () => {
    setLocale('en', { remember: false });
    renderRow();
    const row = screen.getByRole('row', { name: /Reviews by boards/ });
    expect(row.textContent).toContain('2 low, 0 medium, 1 high');
    expect(row.textContent).toContain('None yet');
  });
});
