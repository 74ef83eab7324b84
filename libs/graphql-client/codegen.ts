// Typed documents for the admin's operations, generated from the API's committed schema.
// Run `npx nx run graphql-client:codegen` (or `npm run codegen`) after changing an operation or
// the schema; the output in src/generated is committed.
// REGIE_SCHEMA overrides the schema path for a one-off run, e.g. against a scratch schema.
// The output is deterministic: the CLI sorts the schema and the documents (its `sort` default).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: process.env['REGIE_SCHEMA'] ?? 'apps/api/schema.gql',
  documents: ['libs/graphql-client/src/operations/**/*.graphql'],
  generates: {
    'libs/graphql-client/src/generated/': {
      preset: 'client',
      presetConfig: {
        // Fragments stay unmasked until a screen needs colocated fragments.
        fragmentMasking: false,
      },
      config: {
        // String unions instead of TypeScript enums: erasable, and they match libs/domain's unions.
        enumsAsTypes: true,
        useTypeImports: true,
        // Only the types the operations use (plus enums and inputs): the output grows with the
        // admin, not with the whole API.
        onlyOperationTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
        },
        // A scalar not mapped above (JSON, Upload, ...) is `unknown` rather than `any`.
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
