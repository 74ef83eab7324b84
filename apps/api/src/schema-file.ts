// apps/api/schema.gql is the API's schema as clients see it, printed in a stable
// order so that a diff of the file is a diff of the API.
import { join } from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');

export function renderSchema(schema: GraphQLSchema): string {
  return (
    '# Generated from the API by `npm run schema`; do not edit. A test fails when it is stale.\n\n' +
    printSchema(lexicographicSortSchema(schema)) +
    '\n'
  );
}
