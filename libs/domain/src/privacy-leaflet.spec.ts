import { LeafletStatus, PersonalDataCategory as C, TransferMechanism as T } from './enums';
import {
  dataOutsideEea,
  lacksTransferMechanism,
  leafletTransition,
  transferWithoutSafeguards,
  usesPersonalNumbers,
} from './privacy-leaflet';

describe('privacy leaflet rules', () => {
  it('flags a sub-processor outside the EEA without a transfer mechanism, and only that', () => {
    expect(transferWithoutSafeguards({ country: 'US', transferMechanism: T.NONE })).toBe(true);
    expect(
      transferWithoutSafeguards({
        country: 'US',
        transferMechanism: T.STANDARD_CONTRACTUAL_CLAUSES,
      }),
    ).toBe(false);
    expect(transferWithoutSafeguards({ country: 'NO', transferMechanism: T.NONE })).toBe(false);
  });

  it('asks for a mechanism (or NONE) outside the EEA, never inside it', () => {
    expect(lacksTransferMechanism({ country: 'IN', transferMechanism: T.NOT_APPLICABLE })).toBe(
      true,
    );
    expect(lacksTransferMechanism({ country: 'IN', transferMechanism: T.NONE })).toBe(false);
    expect(lacksTransferMechanism({ country: 'DE', transferMechanism: T.NOT_APPLICABLE })).toBe(
      false,
    );
  });

  it('sees data outside the EEA in a location or in a sub-processor', () => {
    const nl = { country: 'NL' };
    const sub = (country: string) => ({ country, transferMechanism: T.ADEQUACY_DECISION });
    expect(dataOutsideEea({ locations: [nl], subprocessors: [sub('IE')] })).toBe(false);
    expect(dataOutsideEea({ locations: [nl, { country: 'US' }], subprocessors: [] })).toBe(true);
    expect(dataOutsideEea({ locations: [nl], subprocessors: [sub('CH')] })).toBe(true);
  });

  it('flags personal numbers (BSN, PGN)', () => {
    expect(usesPersonalNumbers({ dataCategories: [C.CONTACT_DETAILS] })).toBe(false);
    expect(usesPersonalNumbers({ dataCategories: [C.CONTACT_DETAILS, C.PERSONAL_NUMBER] })).toBe(
      true,
    );
  });

  it('lets a draft be saved and published, and a published version do neither', () => {
    expect(leafletTransition(LeafletStatus.DRAFT, 'saveDraft')).toBe(LeafletStatus.DRAFT);
    expect(leafletTransition(LeafletStatus.DRAFT, 'publish')).toBe(LeafletStatus.PUBLISHED);
    expect(leafletTransition(LeafletStatus.PUBLISHED, 'publish')).toBeNull();
    expect(leafletTransition(LeafletStatus.PUBLISHED, 'saveDraft')).toBeNull();
  });
});
