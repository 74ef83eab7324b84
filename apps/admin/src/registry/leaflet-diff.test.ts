import { describe, expect, it } from 'vitest';
import { diffLeaflets, type DiffableLeaflet } from './leaflet-diff';

const v1: DiffableLeaflet = {
  purposes: ['Onderwijs', 'Accounts'],
  dataSubjects: ['STUDENT', 'STAFF'],
  dataCategories: ['CONTACT_DETAILS', 'USAGE_LOGS'],
  retention: [{ category: 'USAGE_LOGS', period: '6 maanden' }],
  subprocessors: [
    {
      name: 'Polderhost B.V.',
      service: 'hosting',
      country: 'NL',
      transferMechanism: 'NOT_APPLICABLE',
    },
    {
      name: 'Mailer Inc.',
      service: 'e-mail',
      country: 'US',
      transferMechanism: 'ADEQUACY_DECISION',
    },
  ],
  locations: [{ country: 'NL', activity: 'opslag' }],
  breachNotificationHours: 24,
  privacyContactEmail: 'fg@leerwijs.example.nl',
};

describe('diffLeaflets', () => {
  it('finds no change between a version and itself', () => {
    const diff = diffLeaflets(v1, { ...v1 });
    expect(diff.changeCount).toBe(0);
    expect(diff.breachNotificationHours).toBeNull();
    expect(diff.subprocessors.unchanged).toHaveLength(2);
  });

  it('lists added and removed purposes, subjects and data categories', () => {
    const diff = diffLeaflets(v1, {
      ...v1,
      purposes: ['Onderwijs', 'Voortgang volgen'],
      dataSubjects: ['STUDENT'],
      dataCategories: ['CONTACT_DETAILS', 'USAGE_LOGS', 'PERSONAL_NUMBER'],
    });
    expect(diff.purposes.added).toEqual(['Voortgang volgen']);
    expect(diff.purposes.removed).toEqual(['Accounts']);
    expect(diff.dataSubjects.removed).toEqual(['STAFF']);
    expect(diff.dataCategories.added).toEqual(['PERSONAL_NUMBER']);
    expect(diff.changeCount).toBe(4);
  });

  it('shows a sub-processor that moved country as changed, naming what changed', () => {
    const diff = diffLeaflets(v1, {
      ...v1,
      subprocessors: [
        v1.subprocessors[0],
        { name: 'Mailer Inc.', service: 'e-mail', country: 'IN', transferMechanism: 'NONE' },
        {
          name: 'Helpdesk Ltd.',
          service: 'support',
          country: 'GB',
          transferMechanism: 'ADEQUACY_DECISION',
        },
      ],
    });
    expect(diff.subprocessors.added.map((s) => s.name)).toEqual(['Helpdesk Ltd.']);
    expect(diff.subprocessors.removed).toEqual([]);
    expect(diff.subprocessors.changed).toHaveLength(1);
    expect(diff.subprocessors.changed[0].fields).toEqual(['country', 'transferMechanism']);
    expect(diff.subprocessors.changed[0].before.country).toBe('US');
    expect(diff.subprocessors.changed[0].after.country).toBe('IN');
  });

  it('ignores derived properties the API adds to sub-processors', () => {
    const withFlags = {
      ...v1,
      subprocessors: v1.subprocessors.map((s) => ({ ...s, inEea: s.country === 'NL' })),
    };
    expect(diffLeaflets(v1, withFlags).changeCount).toBe(0);
  });

  it('compares retention by category and locations by country', () => {
    const diff = diffLeaflets(v1, {
      ...v1,
      retention: [{ category: 'USAGE_LOGS', period: '12 maanden' }],
      locations: [
        { country: 'NL', activity: 'opslag' },
        { country: 'IN', activity: 'support' },
      ],
    });
    expect(diff.retention.changed[0]).toMatchObject({
      key: 'USAGE_LOGS',
      fields: ['period'],
      before: { period: '6 maanden' },
      after: { period: '12 maanden' },
    });
    expect(diff.locations.added).toEqual([{ country: 'IN', activity: 'support' }]);
  });

  it('reports a changed breach-notification period and contact', () => {
    const diff = diffLeaflets(v1, {
      ...v1,
      breachNotificationHours: 48,
      privacyContactEmail: null,
    });
    expect(diff.breachNotificationHours).toEqual({ before: 24, after: 48 });
    expect(diff.privacyContactEmail).toEqual({ before: 'fg@leerwijs.example.nl', after: null });
    expect(diff.changeCount).toBe(2);
  });
});
