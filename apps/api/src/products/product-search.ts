// Full-text search over vendor names and product names and descriptions, in Dutch:
// the 'dutch' configuration stems ('leerlingvolgsysteem' and 'Leerlingvolgsystemen'
// share the lexeme 'leerlingvolgsystem') and regie_fold() drops diacritics on both
// sides ('café' meets 'cafe'). The document expressions are exactly those of the GIN
// indexes in the migration products-and-leaflets, so that the planner uses them.

/** At most this many words of a search are used: a longer one is no better a filter. */
export const MAX_SEARCH_TERMS = 8;

export function productDocument(alias: string): string {
  return `to_tsvector('dutch', regie_fold(${alias}.name || ' ' || coalesce(${alias}.description, '')))`;
}

export function organisationDocument(alias: string): string {
  return `to_tsvector('dutch', regie_fold(${alias}.name))`;
}

/** The tsquery of a parameter that holds what `searchTerms` made. */
export function searchQuery(parameter: string): string {
  return `to_tsquery('dutch', regie_fold(:${parameter}))`;
}

/**
 * What someone typed as to_tsquery text: every word must match, each as a prefix
 * (so a half-typed word, or the first part of a Dutch compound, finds the whole).
 * Only letters and digits reach to_tsquery, so no input can break its syntax.
 * Null when nothing searchable remains.
 */
export function searchTerms(search: string | null | undefined): string | null {
  const words = (search ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_TERMS)
    .map((w) => `${w.slice(0, 100)}:*`);
  return words.length > 0 ? words.join(' & ') : null;
}
