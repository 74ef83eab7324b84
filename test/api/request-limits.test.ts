// What POST /graphql does with a body it cannot take, and who may ask the schema
// about itself (RUNTIME.md: "Errors" and REGIE_GRAPHQL_INTROSPECTION).
import { GRAPHQL_BODY_LIMIT_BYTES } from '../../apps/api/src/common/graphql-body';
import { startTestApp, type TestApp } from '../support/test-app';

const INTROSPECTION = '{ __schema { queryType { name } } }';

async function post(app: TestApp, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get('content-type'), text };
}

/** A request of exactly `bytes` bytes: `{ __typename }` and an unused variable as padding. */
function bodyOf(bytes: number): string {
  const frame = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } });
  const body = JSON.stringify({
    query: '{ __typename }',
    variables: { padding: 'x'.repeat(bytes - Buffer.byteLength(frame)) },
  });
  expect(Buffer.byteLength(body)).toBe(bytes);
  return body;
}

describe('request limits', () => {
  describe('in production with REGIE_GRAPHQL_INTROSPECTION=1', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({
        env: {
          NODE_ENV: 'production',
          REGIE_GRAPHQL_INTROSPECTION: '1',
          REGIE_REMINDERS_INTERVAL_MS: '0',
        },
      });
    });
    afterAll(() => app.close());

    it('takes a GraphQL body of 2 MiB, room for a 1 MiB CSAF document as a variable', async () => {
      const res = await post(app, bodyOf(GRAPHQL_BODY_LIMIT_BYTES));
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
    });

    it('answers a larger body with HTTP 413 and a GraphQL errors body, in the caller’s language', async () => {
      const res = await post(app, bodyOf(GRAPHQL_BODY_LIMIT_BYTES + 1), {
        'accept-language': 'en',
      });
      expect(res.status).toBe(413);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toEqual({
        errors: [
          {
            message: 'The request is larger than 2 MiB.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    });

    it('answers malformed JSON with HTTP 400 and a GraphQL errors body, in Dutch by default', async () => {
      const res = await post(app, '{"query": "{ __typename }"');
      expect(res.status).toBe(400);
      expect(res.contentType).toMatch(/^application\/json/);
      expect(JSON.parse(res.text)).toEqual({
        errors: [
          { message: 'Het verzoek is geen geldige JSON.', extensions: { code: 'BAD_REQUEST' } },
        ],
      });
    });

    it('never answers a POST to /graphql with 404, whatever the body', async () => {
      const bodies: [string, Record<string, string>][] = [
        ['', {}],
        ['{', {}],
        ['null', {}],
        ['"a string"', {}],
        ['[]', {}],
        ['not json at all', { 'content-type': 'text/plain' }],
        ['query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }],
        ['x'.repeat(GRAPHQL_BODY_LIMIT_BYTES + 10), { 'content-type': 'text/plain' }],
      ];
      const answers = [];
      for (const [body, headers] of bodies) {
        const res = await post(app, body, headers);
        answers.push({ body: body.slice(0, 30), status: res.status });
      }
      // Each a client error of its own kind: not "Cannot POST /graphql", never ours.
      expect(answers.filter((a) => a.status === 404 || a.status >= 500)).toEqual([]);
      expect(answers.every((a) => a.status >= 400)).toBe(true);
    });

    it('answers introspection when REGIE_GRAPHQL_INTROSPECTION=1', async () => {
      const res = await app.graphql(INTROSPECTION);
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });
  });

  describe('in production by default', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({
        env: { NODE_ENV: 'production', REGIE_REMINDERS_INTERVAL_MS: '0' },
      });
    });
    afterAll(() => app.close());

    it('refuses introspection, and still answers __typename and queries', async () => {
      const refused = await app.graphql(INTROSPECTION);
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const type = await app.graphql('{ __type(name: "Query") { name } }');
      expect(type.status).toBe(400);

      const plain = await app.graphql('{ __typename }');
      expect(plain.data).toEqual({ __typename: 'Query' });
    });
  });
});
