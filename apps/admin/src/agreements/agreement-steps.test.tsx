// @vitest-environment jsdom
// The lifecycle buttons send the agreement's version, and a CONFLICT is explained: a stale
// version with a reload, another reason with the API's words.
import type { AgreementsDetailFragment } from '@regie/graphql-client';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, fetchExchange, Provider } from 'urql';
import type { AgreementAction } from '@regie/domain';
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
  products: [{ id: 'p1', name: 'Leerwijs Platform' }],
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

/** A real client whose server answers every request with data. */
function clientSucceeding() {
  const fetch = vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(
        JSON.stringify({
          data: { signAgreement: { __typename: 'ProcessingAgreement', id: 'a1' } },
        }),
        { headers: { 'content-type': 'application/json' } },
      ),
  );
  return {
    client: new Client({ url: 'http://regie.test/graphql', exchanges: [fetchExchange], fetch }),
    fetch,
  };
}

function renderSteps(client: Client, reload = vi.fn(), offered: AgreementAction[] = ['approve']) {
  render(
    <Provider value={client}>
      <AgreementSteps
        agreement={offered.includes('sign') ? { ...agreement, status: 'APPROVED' } : agreement}
        offered={new Set(offered)}
        organisationName="Rivierenland"
        party="BOARD"
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
  it('asks before signing, naming whom it binds, and binds nothing on Cancel', async () => {
    const { client, fetch } = clientSucceeding();
    renderSteps(client, vi.fn(), ['sign']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ondertekenen' }));
    });
    const dialog = screen.getByRole('alertdialog', {
      name: 'Verwerkersovereenkomst ondertekenen?',
    });
    expect(dialog.textContent).toContain(
      'Je ondertekent namens Rivierenland de verwerkersovereenkomst met Leerwijs voor Leerwijs Platform.',
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annuleren, niets vastleggen' }));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('signs once confirmed, and says what comes next', async () => {
    const { client, fetch } = clientSucceeding();
    const reload = renderSteps(client, vi.fn(), ['sign']);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ondertekenen' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Ondertekenen namens Rivierenland' }));
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(
      (JSON.parse(String(fetch.mock.calls[0][1]?.body)) as { variables: { input: unknown } })
        .variables.input,
    ).toEqual({ agreementId: 'a1', version: 7 });
    expect(reload).toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe(
      'Je hebt namens Rivierenland ondertekend. Nu tekent de tekenbevoegde van Leerwijs; daarna is de overeenkomst actief.',
    );
  });
  it('asks before terminating, with the last day and the reason, and binds nothing on Cancel', async () => {
    const { client, fetch } = clientSucceeding();
    render(
      <Provider value={client}>
        <AgreementSteps
          agreement={{ ...agreement, status: 'ACTIVE' } as AgreementsDetailFragment}
          offered={new Set(['terminate'])}
          organisationName="Rivierenland"
          party="BOARD"
          waitingFor={null}
          waitsForOwnParty={false}
          mayChooseExit
          reload={vi.fn()}
        />
      </Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Beëindigen' }));
    fireEvent.change(screen.getByLabelText(/^Reden/), {
      target: { value: 'Over op een ander pakket' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst beëindigen' }));
    });
    const dialog = screen.getByRole('alertdialog', { name: 'Verwerkersovereenkomst beëindigen?' });
    expect(dialog.textContent).toContain(
      'Je beëindigt namens Rivierenland de verwerkersovereenkomst met Leerwijs voor Leerwijs Platform',
    );
    expect(dialog.textContent).toContain('Over op een ander pakket');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annuleren, niets vastleggen' }));
    });
    expect(fetch).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Overeenkomst beëindigen' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /^Beëindigen per / }));
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    const input = (
      JSON.parse(String(fetch.mock.calls[0][1]?.body)) as {
        variables: { input: { endDate: string; reason: string } };
      }
    ).variables.input;
    expect(input).toMatchObject({
      agreementId: 'a1',
      version: 7,
      reason: 'Over op een ander pakket',
    });
    expect(input.endDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByRole('status').textContent).toMatch(/^Beëindigd met .+ als laatste dag\./);
  });
});
