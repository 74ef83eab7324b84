import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PERMISSIONS } from '../../apps/api/src/auth/permissions';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the permission table', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  function operations(schema: { getQueryType(): any; getMutationType(): any }): string[] {
    return [schema.getQueryType(), schema.getMutationType()]
      .filter(Boolean)
      .flatMap((type) => Object.keys(type.getFields()));
  }

  it('names every operation the API serves: nothing is reachable without a rule', () => {
    const served = operations(app.running.app.get(GraphQLSchemaHost).schema);
    expect(served.filter((op) => !(op in PERMISSIONS))).toEqual([]);
  });

  it('names every operation of the contract, so later modules inherit settled rules', () => {
    const contract = buildSchema(
      readFileSync(join(__dirname, '../../../shared/contract/schema.graphql'), 'utf8'),
    );
    expect(operations(contract).filter((op) => !(op in PERMISSIONS))).toEqual([]);
  });
});
