// @vitest-environment jsdom
// The exit of an ended agreement: what the board chose, by when, an overdue one flagged; the
// vendor's confirmation asks one question before it is sent, and sends the statement.
import type { AgreementsDetailFragment } from '@regie/graphql-client';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, fetchExchange, Provider } from 'urql';
import { setLocale } from '../i18n';
import { ExitSection } from './agreement-exit';

const agreement = {
  id: 'a1',
  version: 9,
  status: 'EXPIRED',
  source: 'DIRECT',
  board: { id: 'b1', name: 'Rivierenland' },
  vendor: { id: 'v1', name: 'Leerwijs' },
  exit: {
    choice: 'RETURN_THEN_DELETE',
    dueOn: '2026-02-01',
    confirmedAt: null,
    confirmedBy: null,
    statement: null,
    overdue: true,
  },
} as unknown as AgreementsDetailFragment;

function client() {
  const fetch = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ data: { confirmAgreementExit: { id: 'a1' } } }), {
        headers: { 'content-type': 'application/json' },
      }),
  );
  return {
    fetch,
    client: new Client({ url: 'http://regie.test/graphql', exchanges: [fetchExchange], fetch }),
  };
}

describe('the exit of an agreement', () => {
  afterEach(() => {
    cleanup();
    setLocale('nl');
  });

  it('shows the board’s choice, the due date and that it is overdue', () => {
    render(
      <Provider value={client().client}>
        <ExitSection agreement={agreement} mayChoose={false} mayConfirm={false} reload={vi.fn()} />
      </Provider>,
    );
    expect(screen.getByText('De gegevens eerst teruggeven, dan verwijderen')).toBeTruthy();
    expect(screen.getByText(/1 februari 2026/)).toBeTruthy();
    expect(screen.getByText('Te laat: de bevestiging ontbreekt')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks before the vendor’s final confirmation, then sends its statement', async () => {
    const { fetch, client: c } = client();
    const reload = vi.fn();
    render(
      <Provider value={c}>
        <ExitSection agreement={agreement} mayChoose={false} mayConfirm reload={reload} />
      </Provider>,
    );
    fireEvent.change(screen.getByLabelText(/^Wat is er teruggegeven en verwijderd/), {
      target: { value: 'Teruggegeven op usb; daarna alles verwijderd.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(fetch).not.toHaveBeenCalled();
    expect(
      screen.getByText(/Je verklaart namens Leerwijs dat de gegevens zijn afgehandeld/),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ja, bevestigen' }));
    });
    await screen.findByText('De bevestiging is vastgelegd.');
    const sent = JSON.parse(String(fetch.mock.calls[0][1]?.body)) as {
      variables: { input: unknown };
    };
    expect(sent.variables.input).toEqual({
      agreementId: 'a1',
      statement: 'Teruggegeven op usb; daarna alles verwijderd.',
    });
    expect(reload).toHaveBeenCalled();
  });
});
