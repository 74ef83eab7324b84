// @vitest-environment jsdom
import type { SectorSignalsFragment } from '@regie/graphql-client';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { SectorSignalsFigure } from './sector-signals-figure';

beforeEach(() => setLocale('nl', { remember: false }));
afterEach(cleanup);

const reviews = {
  reviewCount: 4,
  reviewsByRisk: [
    { riskLevel: 'LOW' as const, reviews: 3 },
    { riskLevel: 'MEDIUM' as const, reviews: 1 },
    { riskLevel: 'HIGH' as const, reviews: 0 },
  ],
  generatedAt: '2026-12-03T20:05:00.000Z',
};

/** Each item of the list named `name`, as a screen reader reads it, and whether it has a bar. */
function rows(name: string) {
  return within(screen.getByRole('list', { name }))
    .getAllByRole('listitem')
    .map((item) => ({
      text: item.textContent,
      bar: item.querySelector('.signals__bar') !== null,
    }));
}

describe('the picture of what boards do with a product', () => {
  it('draws each shown count as a bar with its number in words', () => {
    const signals: SectorSignalsFragment = {
      boardsInForce: 9,
      boardsWithDeviations: 6,
      deviationTopics: [
        { topic: 'SECURITY', boards: 6 },
        { topic: 'SUBPROCESSORS', boards: 3 },
      ],
      ...reviews,
    };
    render(<SectorSignalsFigure signals={signals} ownVendor={false} />);
    expect(rows('Besturen met een verwerkersovereenkomst die nu geldt')).toEqual([
      { text: 'Met een overeenkomst die nu geldt: 9 besturen', bar: true },
      { text: 'Met afwijkingen van de modelovereenkomst: 6 besturen', bar: true },
    ]);
    expect(rows('Afwijkingen per onderwerp').map((r) => r.text)).toEqual([
      expect.stringMatching(/: 6 besturen$/),
      expect.stringMatching(/: 3 besturen$/),
    ]);
    expect(rows('Reviews per risiconiveau (4 reviews)')).toEqual([
      { text: 'Laag risico: 3 reviews', bar: true },
      { text: 'Middelmatig risico: 1 review', bar: true },
      { text: 'Hoog risico: geen reviews', bar: false },
    ]);
    // The bars are drawn against the boards in force: 6 of 9.
    const bars = document.querySelectorAll<HTMLElement>('.signals__bar');
    expect(bars[1].style.width).toBe(`${(6 / 9) * 100}%`);
    screen.getByText(/Aantallen van 1 of 2 besturen tonen we niet/);
    // When the counts were made: they are kept for a few minutes.
    screen.getByText(/Geteld op 3 december 2026.*21:05/);
  });

  it('draws no bar for a count the rule hides, says it is not shown, and why', () => {
    render(
      <SectorSignalsFigure
        signals={{
          boardsInForce: null,
          boardsWithDeviations: null,
          deviationTopics: [],
          reviewCount: 0,
          reviewsByRisk: [
            { riskLevel: 'LOW', reviews: 0 },
            { riskLevel: 'MEDIUM', reviews: 0 },
            { riskLevel: 'HIGH', reviews: 0 },
          ],
          generatedAt: '2026-12-03T20:05:00.000Z',
        }}
        ownVendor={false}
      />,
    );
    expect(rows('Besturen met een verwerkersovereenkomst die nu geldt')).toEqual([
      { text: 'Met een overeenkomst die nu geldt: niet getoond', bar: false },
      { text: 'Met afwijkingen van de modelovereenkomst: niet getoond', bar: false },
    ]);
    screen.getByText('Geen onderwerp om te tonen: een onderwerp staat hier vanaf 3 besturen.');
    screen.getByText(/Aantallen van 1 of 2 besturen tonen we niet/);
    expect(screen.queryByText(/^0 besturen/)).toBeNull();
  });

  it('hides one figure beside a shown total, and a hidden topic keeps its place without a bar', () => {
    render(
      <SectorSignalsFigure
        signals={{
          boardsInForce: 9,
          boardsWithDeviations: null,
          deviationTopics: [{ topic: 'LIABILITY', boards: null }],
          ...reviews,
        }}
        ownVendor={false}
      />,
    );
    expect(rows('Besturen met een verwerkersovereenkomst die nu geldt')).toEqual([
      { text: 'Met een overeenkomst die nu geldt: 9 besturen', bar: true },
      { text: 'Met afwijkingen van de modelovereenkomst: niet getoond', bar: false },
    ]);
    expect(rows('Afwijkingen per onderwerp')).toEqual([
      { text: expect.stringMatching(/: niet getoond$/), bar: false },
    ]);
  });

  it("tells the product's own vendor that it sees its customers as they are, in English too", () => {
    setLocale('en', { remember: false });
    render(
      <SectorSignalsFigure
        signals={{
          boardsInForce: 1,
          boardsWithDeviations: 0,
          deviationTopics: [],
          ...reviews,
        }}
        ownVendor
      />,
    );
    screen.getByText(/These are your own customers/);
    screen.getByText('No deviations in agreements in force.');
    expect(rows('Boards with a processing agreement in force')[0].text).toBe(
      'With an agreement in force: 1 board',
    );
  });
});
