// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { diffLeaflets, type DiffableLeaflet } from './leaflet-diff';
import { LeafletDiffView } from './leaflet-view';

const v1: DiffableLeaflet = {
  purposes: ['Onderwijs'],
  dataSubjects: ['STUDENT'],
  dataCategories: ['CONTACT_DETAILS'],
  retention: [],
  subprocessors: [
    {
      name: 'Mailer Inc.',
      service: 'e-mail',
      country: 'US',
      transferMechanism: 'ADEQUACY_DECISION',
    },
  ],
  locations: [{ country: 'NL', activity: 'opslag' }],
  breachNotificationHours: 24,
  privacyContactEmail: null,
};

afterEach(() => {
  cleanup();
  setLocale('nl', { remember: false });
});

describe('LeafletDiffView', () => {
  it('names each change in words beside its part of the leaflet', () => {
    const diff = diffLeaflets(v1, {
      ...v1,
      dataCategories: ['CONTACT_DETAILS', 'PERSONAL_NUMBER'],
      subprocessors: [
        { name: 'Mailer Inc.', service: 'e-mail', country: 'IN', transferMechanism: 'NONE' },
      ],
    });
    render(<LeafletDiffView diff={diff} from={1} to={2} />);
    expect(screen.getByText('Versie 1 naar versie 2: 2 wijzigingen.')).toBeTruthy();
    const categories = screen.getByRole('row', { name: /Categorieën persoonsgegevens/ });
    expect(within(categories).getByText('Toegevoegd:')).toBeTruthy();
    expect(within(categories).getByText('Persoonsgebonden nummer (BSN, PGN)')).toBeTruthy();
    const subprocessors = screen.getByRole('row', { name: /Subverwerkers/ });
    expect(within(subprocessors).getByText('Gewijzigd:')).toBeTruthy();
    expect(subprocessors.textContent).toContain(
      'Mailer Inc. (e-mail), India, Geen waarborg (was Mailer Inc. (e-mail), Verenigde Staten, Adequaatheidsbesluit)',
    );
    // Unchanged parts are not listed.
    expect(screen.queryByRole('row', { name: /Doelen/ })).toBeNull();
  });

  it('says when two versions say the same, in English too', () => {
    setLocale('en', { remember: false });
    render(<LeafletDiffView diff={diffLeaflets(v1, v1)} from={2} to={3} />);
    expect(screen.getByText('Version 2 and version 3 say the same.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
