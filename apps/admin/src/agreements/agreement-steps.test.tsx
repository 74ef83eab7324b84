// @vitest-environment jsdom
// The lifecycle buttons send the agreement's version, and a CONFLICT is explained: a stale
// version with a reload, another reason with the API's words.
import type { AgreementsDetailFragment } from '@regie/graphql-client';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CombinedError, Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
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

function clientAnswering(code: string, reason: string, message: string) {
  const executeMutation = vi.fn((operation: { variables: unknown }) =>
    fromValue({
      operation,
      data: undefined,
      error: new CombinedError({
        graphQLErrors: [new GraphQLError(message, { extensions: { code, reason } })],
      }),
      stale: false,
      hasNext: false,
    }),
  );
  return { client: { executeMutation } as unknown as Client, executeMutation };
}

function renderSteps(client: Client, reload = vi.fn()) {
  render(
    <Provider value={client}>
      <AgreementSteps
        agreement={agreement}
        offered={new Set(['approve'])}
        organisationName="Rivierenland"
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
    const { client, executeMutation } = clientAnswering('CONFLICT', 'STALE_VERSION', 'Verouderd');
    const reload = renderSteps(client);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Goedkeuren' }));
    });
    const sent = executeMutation.mock.calls[0][0] as unknown as {
      variables: { input: { agreementId: string; version: number } };
    };
    expect(sent.variables.input).toEqual({ agreementId: 'a1', version: 7 });
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
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Deze stap kan nu niet.');
    expect(alert.textContent).toContain('Er is nog een afwijking niet beoordeeld.');
    expect(screen.queryByRole('button', { name: 'Nieuwste versie laden' })).toBeNull();
  });
});
