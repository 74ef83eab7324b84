// @vitest-environment jsdom
// A party's own deviation: changed or withdrawn with the agreement's version it was shown, a
// stale version explained with a reload; the topic filed in words.
import type { AgreementsDetailFragment } from '@regie/graphql-client';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, fetchExchange, Provider } from 'urql';
import { setLocale } from '../i18n';
import { Deviations } from './agreement-work';

const agreement = {
  id: 'a1',
  version: 4,
  status: 'CHANGES_REQUESTED',
  source: 'DIRECT',
  board: { id: 'b1', name: 'Rivierenland' },
  vendor: { id: 'v1', name: 'Leerwijs' },
  deviations: [
    {
      id: 'd1',
      clause: '9.1',
      topic: 'BREACH_NOTIFICATION',
      text: 'Datalekken binnen 72 uur melden.',
      addedBy: 'VENDOR',
      assessment: 'UNACCEPTABLE',
      assessmentNote: 'Te lang.',
    },
  ],
  signatures: [],
} as unknown as AgreementsDetailFragment;

function clientAnswering(body: unknown) {
  const fetch = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );
  const client = new Client({
    url: 'http://regie.test/graphql',
    exchanges: [fetchExchange],
    fetch,
  });
  const sentInput = () =>
    (JSON.parse(String(fetch.mock.calls[0][1]?.body)) as { variables: { input: unknown } })
      .variables.input;
  return { client, sentInput };
}

function renderDeviations(client: Client, reload = vi.fn()) {
  render(
    <Provider value={client}>
      <Deviations
        agreement={agreement}
        offered={new Set()}
        reload={reload}
        mayChange={() => true}
      />
    </Provider>,
  );
  return reload;
}

describe('a party’s own deviation', () => {
  afterEach(() => {
    cleanup();
    setLocale('nl');
  });

  it('names its topic and who proposed it', () => {
    renderDeviations(clientAnswering({}).client);
    expect(
      screen.getByText(/Onderwerp: Melden van datalekken · Voorgesteld door Leerwijs/),
    ).toBeTruthy();
  });

  it('withdraws with the version it showed, and offers a reload when someone changed it', async () => {
    const { client, sentInput } = clientAnswering({
      errors: [{ message: 'Verouderd', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }],
    });
    const reload = renderDeviations(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Intrekken ?\(9\.1\)$/ }));
    });
    await screen.findByRole('alert');
    expect(sentInput()).toEqual({ deviationId: 'd1', version: 4 });
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(reload).toHaveBeenCalled();
  });

  it('sends the changed text and topic, and says so', async () => {
    const { client, sentInput } = clientAnswering({
      data: { updateDeviation: { __typename: 'ProcessingAgreement', id: 'a1' } },
    });
    const reload = renderDeviations(client);
    fireEvent.click(screen.getByRole('button', { name: /^Wijzigen ?\(9\.1\)$/ }));
    fireEvent.change(screen.getByLabelText(/^Tekst van de afwijking bij artikel 9\.1/), {
      target: { value: 'Datalekken binnen 36 uur melden.' },
    });
    fireEvent.change(screen.getByLabelText(/^Onderwerp van de afwijking bij artikel 9\.1/), {
      target: { value: 'SECURITY' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    });
    await screen.findByText('De afwijking bij artikel 9.1 is gewijzigd.');
    expect(sentInput()).toEqual({
      deviationId: 'd1',
      version: 4,
      clause: '9.1',
      topic: 'SECURITY',
      text: 'Datalekken binnen 36 uur melden.',
    });
    expect(reload).toHaveBeenCalled();
  });
});
