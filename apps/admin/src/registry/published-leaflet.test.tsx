// @vitest-environment jsdom
import type { RegistryPublishedLeafletFragment } from '@regie/graphql-client';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { PublishedLeaflet } from './published-leaflet';

const leaflet: RegistryPublishedLeafletFragment = {
  id: 'l2',
  version: 2,
  publishedAt: '2026-03-02T10:00:00.000Z',
  product: { id: 'p1', name: 'Leerwijs Platform' },
  purposes: ['Onderwijs geven'],
  dataSubjects: ['STUDENT'],
  dataCategories: ['CONTACT_DETAILS', 'PERSONAL_NUMBER'],
  retention: [{ category: 'CONTACT_DETAILS', period: 'tot 1 jaar na uitschrijving' }],
  subprocessors: [
    {
      name: 'Polderhost B.V.',
      service: 'hosting',
      country: 'NL',
      inEea: true,
      transferMechanism: 'NOT_APPLICABLE',
      transferWithoutSafeguards: false,
    },
    {
      name: 'Helpdesk Direct Ltd.',
      service: 'support',
      country: 'IN',
      inEea: false,
      transferMechanism: 'NONE',
      transferWithoutSafeguards: true,
    },
  ],
  locations: [{ country: 'NL', activity: 'opslag', inEea: true }],
  breachNotificationHours: 48,
  privacyContactEmail: null,
  dataOutsideEea: true,
  transferWithoutSafeguards: true,
  usesPersonalNumbers: true,
};

afterEach(() => {
  cleanup();
  setLocale('nl', { remember: false });
});

describe('PublishedLeaflet', () => {
  it('names the product and version at the heading level the page asks for', () => {
    render(<PublishedLeaflet leaflet={leaflet} headingLevel={4} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe(
      'Leerwijs Platform, versie 2',
    );
    expect(screen.getByRole('article', { name: 'Leerwijs Platform, versie 2' })).toBeTruthy();
    expect(screen.getByText(/^Gepubliceerd op 2 maart 2026\.$/)).toBeTruthy();
  });

  it('puts every flag in words, and marks the sub-processor that causes one', () => {
    render(<PublishedLeaflet leaflet={leaflet} headingLevel={3} title="Huidige versie (2)" />);
    expect(screen.getByRole('heading', { level: 3, name: 'Huidige versie (2)' })).toBeTruthy();
    const flags = screen.getByRole('list', { name: 'Aandachtspunten' });
    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['⚠ Doorgifte zonder waarborg', '⚠ Gegevens buiten de EER', '⚠ Verwerkt BSN of PGN']);
    const helpdesk = screen.getByRole('row', { name: /Helpdesk Direct Ltd\./ });
    expect(helpdesk.textContent).toContain('India (buiten de EER)');
    expect(helpdesk.textContent).toContain('Geen waarborg ⚠ Doorgifte zonder waarborg');
    const polderhost = screen.getByRole('row', { name: /Polderhost B\.V\./ });
    expect(polderhost.textContent).not.toContain('Doorgifte zonder waarborg');
    expect(screen.getByText('binnen 48 uur')).toBeTruthy();
    expect(screen.getByText('Contactgegevens: tot 1 jaar na uitschrijving')).toBeTruthy();
  });

  it('says so when a part is empty rather than leaving it out, in English too', () => {
    setLocale('en', { remember: false });
    render(
      <PublishedLeaflet
        leaflet={{
          ...leaflet,
          subprocessors: [],
          retention: [],
          dataOutsideEea: false,
          transferWithoutSafeguards: false,
          usesPersonalNumbers: false,
        }}
        headingLevel={3}
      />,
    );
    expect(screen.getByText('Nothing to flag')).toBeTruthy();
    expect(screen.getByText('No sub-processors.')).toBeTruthy();
    const contact = screen.getByText('Privacy contact').parentElement;
    expect(contact?.textContent).toBe('Privacy contactNone.');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
