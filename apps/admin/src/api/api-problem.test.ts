import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CombinedError } from 'urql';
import { apiProblem, fieldName, isUnauthenticated } from './api-problem';

const graphqlError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('apiProblem', () => {
  it('puts BAD_USER_INPUT messages under the field name without the argument prefix', () => {
    const problem = apiProblem(
      graphqlError('De invoer is niet in orde.', {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'input.email', message: 'Geef een geldig e-mailadres.' },
          { field: 'input.locations.0.country', message: 'Geef een landcode.' },
          { field: 'input.email', message: 'a second message for the same field' },
          { field: 'token', message: 'Deze uitnodiging bestaat niet (meer).' },
        ],
      }),
    );
    expect(problem).toEqual({
      kind: 'invalidInput',
      message: 'De invoer is niet in orde.',
      fields: {
        email: 'Geef een geldig e-mailadres.',
        'locations.0.country': 'Geef een landcode.',
        token: 'Deze uitnodiging bestaat niet (meer).',
      },
    });
  });

  it('tells a stale version apart from other conflicts', () => {
    expect(
      apiProblem(graphqlError('changed', { code: 'CONFLICT', reason: 'STALE_VERSION' })),
    ).toEqual({
      kind: 'stale',
      message: 'changed',
    });
    expect(
      apiProblem(
        graphqlError('De laatste beheerder…', { code: 'CONFLICT', reason: 'INVALID_TRANSITION' }),
      ),
    ).toEqual({ kind: 'conflict', reason: 'INVALID_TRANSITION', message: 'De laatste beheerder…' });
  });

  it('classifies the other codes of the catalogue', () => {
    expect(apiProblem(graphqlError('x', { code: 'RATE_LIMITED' }))?.kind).toBe('rateLimited');
    expect(apiProblem(graphqlError('x', { code: 'FORBIDDEN' }))?.kind).toBe('forbidden');
    expect(apiProblem(graphqlError('x', { code: 'NOT_FOUND' }))?.kind).toBe('notFound');
    expect(apiProblem(graphqlError('x', { code: 'UNAUTHENTICATED' }))?.kind).toBe(
      'unauthenticated',
    );
    expect(apiProblem(graphqlError('x', { code: 'INTERNAL_SERVER_ERROR' }))?.kind).toBe('internal');
  });

  it('reports a request without a GraphQL answer as a network problem, with its HTTP status', () => {
    expect(
      apiProblem(new CombinedError({ networkError: new TypeError('Failed to fetch') })),
    ).toEqual({
      kind: 'network',
    });
    const response = new Response('Bad gateway', { status: 502 });
    expect(apiProblem(new CombinedError({ networkError: new Error('502'), response }))).toEqual({
      kind: 'network',
      status: 502,
    });
  });

  it('answers null when nothing failed', () => {
    expect(apiProblem(undefined)).toBeNull();
  });

  it('recognises an ended sign-in', () => {
    expect(isUnauthenticated(graphqlError('x', { code: 'UNAUTHENTICATED' }))).toBe(true);
    expect(isUnauthenticated(graphqlError('x', { code: 'FORBIDDEN' }))).toBe(false);
  });
});

describe('fieldName', () => {
  it('strips only the input argument', () => {
    expect(fieldName('input.name')).toBe('name');
    expect(fieldName('id')).toBe('id');
    expect(fieldName('inputs.name')).toBe('inputs.name');
  });
});
