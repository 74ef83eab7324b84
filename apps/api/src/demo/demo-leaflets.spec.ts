import { isCountryCode, lacksTransferMechanism } from '@regie/domain';
import { DEMO_PRODUCTS } from './demo-data';
import { DEMO_LEAFLETS } from './demo-leaflets';

describe('demo leaflets', () => {
  const leaflets = Object.values(DEMO_LEAFLETS).flatMap((products) =>
    Object.values(products).flat(),
  );

  it('cover every demo product, each under its vendor', () => {
    for (const [vendor, products] of Object.entries(DEMO_PRODUCTS)) {
      expect(Object.keys(DEMO_LEAFLETS[vendor] ?? {}).sort()).toEqual(
        products.map((p) => p.name).sort(),
      );
    }
  });

  it('obey the rules that saveLeafletDraft enforces', () => {
    for (const l of leaflets) {
      expect(l.purposes.length).toBeGreaterThan(0);
      expect(l.locations.length).toBeGreaterThan(0);
      for (const place of [...l.locations, ...l.subprocessors]) {
        expect(isCountryCode(place.country)).toBe(true);
      }
      expect(l.subprocessors.filter(lacksTransferMechanism)).toEqual([]);
      for (const r of l.retention) expect(l.dataCategories).toContain(r.category);
    }
  });
});
