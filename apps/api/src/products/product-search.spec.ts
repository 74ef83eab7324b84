import { searchTerms } from './product-search';

describe('searchTerms', () => {
  it('asks for every word, each as a prefix', () => {
    expect(searchTerms('Leerlingvolgsysteem  PO')).toBe('Leerlingvolgsysteem:* & PO:*');
  });

  it('keeps letters with diacritics and digits, and drops what to_tsquery would parse', () => {
    expect(searchTerms("café's & (toets) | !2026 <->")).toBe('café:* & s:* & toets:* & 2026:*');
  });

  it('gives nothing for a search without words', () => {
    expect(searchTerms('  !? ')).toBeNull();
    expect(searchTerms(null)).toBeNull();
  });

  it('uses at most eight words', () => {
    expect(searchTerms('a b c d e f g h i j')?.split(' & ')).toHaveLength(8);
  });
});
