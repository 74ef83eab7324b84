import { AttestationType, ProductCategory, Sector, StandardStatus } from '@regie/domain';
import { describe, expect, it } from 'vitest';
import {
  chooseStandard,
  emptySearch,
  MAX_COMPARED,
  readPicked,
  readStandard,
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

describe('the minimum standard a comparison assesses against', () => {
  const v1 = { id: '0b4c3a1e-5f0d-4c3b-9a6e-1d2f3a4b5c6d', status: StandardStatus.PUBLISHED };
  const draft = { id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', status: StandardStatus.DRAFT };

  it('travels in the URL with the search and the pick, and back', () => {
    const params = writeVendorSearch({ ...emptySearch, sector: Sector.PO }, ['p1', 'p2'], v1.id);
    expect(params.toString()).toBe(`sector=PO&product=p1&product=p2&standard=${v1.id}`);
    const back = new URLSearchParams(params.toString());
    expect(readStandard(back)).toBe(v1.id);
    expect(readPicked(back)).toEqual(['p1', 'p2']);
    expect(readVendorSearch(back)).toEqual({ ...emptySearch, sector: Sector.PO });
  });

  it('is left out when none is chosen, and a malformed one is dropped', () => {
    expect(writeVendorSearch(emptySearch, ['p1']).toString()).toBe('product=p1');
    expect(writeVendorSearch(emptySearch, ['p1'], null).has('standard')).toBe(false);
    expect(readStandard(new URLSearchParams('standard=v1.0'))).toBeNull();
    expect(readStandard(new URLSearchParams('standard='))).toBeNull();
    expect(readStandard(new URLSearchParams(''))).toBeNull();
  });

  it('is one of the published standards, or none', () => {
    expect(chooseStandard(null, undefined)).toEqual({ ready: true, standard: null });
    expect(chooseStandard(v1.id.toUpperCase(), [draft, v1])).toEqual({ ready: true, standard: v1 });
    // A draft (seen by its sector body's members) or an unknown standard is not compared against.
    expect(chooseStandard(draft.id, [draft, v1])).toEqual({ ready: true, standard: null });
    expect(chooseStandard('5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a', [v1])).toEqual({
      ready: true,
      standard: null,
    });
  });

  it('waits for the standards before the comparison is asked for', () => {
    expect(chooseStandard(v1.id, undefined)).toEqual({ ready: false, standard: null });
  });
});
