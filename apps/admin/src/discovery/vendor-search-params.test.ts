import { AttestationType, ProductCategory, Sector } from '@regie/domain';
import { describe, expect, it } from 'vitest';
import {
  emptySearch,
  MAX_COMPARED,
  readPicked,
  readVendorSearch,
  toVendorFilter,
  togglePicked,
  writeVendorSearch,
} from './vendor-search-params';

describe('the vendor search in the URL', () => {
  it('survives a round trip through the URL with every filter', () => {
    const search = {
      search: 'rekenen',
      category: ProductCategory.LEARNING_PLATFORM,
      sector: Sector.PO,
      attestationType: AttestationType.ISO27001,
      dataOnlyInEea: true,
      hasPublishedDeal: false,
    };
    const params = writeVendorSearch(search, ['p1', 'p2']);
    expect(params.toString()).toBe(
      'search=rekenen&category=LEARNING_PLATFORM&sector=PO&attestationType=ISO27001' +
        '&dataOnlyInEea=yes&hasPublishedDeal=no&product=p1&product=p2',
    );
    const back = new URLSearchParams(params.toString());
    expect(readVendorSearch(back)).toEqual(search);
    expect(readPicked(back)).toEqual(['p1', 'p2']);
  });

  it('drops values that are not the API’s', () => {
    const params = new URLSearchParams(
      'category=GAMES&sector=XX&attestationType=ISO9001&dataOnlyInEea=maybe&hasPublishedDeal=1',
    );
    expect(readVendorSearch(params)).toEqual(emptySearch);
  });

  it('sends only the filters that are set', () => {
    expect(toVendorFilter(emptySearch)).toEqual({});
    expect(toVendorFilter({ ...emptySearch, dataOnlyInEea: false, sector: Sector.VO })).toEqual({
      dataOnlyInEea: false,
      sector: 'VO',
    });
  });

  it('keeps picked products once each, at most as many as the API compares', () => {
    const many = Array.from({ length: MAX_COMPARED + 3 }, (_, i) => `p${i}`);
    const params = new URLSearchParams([...many, 'p0', ''].map((id) => ['product', id]));
    expect(readPicked(params)).toEqual(many.slice(0, MAX_COMPARED));
  });

  it('picks and unpicks, refusing one too many', () => {
    expect(togglePicked(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(togglePicked(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(togglePicked(['a'], 'a', true)).toEqual(['a']);
    const full = Array.from({ length: MAX_COMPARED }, (_, i) => `p${i}`);
    expect(togglePicked(full, 'extra', true)).toEqual(full);
  });
});
