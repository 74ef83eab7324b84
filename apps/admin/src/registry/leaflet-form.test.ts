import { describe, expect, it } from 'vitest';
import type { RegistryLeafletFragment } from '@regie/graphql-client';
import { leafletInput, leafletValues, rowMessages } from './leaflet-form';

const published: RegistryLeafletFragment = {
  id: 'l1',
  version: 1,
  status: 'PUBLISHED',
  publishedAt: '2026-01-01T10:00:00.000Z',
  product: { id: 'p1', name: 'Leerwijs Platform' },
  purposes: ['Onderwijs', 'Accounts'],
  dataSubjects: ['STUDENT'],
  dataCategories: ['CONTACT_DETAILS', 'USAGE_LOGS'],
  retention: [{ category: 'USAGE_LOGS', period: '6 maanden' }],
  subprocessors: [
    {
      name: 'Polderhost B.V.',
      service: 'hosting',
      country: 'NL',
      inEea: true,
      transferMechanism: 'NOT_APPLICABLE',
      transferWithoutSafeguards: false,
    },
  ],
  locations: [{ country: 'NL', activity: 'opslag', inEea: true }],
  breachNotificationHours: 24,
  privacyContactEmail: null,
  dataOutsideEea: false,
  transferWithoutSafeguards: false,
  usesPersonalNumbers: false,
};

describe('the leaflet draft form', () => {
  it('starts a new draft from the newest version and gives the same content back', () => {
    const values = leafletValues(published);
    expect(values.purposes).toBe('Onderwijs\nAccounts');
    const input = leafletInput('p1', values);
    expect(input).toMatchObject({
      productId: 'p1',
      purposes: ['Onderwijs', 'Accounts'],
      subprocessors: [
        {
          name: 'Polderhost B.V.',
          service: 'hosting',
          country: 'NL',
          transferMechanism: 'NOT_APPLICABLE',
        },
      ],
      breachNotificationHours: 24,
      privacyContactEmail: null,
    });
  });

  it('drops blank purpose lines and upper-cases country codes', () => {
    const values = {
      ...leafletValues(published),
      purposes: ' Onderwijs \n\n  ',
      locations: [{ country: 'ie', activity: 'opslag' }],
    };
    const input = leafletInput('p1', values);
    expect(input.purposes).toEqual(['Onderwijs']);
    expect(input.locations[0].country).toBe('IE');
  });

  it('asks for a transfer mechanism for a sub-processor outside the EEA', () => {
    const messages = rowMessages({
      subprocessors: [
        {
          name: 'Helpdesk',
          service: 'support',
          country: 'in',
          transferMechanism: 'NOT_APPLICABLE',
        },
      ],
    });
    expect(messages['subprocessors.0.transferMechanism']).toEqual({
      key: 'leaflet.transferMechanismOutsideEea',
    });
    expect(
      rowMessages({
        subprocessors: [
          { name: 'Helpdesk', service: 'support', country: 'IN', transferMechanism: 'NONE' },
        ],
      }),
    ).toEqual({});
  });

  it('says which row field is missing or wrong', () => {
    const messages = rowMessages({
      locations: [{ country: 'XX', activity: '' }],
      retention: [{ category: 'HEALTH_WELLBEING', period: '1 jaar' }],
      dataCategories: ['CONTACT_DETAILS'],
    });
    expect(messages['locations.0.country']).toEqual({ key: 'field.country' });
    expect(messages['locations.0.activity']).toEqual({ key: 'field.required' });
    expect(messages['retention.0.category']).toEqual({ key: 'leaflet.retentionCategoryNotListed' });
  });
});
