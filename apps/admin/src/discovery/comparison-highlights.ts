// Which rows of a product comparison differ, and which values are the less favourable ones.
// A procurement officer reads the comparison for what sets the products apart; the page marks
// a differing row and flags each worse value with words (never with colour alone).
//
// The rule, per row:
// - vendor: differs when the vendors differ; never worse.
// - dataOutsideEea: worse when data goes outside the EEA, or when no leaflet is published (then
//   nobody can tell).
// - subprocessors: differs on the count; worse when a sub-processor outside the EEA has no
//   transfer safeguards.
// - attestations: differs on the set of valid types. Measured against the chosen minimum
//   standard, never against the other products (a product is not worse for lacking a pentest
//   that the standard does not ask for): a mandatory requirement that names evidence types is
//   missing its evidence when the product holds none of them validly. An expired attestation
//   not renewed by a valid one of the same type is worse with or without a standard.
// - assessment: worse without a submitted assessment, or with mandatory requirements not met.
// - price: worse when dearer than the cheapest priced product; no deal is not worse (a board
//   may buy on its own), but differs.
// - agreement: differs only; the board's own agreement status is a fact, not a verdict.

export type ComparisonRow =
  | 'vendor'
  | 'dataOutsideEea'
  | 'subprocessors'
  | 'attestations'
  | 'assessment'
  | 'price'
  | 'agreement';

export const comparisonRows: readonly ComparisonRow[] = [
  'vendor',
  'dataOutsideEea',
  'subprocessors',
  'attestations',
  'assessment',
  'price',
  'agreement',
];

/** Why a value is flagged: each reason is a text on the page. */
export type WorseReason =
  | 'outsideEea'
  | 'noLeaflet'
  | 'transferWithoutSafeguards'
  | 'missingAttestation'
  | 'expiredAttestation'
  | 'noAssessment'
  | 'mandatoryNotMet'
  | 'higherPrice';

export interface ComparedFacts {
  readonly vendorId: string;
  readonly hasLeaflet: boolean;
  readonly dataOutsideEea: boolean;
  readonly subprocessorCount: number;
  readonly transferWithoutSafeguards: boolean;
  /** Types of the attestations that hold today (VALID or EXPIRING). */
  readonly validAttestationTypes: readonly string[];
  /** Types of the attestations the caller sees that have EXPIRED. */
  readonly expiredAttestationTypes: readonly string[];
  readonly assessment: { readonly mandatoryMet: number; readonly mandatoryTotal: number } | null;
  readonly lowestPricePerStudentCents: number | null;
  readonly agreementStatus: string | null;
}

/** What a chosen standard asks as evidence: its mandatory requirements that name types. */
export interface EvidenceRequirement {
  readonly code: string;
  /** Any one of these, held validly, is evidence. */
  readonly evidenceTypes: readonly string[];
}

/** A requirement of the standard for which the product holds none of the evidence types. */
export interface MissingEvidence {
  readonly code: string;
  readonly evidenceTypes: readonly string[];
}

export interface CellHighlight {
  readonly worse: boolean;
  readonly reasons: readonly WorseReason[];
  /** The chosen standard's requirements whose evidence this product lacks (by code). */
  readonly missingEvidence: readonly MissingEvidence[];
  /** Expired attestation types not renewed by a valid one of the same type (sorted). */
  readonly expiredTypes: readonly string[];
}

export interface RowHighlight {
  readonly row: ComparisonRow;
  /** Only with two products or more: a row where not every product has the same value. */
  readonly differs: boolean;
  /** One per product, in the order given. */
  readonly cells: readonly CellHighlight[];
}

const sortedUnique = (values: Iterable<string>) => [...new Set(values)].sort();

function comparableValue(row: ComparisonRow, f: ComparedFacts): string {
  switch (row) {
    case 'vendor':
      return f.vendorId;
    case 'dataOutsideEea':
      return f.hasLeaflet ? String(f.dataOutsideEea) : 'unknown';
    case 'subprocessors':
      return `${f.subprocessorCount}/${f.transferWithoutSafeguards}`;
    case 'attestations':
      return sortedUnique(f.validAttestationTypes).join(',');
    case 'assessment':
      return f.assessment ? `${f.assessment.mandatoryMet}/${f.assessment.mandatoryTotal}` : 'none';
    case 'price':
      return String(f.lowestPricePerStudentCents);
    case 'agreement':
      return String(f.agreementStatus);
  }
}

function cell(
  reasons: WorseReason[],
  missingEvidence: MissingEvidence[] = [],
  expiredTypes: string[] = [],
): CellHighlight {
  return { worse: reasons.length > 0, reasons, missingEvidence, expiredTypes };
}

/**
 * `standard`: the evidence the chosen minimum standard asks (its mandatory requirements that
 * name attestation types); null when none is chosen, and then no evidence counts as missing.
 */
export function highlightComparison(
  products: readonly ComparedFacts[],
  standard: readonly EvidenceRequirement[] | null = null,
): RowHighlight[] {
  const required = (standard ?? []).filter((r) => r.evidenceTypes.length > 0);
  const prices = products
    .map((p) => p.lowestPricePerStudentCents)
    .filter((p): p is number => p !== null);
  const cheapest = prices.length ? Math.min(...prices) : null;

  return comparisonRows.map((row) => {
    const values = products.map((p) => comparableValue(row, p));
    const differs = products.length > 1 && new Set(values).size > 1;
    const cells = products.map((p): CellHighlight => {
      switch (row) {
        case 'vendor':
        case 'agreement':
          return cell([]);
        case 'dataOutsideEea':
          return cell(!p.hasLeaflet ? ['noLeaflet'] : p.dataOutsideEea ? ['outsideEea'] : []);
        case 'subprocessors':
          return cell(p.transferWithoutSafeguards ? ['transferWithoutSafeguards'] : []);
        case 'attestations': {
          const own = new Set(p.validAttestationTypes);
          const missing = required
            .filter((r) => !r.evidenceTypes.some((type) => own.has(type)))
            .map((r) => ({ code: r.code, evidenceTypes: sortedUnique(r.evidenceTypes) }));
          const expired = sortedUnique(p.expiredAttestationTypes).filter((type) => !own.has(type));
          const reasons: WorseReason[] = [];
          if (missing.length) reasons.push('missingAttestation');
          if (expired.length) reasons.push('expiredAttestation');
          return cell(reasons, missing, expired);
        }
        case 'assessment':
          return cell(
            !p.assessment
              ? ['noAssessment']
              : p.assessment.mandatoryMet < p.assessment.mandatoryTotal
                ? ['mandatoryNotMet']
                : [],
          );
        case 'price':
          return cell(
            cheapest !== null &&
              p.lowestPricePerStudentCents !== null &&
              p.lowestPricePerStudentCents > cheapest
              ? ['higherPrice']
              : [],
          );
      }
    });
    return { row, differs, cells };
  });
}
