// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { OverviewProductsTable, ROWS_AT_ONCE } from './overview-products-table';

beforeEach(() => setLocale('nl', { remember: false }));
afterEach(cleanup);

/** 250 products of 25 vendors: every third not assessed, every fifth other one compliant. */
const products = Array.from({ length: 250 }, (_, i) => ({
  product: {
    id: `p${i}`,
    name: `Product ${String(i).padStart(3, '0')}`,
    vendor: { id: `v${i % 25}`, name: `Leverancier ${i % 25}` },
  },
  assessment:
    i % 3 === 1 ? null : { id: `a${i}`, mandatoryMet: i % 5 === 0 ? 2 : 1, mandatoryTotal: 2 },
  compliant: i % 3 !== 1 && i % 5 === 0,
  boardsInForce: i % 7 === 0 ? null : i,
  validAttestationTypes: [],
}));

const count = (value: number | null | undefined) =>
  value === null || value === undefined ? 'niet getoond' : String(value);

function rowNames() {
  return within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
}

describe('the products of a sector overview', () => {
  it('draws a hundred rows at a time and says how many there are', () => {
    render(<OverviewProductsTable products={products} count={count} />);
    expect(rowNames()).toHaveLength(ROWS_AT_ONCE);
    screen.getByText('100 van 250 producten getoond.');
    fireEvent.click(screen.getByRole('button', { name: 'Toon nog 100 producten' }));
    expect(rowNames()).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Toon nog 50 producten' }));
    expect(rowNames()).toHaveLength(250);
    screen.getByText('250 van 250 producten getoond.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('finds products by product or vendor name as you type, and by result', () => {
    render(<OverviewProductsTable products={products} count={count} />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Product of leverancier' }), {
      target: { value: 'leverancier 7' },
    });
    // Vendor 7 has products 7, 32, 57, …: ten of them.
    expect(rowNames()).toEqual(
      Array.from({ length: 10 }, (_, k) => `Product ${String(7 + 25 * k).padStart(3, '0')}`),
    );
    screen.getByText('10 van 10 producten getoond.');
    fireEvent.change(screen.getByRole('combobox', { name: 'Uitkomst' }), {
      target: { value: 'notAssessed' },
    });
    // Of those, the ones without an assessment.
    const notAssessed = products.filter(
      (p) => p.product.vendor.name === 'Leverancier 7' && !p.assessment,
    );
    expect(notAssessed).toHaveLength(4);
    expect(rowNames()).toEqual(notAssessed.map((p) => p.product.name));
    fireEvent.change(screen.getByRole('combobox', { name: 'Uitkomst' }), {
      target: { value: 'compliant' },
    });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Product of leverancier' }), {
      target: { value: 'product 005' },
    });
    expect(rowNames()).toEqual(['Product 005']);
    const row = screen.getByRole('row', { name: /Product 005/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Leverancier 5', expect.stringMatching(/2 van 2/), '5', '']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Product of leverancier' }), {
      target: { value: 'geen zulk product' },
    });
    screen.getByText('Geen product gevonden.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
