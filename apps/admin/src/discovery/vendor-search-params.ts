// The vendor search lives in the URL's search params, so that a search can be shared and
// survives a reload: one param per VendorFilter field, `product` (repeated) for the products
// picked for comparison and `standard` for the minimum standard the comparison assesses them
// against. Unknown or malformed values are dropped, never sent to the API.
import { AttestationType, ProductCategory, Sector, StandardStatus } from '@regie/domain';

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

// The API refuses a standardId that is not a UUID; such a value in the URL means "none chosen".
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The minimum standard chosen for the comparison; null: each product's newest assessment. */
export function readStandard(params: URLSearchParams): string | null {
  const raw = params.get('standard')?.trim() ?? '';
  return uuid.test(raw) ? raw : null;
}

/**
 * The URL params of a search, a pick and the chosen standard (empty filters left out). The
 * standard travels with the search so that going back to the search and comparing again keeps it.
 */
export function writeVendorSearch(
  search: VendorSearch,
  picked: readonly string[],
  standard: string | null = null,
) {
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
  if (standard) params.set('standard', standard);
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

export interface StandardChoice<T> {
  /** false while the standards are still loading: the comparison waits rather than fetch twice. */
  readonly ready: boolean;
  /** The standard to compare against; null: each product's newest assessment. */
  readonly standard: T | null;
}

/**
 * The standard of the URL, if it is one of the published ones. A draft (which a sector body's
 * own members also see), an unknown or a withdrawn id is dropped rather than sent, so that the
 * page never names a standard the comparison did not use. `standards` undefined: still loading.
 */
export function chooseStandard<T extends { readonly id: string; readonly status: string }>(
  chosen: string | null,
  standards: readonly T[] | undefined,
): StandardChoice<T> {
  if (chosen === null) return { ready: true, standard: null };
  if (standards === undefined) return { ready: false, standard: null };
  const found = standards.find(
    (s) => s.status === StandardStatus.PUBLISHED && s.id.toLowerCase() === chosen.toLowerCase(),
  );
  return { ready: true, standard: found ?? null };
}
