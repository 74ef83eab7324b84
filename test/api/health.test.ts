import { startTestApp, type TestApp } from '../support/test-app';

describe('a started Regie', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers GET /health with 200 while the database answers', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers a GraphQL query over POST /graphql', async () => {
    const res = await app.graphql('{ __typename }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ __typename: 'Query' });
  });

  it('answers a malformed document with HTTP 400', async () => {
    const res = await app.graphql('{ __typename ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown REST path with the JSON error body of RUNTIME.md', async () => {
    const res = await fetch(`${app.url}/api/no-such-thing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ status: 404, statusMessage: expect.any(String) });
  });

  it('answers 503 on /health once the database is gone', async () => {
    const other = await startTestApp();
    try {
      await other.running.database.close();
      await other.running.app.get(require('typeorm').DataSource).destroy();
      const res = await fetch(`${other.url}/health`);
      expect(res.status).toBe(503);
    } finally {
      await other.close();
    }
  });
});
