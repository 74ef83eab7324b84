// The admin's typed GraphQL surface: one TypedDocumentNode per operation in src/operations
// (e.g. MeDocument), with its result and variables types (MeQuery, MeQueryVariables, ...).
// Everything here is generated from apps/api/schema.gql; edit the .graphql files, then run codegen.
export * from './generated/graphql';
export { graphql, type DocumentType } from './generated/gql';
