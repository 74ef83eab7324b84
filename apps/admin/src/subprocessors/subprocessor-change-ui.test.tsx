// @vitest-environment jsdom
// What a person reads of a change of subprocessors: the diff in words (added, removed, with
// the flag of a transfer without safeguards), in both languages; on the vendor's product page
// the announcement offered only when the draft adds or replaces a subprocessor, and an
// announced draft said to be fixed until its date.
import { addDays, amsterdamDate } from '@regie/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Client, fetchExchange, Provider } from 'urql';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import { AnnouncePanel } from './announce-panel';
import {
  objectionOpen,
  SubprocessorDiffTable,
  type ChangedSubprocessor,
} from './subprocessor-change-ui';

const hosting: ChangedSubprocessor = {
  name: 'Polderhost B.V.',
  service: 'hosting',
  country: 'NL',
  inEea: true,
  transferMechanism: 'NOT_APPLICABLE',
  transferWithoutSafeguards: false,
};
const helpdesk: ChangedSubprocessor = {
  name: 'Helpdesk Direct Ltd.',
  service: 'support',
  country: 'IN',
  inEea: false,
  transferMechanism: 'NONE',
  transferWithoutSafeguards: true,
};
const product = { id: 'p1', name: 'Leerwijs Rekenen', vendor: { id: 'v1', name: 'Leerwijs B.V.' } };

function renderPanel(props: Partial<Parameters<typeof AnnouncePanel>[0]>) {
  // No request is made while the panel only shows itself.
  const client = new Client({ url: 'http://localhost/graphql', exchanges: [fetchExchange] });
  return render(
    <Provider value={client}>
      <MemoryRouter>
        <AnnouncePanel
          product={product}
          draft={{ id: 'd1', subprocessors: [hosting, helpdesk] }}
          current={{ subprocessors: [hosting] }}
          announced={undefined}
          {...props}
        />
      </MemoryRouter>
    </Provider>,
  );
}

afterEach(() => {
  cleanup();
  setLocale('nl', { remember: false });
});

describe('the diff of a change of subprocessors', () => {
  it('names each subprocessor added and removed in words, flagging a transfer without safeguards', () => {
    render(<SubprocessorDiffTable added={[helpdesk]} removed={[hosting]} />);
    const table = screen.getByRole('table', { name: 'Wat verandert aan de subverwerkers' });
    const added = within(table).getByRole('row', { name: /Erbij Helpdesk Direct Ltd\./ });
    expect(added.textContent).toContain('IN (buiten de EER)');
    expect(added.textContent).toContain('Geen waarborg');
    expect(added.textContent).toContain('Doorgifte zonder waarborg');
    const removed = within(table).getByRole('row', { name: /Vervalt Polderhost B\.V\./ });
    expect(removed.textContent).toContain('Niet van toepassing (binnen de EER)');
  });

  it('reads the same in English', () => {
    setLocale('en', { remember: false });
    render(<SubprocessorDiffTable added={[helpdesk]} removed={[]} />);
    const table = screen.getByRole('table', { name: 'What changes in the subprocessors' });
    expect(within(table).getByRole('row', { name: /Added Helpdesk Direct Ltd\./ })).toBeTruthy();
    expect(table.textContent).toContain('outside the EEA');
  });
});

describe('objecting', () => {
  it('is open while announced and before effectiveOn only', () => {
    const today = '2027-03-01';
    expect(objectionOpen({ status: 'ANNOUNCED', effectiveOn: '2027-03-02' }, today)).toBe(true);
    expect(objectionOpen({ status: 'ANNOUNCED', effectiveOn: today }, today)).toBe(false);
    expect(objectionOpen({ status: 'WITHDRAWN', effectiveOn: '2027-04-01' }, today)).toBe(false);
    expect(objectionOpen({ status: 'IN_EFFECT', effectiveOn: '2027-02-01' }, today)).toBe(false);
  });
});

describe('the announcement on the product page', () => {
  it('is offered for a draft that adds a subprocessor, dated 30 days ahead at the earliest', () => {
    renderPanel({});
    const section = screen.getByRole('region', { name: 'Gewijzigde subverwerkers aankondigen' });
    const date = within(section).getByLabelText(/Gaat in op/) as HTMLInputElement;
    expect(date.value).toBe(addDays(amsterdamDate(), 30).split('-').reverse().join('-'));
    expect(
      within(section).getByRole('button', { name: 'Wijziging subverwerkers aankondigen' }),
    ).toBeTruthy();
  });

  it('is not offered for a draft that only removes one, or changes none', () => {
    renderPanel({ draft: { id: 'd1', subprocessors: [] } });
    renderPanel({ draft: { id: 'd1', subprocessors: [hosting] } });
    expect(
      screen.queryByRole('region', { name: 'Gewijzigde subverwerkers aankondigen' }),
    ).toBeNull();
  });

  it('says that an announced draft is fixed until its date, and leads to the change', () => {
    renderPanel({
      announced: {
        id: 'c1',
        effectiveOn: '2027-03-01',
      } as Parameters<typeof AnnouncePanel>[0]['announced'],
    });
    expect(
      screen.getByText(/aangekondigd als wijziging van subverwerkers per 1 maart 2027/),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Naar de wijziging en de bezwaren' }).getAttribute('href'),
    ).toBe('/products/p1/subprocessor-changes/c1');
    expect(
      screen.queryByRole('button', { name: 'Wijziging subverwerkers aankondigen' }),
    ).toBeNull();
  });
});
