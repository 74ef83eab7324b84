// @vitest-environment jsdom
// The lifecycle buttons send the agreement's version, and a CONFLICT is explained: a stale
// version with a reload, another reason with the API's words.
import type { AgreementsDetailFragment } from '@regie/graphql-client';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, fetchExchange, Provider } from 'urql';
import { setLocale } from '../i18n';
import { AgreementSteps } from './agreement-work';

const agreement = {
  id: 'a1',
  version: 7,
  status: 'IN_REVIEW',
  source: 'DIRECT',
  board: { id: 'b1', name: 'Rivierenland' },
  vendor: { id: 'v1', name: 'Leerwijs' },
  deviations: [],
  signatures: [],
} as unknown as AgreementsDetailFragment;

/** A real client whose server answers every request with one GraphQL error. */
function clientAnswering(code: string, reason: string, message: string) {
  const fetch = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify({ errors: [{ message, extensions: { code, reason } }] }), {
        headers: { 'content-type': 'application/json' },
      }),
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

function renderSteps(client: Client, reload = vi.fn()) {
  render(
    <Provider value={client}>
      <AgreementSteps
        agreement={agreement}
        offered={new Set(['approve'])}
        organisationName="Rivierenland"
        waitingFor={null}
        waitsForOwnParty={false}
        mayChooseExit
        reload={reload}
      />
    </Provider>,
  );
  return reload;
}

describe('the steps of an agreement', () => {
  afterEach(() => {
    cleanup();
    setLocale('nl');
  });

  it('sends the version it showed, and offers a reload when someone else changed it', async () => {
    const { client, sentInput } = clientAnswering('CONFLICT', 'STALE_VERSION', 'Verouderd');
    const reload = renderSteps(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Goedkeuren' }));
    });
    await screen.findByRole('alert');
    expect(sentInput()).toEqual({ agreementId: 'a1', version: 7 });
    expect(screen.getByRole('alert').textContent).toContain(
      'Iemand anders heeft dit intussen gewijzigd.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(reload).toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why another conflict stops the step', async () => {
    const { client } = clientAnswering(
      'CONFLICT',
      'UNRESOLVED_DEVIATIONS',
      'Er is nog een afwijking niet beoordeeld.',
    );
    renderSteps(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Goedkeuren' }));
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Deze stap kan nu niet.');
    expect(alert.textContent).toContain('Er is nog een afwijking niet beoordeeld.');
    expect(screen.queryByRole('button', { name: 'Nieuwste versie laden' })).toBeNull();
  });
});
