import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { renderSchema, SCHEMA_FILE } from '../../apps/api/src/schema-file';
import { compareSchemas } from '../../tools/contract/compare-schemas';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the GraphQL schema', () => {
  let app: TestApp;
  let generated: string;
  beforeAll(async () => {
    app = await startTestApp();
    generated = renderSchema(app.running.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(() => app.close());

  it('is committed as apps/api/schema.gql exactly as the API serves it (run `npm run schema` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });

  it('matches the public contract in every type, field and argument it implements', () => {
    const contract = readFileSync(
      join(__dirname, '../../../shared/contract/schema.graphql'),
      'utf8',
    );
    const result = compareSchemas(contract, generated);
    expect(result.mismatches).toEqual([]);
    expect(result.implemented).toBeGreaterThan(0);
  });
});
