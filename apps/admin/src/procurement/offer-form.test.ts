import { describe, expect, it } from 'vitest';
import { tierErrors, tiersRule, toTiersInput } from './offer-form';
import { criteriaRule, weightTotal } from './tender-form';

describe('price tiers as typed', () => {
  it('starts at 0 students and climbs', () => {
    expect(tiersRule([{ minStudents: '10', price: '12,00' }])).toEqual({
      key: 'tender.tiersStart',
    });
    const errors = tierErrors([
      { minStudents: '0', price: '12,00' },
      { minStudents: '0', price: '10' },
    ]);
    expect(errors[1].minStudents).toEqual({ key: 'tender.tiersOrder' });
    expect(errors[0].minStudents).toBeNull();
  });

  it('wants an amount in euros', () => {
    expect(tierErrors([{ minStudents: '0', price: 'gratis' }])[0].price).toEqual({
      key: 'field.invalid',
    });
    expect(toTiersInput([{ minStudents: '0', price: '14,50' }])).toEqual([
      { minStudents: 0, pricePerStudentCents: 1450 },
    ]);
  });
});

describe('award criteria as typed', () => {
  it('adds the weights and wants 100', () => {
    const rows = [
      { name: 'prijs', weight: '60' },
      { name: 'kwaliteit', weight: '30' },
    ];
    expect(weightTotal(rows)).toBe(90);
    expect(criteriaRule(rows)).toEqual({ key: 'tender.weightsTotal' });
    expect(criteriaRule([{ name: 'prijs', weight: '100' }])).toBeNull();
    expect(criteriaRule([{ name: 'prijs', weight: '99,5' }])).toEqual({
      key: 'tender.weightWhole',
    });
  });
});
