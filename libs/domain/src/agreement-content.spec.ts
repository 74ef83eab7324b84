import { agreementContentJson, generalOfferTermsJson } from './agreement-content';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('escapes strings as JSON does', () => {
    expect(canonicalJson({ 'é"': 'a\nb' })).toBe('{"é\\"":"a\\nb"}');
  });
});

describe('agreementContentJson', () => {
  const content = {
    parties: { boardId: 'B', vendorId: 'v' },
    productIds: ['p2', 'P1'],
    leafletIds: ['l2', 'l1'],
    model: { name: 'Model Verwerkersovereenkomst', version: '4.0' },
    deviations: [
      { clause: '7', text: 'x', assessment: 'ACCEPTABLE', assessmentNote: null },
      { clause: '2', text: 'y', assessment: null, assessmentNote: null },
    ],
    validFrom: '2026-01-01',
    validUntil: null,
    documentSha256s: ['bb', 'aa'],
  };

  it('is the same whatever order the unordered lists come in', () => {
    const shuffled = {
      ...content,
      productIds: ['P1', 'p2'],
      leafletIds: ['l1', 'l2'],
      documentSha256s: ['aa', 'bb'],
    };
    expect(agreementContentJson(shuffled)).toBe(agreementContentJson(content));
  });

  it('keeps the deviations in the order they were added', () => {
    const json = agreementContentJson(content);
    expect(json.indexOf('"clause":"7"')).toBeLessThan(json.indexOf('"clause":"2"'));
    expect(json).toContain('"productIds":["p1","p2"]');
  });

  it('changes with any signed term', () => {
    const base = agreementContentJson(content);
    expect(agreementContentJson({ ...content, validUntil: '2027-01-01' })).not.toBe(base);
    expect(
      agreementContentJson({
        ...content,
        deviations: [
          { ...content.deviations[0], assessment: 'UNACCEPTABLE' },
          content.deviations[1],
        ],
      }),
    ).not.toBe(base);
  });
});

describe("the vendor's consent in the signed content", () => {
  const content = {
    parties: { boardId: 'b', vendorId: 'v' },
    productIds: ['p1'],
    leafletIds: [],
    model: { name: 'Model Verwerkersovereenkomst', version: '4.0' },
    deviations: [],
    validFrom: null,
    validUntil: null,
    documentSha256s: [],
  };

  it('leaves a DIRECT agreement’s content as it was: no key for a consent it does not rest on', () => {
    expect(agreementContentJson({ ...content, vendorConsent: null })).toBe(
      agreementContentJson(content),
    );
    expect(agreementContentJson(content)).not.toContain('vendorConsent');
  });

  it('names the offer or deal and the hash of the vendor’s signature on it', () => {
    const json = agreementContentJson({
      ...content,
      vendorConsent: { source: 'GENERAL_OFFER', id: 'OFFER-1', documentSha256: 'AB' },
    });
    expect(json).toContain(
      '"vendorConsent":{"documentSha256":"ab","id":"offer-1","source":"GENERAL_OFFER"}',
    );
    expect(
      agreementContentJson({
        ...content,
        vendorConsent: { source: 'GENERAL_OFFER', id: 'offer-1', documentSha256: 'cd' },
      }),
    ).not.toBe(json);
  });

  it('hashes a general offer’s terms the same whatever order its products come in', () => {
    const offer = {
      id: 'O',
      vendorId: 'V',
      productIds: ['p2', 'p1'],
      modelVersion: '4.0',
      termsSha256: 'AA ',
    };
    expect(generalOfferTermsJson(offer)).toBe(
      generalOfferTermsJson({ ...offer, productIds: ['p1', 'p2'] }),
    );
    expect(generalOfferTermsJson(offer)).toBe(
      '{"generalOfferId":"o","modelVersion":"4.0","productIds":["p1","p2"],"termsSha256":"aa","vendorId":"v"}',
    );
    expect(generalOfferTermsJson({ ...offer, termsSha256: 'bb' })).not.toBe(
      generalOfferTermsJson(offer),
    );
  });
});
