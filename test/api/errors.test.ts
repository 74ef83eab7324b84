import { OrganisationKind, Role } from '@regie/domain';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

describe('errors of the catalogue', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    const board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    app.useToken((await signUp(app, { organisationId: board, roles: [Role.VIEWER] })).token);
  });
  afterAll(() => app.close());

  const tooMany = '{ organisations(first: 101) { totalCount } }';

  it('names the field of bad input, in Dutch by default', async () => {
    const res = await app.graphql(tooMany);
    expect(res.status).toBe(200);
    const [error] = res.errors!;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('De invoer is niet in orde.');
    expect(error.extensions.fields).toEqual([
      { field: 'first', message: 'Vraag hoogstens 100 tegelijk.' },
    ]);
  });

  it('speaks English when Accept-Language asks for it', async () => {
    const res = await app.graphql(
      tooMany,
      {},
      { headers: { 'accept-language': 'en-GB,en;q=0.9' } },
    );
    const [error] = res.errors!;
    expect(error.message).toBe('The input is not valid.');
    expect(error.extensions.fields).toEqual([
      { field: 'first', message: 'Ask for at most 100 at a time.' },
    ]);
  });

  it('refuses a cursor it did not hand out as BAD_USER_INPUT on `after`', async () => {
    const res = await app.graphql('{ organisations(after: "not-a-cursor") { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', message: expect.any(String) }],
    });
  });

  it('refuses a variable of the wrong type with HTTP 400 and BAD_USER_INPUT', async () => {
    const res = await app.graphql(
      'query ($kind: OrganisationKind) { organisations(kind: $kind) { totalCount } }',
      {
        kind: 'SCHOOL',
      },
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
