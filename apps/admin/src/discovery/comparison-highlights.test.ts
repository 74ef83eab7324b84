import { describe, expect, it } from 'vitest';
import {
  highlightComparison,
  type ComparedFacts,
  type ComparisonRow,
} from './comparison-highlights';

const base: ComparedFacts = {
  vendorId: 'v1',
  hasLeaflet: true,
  dataOutsideEea: false,
  subprocessorCount: 2,
  transferWithoutSafeguards: false,
  validAttestationTypes: ['ISO27001'],
  expiredAttestationTypes: [],
  assessment: { mandatoryMet: 3, mandatoryTotal: 3 },
  lowestPricePerStudentCents: 500,
  agreementStatus: 'ACTIVE',
};

const product = (changes: Partial<ComparedFacts>): ComparedFacts => ({ ...base, ...changes });

function row(products: ComparedFacts[], name: ComparisonRow) {
  const found = highlightComparison(products).find((r) => r.row === name);
  if (!found) throw new Error(name);
  return found;
}

describe('highlighting a product comparison', () => {
  it('marks nothing when the products are alike', () => {
    const rows = highlightComparison([base, product({})]);
    expect(rows.every((r) => !r.differs && r.cells.every((c) => !c.worse))).toBe(true);
  });

  it('has one row per fact, one cell per product', () => {
    const rows = highlightComparison([base, product({}), product({})]);
    expect(rows.map((r) => r.row)).toEqual([
      'vendor',
      'dataOutsideEea',
      'subprocessors',
      'attestations',
      'assessment',
      'price',
      'agreement',
    ]);
    expect(rows.every((r) => r.cells.length === 3)).toBe(true);
  });

  it('does not call a single product different', () => {
    const rows = highlightComparison([product({ dataOutsideEea: true })]);
    expect(rows.some((r) => r.differs)).toBe(false);
    expect(row([product({ dataOutsideEea: true })], 'dataOutsideEea').cells[0].worse).toBe(true);
  });

  it('marks other vendors as a difference, not as worse', () => {
    const r = row([base, product({ vendorId: 'v2' })], 'vendor');
    expect(r.differs).toBe(true);
    expect(r.cells.some((c) => c.worse)).toBe(false);
  });

  it('flags data outside the EEA, and a product without a leaflet as unknown', () => {
    const r = row(
      [base, product({ dataOutsideEea: true }), product({ hasLeaflet: false })],
      'dataOutsideEea',
    );
    expect(r.differs).toBe(true);
    expect(r.cells.map((c) => c.reasons)).toEqual([[], ['outsideEea'], ['noLeaflet']]);
  });

  it('flags a sub-processor outside the EEA without safeguards; a count is only a difference', () => {
    const r = row(
      [base, product({ subprocessorCount: 4 }), product({ transferWithoutSafeguards: true })],
      'subprocessors',
    );
    expect(r.differs).toBe(true);
    expect(r.cells.map((c) => c.worse)).toEqual([false, false, true]);
  });

  it('flags evidence the chosen standard asks and the product lacks, not what others hold', () => {
    const standard = [
      { code: 'B1', evidenceTypes: ['ISO27001', 'NEN7510'] },
      { code: 'B2', evidenceTypes: ['PENTEST'] },
    ];
    const products = [
      product({ validAttestationTypes: ['NEN7510', 'PENTEST', 'SOC2_TYPE2'] }),
      product({ validAttestationTypes: ['PENTEST'], expiredAttestationTypes: ['ISO27001'] }),
      product({ validAttestationTypes: ['ISO27001'], expiredAttestationTypes: ['ISO27001'] }),
    ];
    const r = highlightComparison(products, standard).find((x) => x.row === 'attestations')!;
    expect(r.differs).toBe(true);
    // Holding one of B1's types is evidence enough; the SOC 2 report nobody asked for is not
    // held against the others.
    expect(r.cells[0]).toEqual({
      worse: false,
      reasons: [],
      missingEvidence: [],
      expiredTypes: [],
    });
    expect(r.cells[1]).toEqual({
      worse: true,
      reasons: ['missingAttestation', 'expiredAttestation'],
      missingEvidence: [{ code: 'B1', evidenceTypes: ['ISO27001', 'NEN7510'] }],
      expiredTypes: ['ISO27001'],
    });
    // Renewed: the expired certificate has a valid successor of the same type.
    expect(r.cells[2].missingEvidence).toEqual([{ code: 'B2', evidenceTypes: ['PENTEST'] }]);
    expect(r.cells[2].expiredTypes).toEqual([]);
  });

  it('calls no evidence missing without a chosen standard, however the products differ', () => {
    const r = row(
      [
        product({ validAttestationTypes: ['ISO27001', 'PENTEST'] }),
        product({ validAttestationTypes: ['PENTEST'] }),
        product({ validAttestationTypes: [] }),
      ],
      'attestations',
    );
    expect(r.differs).toBe(true);
    expect(r.cells.every((c) => !c.worse && c.missingEvidence.length === 0)).toBe(true);
  });

  it('sees the same attestations in another order as alike', () => {
    const r = row(
      [
        product({ validAttestationTypes: ['PENTEST', 'ISO27001'] }),
        product({ validAttestationTypes: ['ISO27001', 'PENTEST'] }),
      ],
      'attestations',
    );
    expect(r.differs).toBe(false);
  });

  it('flags failed mandatory requirements and a missing assessment', () => {
    const r = row(
      [
        base,
        product({ assessment: { mandatoryMet: 2, mandatoryTotal: 3 } }),
        product({ assessment: null }),
      ],
      'assessment',
    );
    expect(r.differs).toBe(true);
    expect(r.cells.map((c) => c.reasons)).toEqual([[], ['mandatoryNotMet'], ['noAssessment']]);
  });

  it('flags the dearer deals, not the product without a deal', () => {
    const r = row(
      [
        base,
        product({ lowestPricePerStudentCents: 750 }),
        product({ lowestPricePerStudentCents: null }),
      ],
      'price',
    );
    expect(r.differs).toBe(true);
    expect(r.cells.map((c) => c.worse)).toEqual([false, true, false]);
  });

  it('shows the board’s own agreement status as a difference only', () => {
    const r = row([base, product({ agreementStatus: null })], 'agreement');
    expect(r.differs).toBe(true);
    expect(r.cells.some((c) => c.worse)).toBe(false);
  });
});
