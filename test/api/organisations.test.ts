import { DataSource } from 'typeorm';
import { OrganisationKind, Role } from '@regie/domain';
import { OrganisationEntity } from '../../apps/api/src/organisations/organisation.entity';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

const LIST = `query ($kind: OrganisationKind, $search: String, $first: Int, $after: String) {
  organisations(kind: $kind, search: $search, first: $first, after: $after) {
    totalCount
    edges { cursor node { id name kind } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('organisation profiles', () => {
  let app: TestApp;
  const names: string[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    const sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    app.useToken((await signUp(app, { organisationId: sectorBody, roles: [Role.VIEWER] })).token);
    const repo = app.running.app.get(DataSource).getRepository(OrganisationEntity);
    for (let i = 0; i < 7; i++) {
      const name = `Stichting Proef ${String.fromCharCode(71 - i)}`; // G, F, … A: inserted out of order
      names.push(name);
      await repo.save(repo.create({ kind: OrganisationKind.BOARD, name, boardNumber: `5000${i}` }));
    }
    await repo.save(repo.create({ kind: OrganisationKind.VENDOR, name: 'Proefleverancier B.V.' }));
  });
  afterAll(() => app.close());

  it('pages through every profile by name with a cursor, none twice and none missed', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await app.graphql(LIST, { kind: 'BOARD', first: 3, after });
      const page = res.data.organisations;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e: any) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].sort());
  });

  it('filters by kind and searches by part of the name, case-insensitively', async () => {
    const vendors: any = await app.graphql(LIST, { kind: 'VENDOR' });
    expect(vendors.data.organisations.edges.map((e: any) => e.node.name)).toEqual([
      'Proefleverancier B.V.',
    ]);
    const search: any = await app.graphql(LIST, { search: 'proef c' });
    expect(search.data.organisations.edges.map((e: any) => e.node.name)).toEqual([
      'Stichting Proef C',
    ]);
    const wildcard: any = await app.graphql(LIST, { search: '%' });
    expect(wildcard.data.organisations.totalCount).toBe(0);
  });

  it('returns one profile by id, and null for an id that does not exist', async () => {
    const list: any = await app.graphql(LIST, { kind: 'VENDOR' });
    const id = list.data.organisations.edges[0].node.id;
    const one: any = await app.graphql('query ($id: ID!) { organisation(id: $id) { name kind } }', {
      id,
    });
    expect(one.data.organisation).toEqual({ name: 'Proefleverancier B.V.', kind: 'VENDOR' });
    const garbled: any = await app.graphql('{ organisation(id: "not-a-uuid") { name } }');
    expect(garbled.data.organisation).toBeNull();
    const none: any = await app.graphql('query ($id: ID!) { organisation(id: $id) { name } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(none.data.organisation).toBeNull();
  });
});
