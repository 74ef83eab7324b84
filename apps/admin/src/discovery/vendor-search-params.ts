// The vendor search lives in the URL's search params, so that a search can be shared and
// survives a reload: one param per VendorFilter field, and `product` (repeated) for the products
// picked for comparison. Unknown or malformed values are dropped, never sent to the API.
import { AttestationType, ProductCategory, Sector } from '@regie/domain';

/** The most products one comparison takes (MAX_COMPARED of the API). */
export const MAX_COMPARED = 10;

export interface VendorSearch {
  readonly search: string;
  readonly category: ProductCategory | null;
  readonly sector: Sector | null;
  readonly attestationType: AttestationType | null;
  /** true: data only in the EEA; false: data (also) outside it; null: either. */
  readonly dataOnlyInEea: boolean | null;
  readonly hasPublishedDeal: boolean | null;
}

export const emptySearch: VendorSearch = {
  search: '',
  category: null,
  sector: null,
  attestationType: null,
  dataOnlyInEea: null,
  hasPublishedDeal: null,
};

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

function yesNo(raw: string | null): boolean | null {
  return raw === 'yes' ? true : raw === 'no' ? false : null;
}

export function readVendorSearch(params: URLSearchParams): VendorSearch {
  return {
    search: (params.get('search') ?? '').trim(),
    category: oneOf(Object.values(ProductCategory), params.get('category')),
    sector: oneOf(Object.values(Sector), params.get('sector')),
    attestationType: oneOf(Object.values(AttestationType), params.get('attestationType')),
    dataOnlyInEea: yesNo(params.get('dataOnlyInEea')),
    hasPublishedDeal: yesNo(params.get('hasPublishedDeal')),
  };
}

/** The picked products, in the order picked, without repeats, at most MAX_COMPARED. */
export function readPicked(params: URLSearchParams): string[] {
  return [...new Set(params.getAll('product').filter((id) => id.trim() !== ''))].slice(
    0,
    MAX_COMPARED,
  );
}

/** The URL params of a search and a pick (empty filters left out). */
export function writeVendorSearch(search: VendorSearch, picked: readonly string[]) {
  const params = new URLSearchParams();
  if (search.search.trim()) params.set('search', search.search.trim());
  if (search.category) params.set('category', search.category);
  if (search.sector) params.set('sector', search.sector);
  if (search.attestationType) params.set('attestationType', search.attestationType);
  if (search.dataOnlyInEea !== null)
    params.set('dataOnlyInEea', search.dataOnlyInEea ? 'yes' : 'no');
  if (search.hasPublishedDeal !== null)
    params.set('hasPublishedDeal', search.hasPublishedDeal ? 'yes' : 'no');
  for (const id of picked.slice(0, MAX_COMPARED)) params.append('product', id);
  return params;
}

/** The API's VendorFilter: only the fields that filter. */
export function toVendorFilter(search: VendorSearch) {
  return {
    ...(search.search ? { search: search.search } : {}),
    ...(search.category ? { category: search.category } : {}),
    ...(search.sector ? { sector: search.sector } : {}),
    ...(search.attestationType ? { attestationType: search.attestationType } : {}),
    ...(search.dataOnlyInEea !== null ? { dataOnlyInEea: search.dataOnlyInEea } : {}),
    ...(search.hasPublishedDeal !== null ? { hasPublishedDeal: search.hasPublishedDeal } : {}),
  };
}

/** Picks or unpicks a product; a pick beyond MAX_COMPARED is refused (the list is unchanged). */
export function togglePicked(picked: readonly string[], id: string, on: boolean): string[] {
  if (!on) return picked.filter((p) => p !== id);
  if (picked.includes(id) || picked.length >= MAX_COMPARED) return [...picked];
  return [...picked, id];
}
