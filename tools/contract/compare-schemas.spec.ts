import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildSchema, findBreakingChanges, BreakingChangeType } from 'graphql';
import { compareSchemas } from './compare-schemas';

const contractPath = path.resolve(__dirname, '../../../shared/contract/schema.graphql');

const contract = /* GraphQL */ `
  scalar DateTime

  enum Sector {
    PO
    VO
  }

  type Organisation {
    id: ID!
    name: String!
    website: String
    sectors: [Sector!]!
    createdAt: DateTime!
  }

  type OrganisationConnection {
    nodes: [Organisation!]!
    totalCount: Int!
  }

  input UpdateOrganisationInput {
    name: String
    country: String = "NL"
  }

  type Query {
    organisation(id: ID!): Organisation
    organisations(search: String, first: Int = 25, after: String): OrganisationConnection!
  }

  type Mutation {
    updateOrganisation(id: ID!, input: UpdateOrganisationInput!): Organisation!
  }
`;

/** The contract with one piece of text replaced, failing loudly if the text is not there. */
function changed(from: string, to: string): string {
  expect(contract).toContain(from);
  return contract.replace(from, to);
}

function paths(generated: string): string[] {
  return compareSchemas(contract, generated).mismatches.map((m) => m.path);
}

describe('compareSchemas', () => {
  it('finds nothing wrong with a schema identical to the contract', () => {
    const result = compareSchemas(contract, contract);
    expect(result.mismatches).toEqual([]);
    expect(result.missing).toEqual([]);
    // 5 Organisation + 2 OrganisationConnection + 2 input + 2 Query + 1 Mutation
    expect(result.total).toBe(12);
    expect(result.implemented).toBe(result.total);
  });

  it('lists a field the API has not built yet as missing, not as a mismatch', () => {
    const result = compareSchemas(contract, changed('    website: String\n', ''));
    expect(result.mismatches).toEqual([]);
    expect(result.missing).toEqual(['Organisation.website']);
    expect(result.implemented).toBe(result.total - 1);
  });

  it('lists every field of a type the API has not built yet as missing', () => {
    const generated = changed('input UpdateOrganisationInput', 'input Unrelated').replace(
      'input: UpdateOrganisationInput!',
      'input: Unrelated!',
    );
    const result = compareSchemas(contract, generated);
    expect(result.missing).toEqual(
      expect.arrayContaining(['UpdateOrganisationInput.name', 'UpdateOrganisationInput.country']),
    );
    // The argument now has another type: that one is a mismatch.
    expect(result.mismatches.map((m) => m.path)).toEqual(['Mutation.updateOrganisation(input:)']);
  });

  it('reports a field that became non-null where the contract has it nullable', () => {
    const result = compareSchemas(contract, changed('website: String\n', 'website: String!\n'));
    expect(result.mismatches).toEqual([
      {
        path: 'Organisation.website',
        problem: 'type String in the contract, String! in the generated schema',
      },
    ]);
  });

  it('reports a field that became nullable where the contract has it non-null', () => {
    expect(paths(changed('name: String!\n', 'name: String\n'))).toEqual(['Organisation.name']);
    expect(paths(changed('sectors: [Sector!]!', 'sectors: [Sector]!'))).toEqual([
      'Organisation.sectors',
    ]);
  });

  it('reports a list that became a single value', () => {
    expect(paths(changed('sectors: [Sector!]!', 'sectors: Sector!'))).toEqual([
      'Organisation.sectors',
    ]);
  });

  it('reports an input field whose nullability or default changed', () => {
    expect(paths(changed('name: String\n    country', 'name: String!\n    country'))).toEqual([
      'UpdateOrganisationInput.name',
    ]);
    expect(paths(changed('country: String = "NL"', 'country: String = "BE"'))).toEqual([
      'UpdateOrganisationInput.country',
    ]);
  });

  it('reports an argument whose default changed', () => {
    const result = compareSchemas(contract, changed('first: Int = 25', 'first: Int = 50'));
    expect(result.mismatches).toEqual([
      {
        path: 'Query.organisations(first:)',
        problem: 'default 25 in the contract, 50 in the generated schema',
      },
    ]);
    expect(paths(changed('first: Int = 25', 'first: Int'))).toEqual([
      'Query.organisations(first:)',
    ]);
  });

  it('reports an argument whose type changed, or that is gone', () => {
    expect(paths(changed('organisation(id: ID!)', 'organisation(id: String!)'))).toEqual([
      'Query.organisation(id:)',
    ]);
    expect(paths(changed('organisation(id: ID!)', 'organisation(key: ID)'))).toEqual([
      'Query.organisation(id:)',
    ]);
  });

  it('reports a required argument the contract does not have', () => {
    const result = compareSchemas(
      contract,
      changed('organisations(search: String,', 'organisations(search: String, kind: String!,'),
    );
    expect(result.mismatches).toEqual([
      {
        path: 'Query.organisations(kind:)',
        problem: 'required argument that the contract does not have',
      },
    ]);
  });

  it('accepts an optional argument the contract does not have', () => {
    const generated = changed(
      'organisations(search: String,',
      'organisations(search: String, kind: String, sort: String! = "name",',
    );
    expect(compareSchemas(contract, generated).mismatches).toEqual([]);
  });

  it('reports a required input field the contract does not have, and accepts an optional one', () => {
    expect(
      paths(changed('name: String\n    country', 'name: String\n    kvk: String!\n    country')),
    ).toEqual(['UpdateOrganisationInput.kvk']);
    expect(
      paths(changed('name: String\n    country', 'name: String\n    kvk: String\n    country')),
    ).toEqual([]);
  });

  it('reports an enum value the generated schema lacks, and accepts an extra one', () => {
    const result = compareSchemas(contract, changed('    PO\n    VO\n', '    PO\n    MBO\n'));
    expect(result.mismatches).toEqual([
      { path: 'Sector.VO', problem: 'enum value missing from the generated schema' },
    ]);
    expect(paths(changed('    PO\n    VO\n', '    PO\n    VO\n    MBO\n'))).toEqual([]);
  });

  it('reports a type of another kind, even when its fields are all there', () => {
    const generated = changed('type OrganisationConnection', 'interface OrganisationConnection');
    const result = compareSchemas(contract, generated);
    expect(result.mismatches).toEqual([
      {
        path: 'OrganisationConnection',
        problem: 'object type in the contract, interface in the generated schema',
      },
    ]);
    expect(result.implemented).toBe(result.total);

    const asObject = changed(
      'input UpdateOrganisationInput {\n    name: String\n    country: String = "NL"',
      'type UpdateOrganisationInput {\n    name: String\n    country: String',
    );
    expect(compareSchemas(contract, asObject).mismatches).toEqual([
      {
        path: 'UpdateOrganisationInput',
        problem: 'input type in the contract, object type in the generated schema',
      },
    ]);
  });

  it('reports a missing DateTime scalar once fields that use it are present', () => {
    const generated = changed('scalar DateTime\n', '').replace(
      'createdAt: DateTime!',
      'createdAt: String!',
    );
    expect(paths(generated).sort()).toEqual(['DateTime', 'Organisation.createdAt']);

    const notYetUsed = changed('scalar DateTime\n', '').replace('    createdAt: DateTime!\n', '');
    expect(paths(notYetUsed)).toEqual([]);
  });

  it('accepts new types and fields beyond the contract', () => {
    const generated =
      changed('    website: String\n', '    website: String\n    oin: String\n') +
      'type Tender { id: ID! }\nenum Extra { A }\n';
    expect(compareSchemas(contract, generated).mismatches).toEqual([]);
  });

  it('is at least as strict as graphql-js findBreakingChanges, apart from what is not built yet', () => {
    const variants = [
      changed('website: String\n', 'website: Int\n'),
      changed('first: Int = 25', 'first: String = "25"'),
      changed('organisation(id: ID!)', 'organisation'),
      changed('    PO\n    VO\n', '    PO\n'),
      changed('type OrganisationConnection', 'input OrganisationConnection'),
    ];
    for (const generated of variants) {
      const breaking = findBreakingChanges(buildSchema(contract), buildSchema(generated)).filter(
        (change) =>
          change.type !== BreakingChangeType.FIELD_REMOVED &&
          change.type !== BreakingChangeType.TYPE_REMOVED,
      );
      expect(breaking.length).toBeGreaterThan(0);
      expect(compareSchemas(contract, generated).mismatches.length).toBeGreaterThan(0);
    }
  });

  it('says which side failed to parse', () => {
    expect(() => compareSchemas(contract, 'type {')).toThrow(/^generated schema: /);
  });

  it('finds the real contract identical to itself, with more than 300 fields', () => {
    const sdl = readFileSync(contractPath, 'utf8');
    const result = compareSchemas(sdl, sdl);
    expect(result.mismatches).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.total).toBeGreaterThan(300);
    expect(result.implemented).toBe(result.total);
  });
});
