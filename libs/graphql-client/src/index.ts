// The admin's typed GraphQL surface: one TypedDocumentNode per operation in src/operations
// (e.g. ApiStatusDocument), with its result and variables types (ApiStatusQuery, ...).
// Everything here is generated from apps/api/schema.gql; edit the .graphql files, then run codegen.
export * from './generated/graphql';
export { graphql, type DocumentType } from './generated/gql';
