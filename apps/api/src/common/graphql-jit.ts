// graphql-jit executes a document through JavaScript compiled for it once, instead of
// graphql-js walking the document for every object of every response: on a page of 50
// vendors with their products and attestations that walk was most of the CPU time spent
// outside the database. Apollo Server 5 has no executor option; its one hook for another
// executor is a `gateway` whose load() hands one over (the schema and everything before
// execution, parsing, validation, graphql-armor's rules, the plugins, stay Apollo's).
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import {
  execute,
  getVariableValues,
  GraphQLError,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { resolvePreloadedFirst } from './preloaded-fields';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type GatewayRequest = Parameters<GatewayExecutor>[0];

/** Compiled documents kept; the admin sends a few dozen distinct ones. */
export const COMPILED_DOCUMENTS = 500;

/** A least-recently-used map: a Map keeps insertion order, so the first key is the oldest. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as K);
  }
}

/** Whether the operation reads the schema itself: graphql-js answers those as it always did. */
function introspects(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) => s.kind === Kind.FIELD && (s.name.value === '__schema' || s.name.value === '__type'),
  );
}

/**
 * Runs queries through graphql-jit, one compilation per distinct document (and operation
 * name) in a bounded cache; graphql-js runs what graphql-jit cannot compile, introspection,
 * and every mutation and subscription. Mutations because graphql-jit goes on running a
 * document's later mutation fields after one whose non-null result failed, where graphql-js
 * stops (ten aliased `login`s would each cost a sign-in attempt); they are not the hot path.
 * Variables are checked by graphql-js first, so that a variable of the wrong type is
 * refused with the very error (and HTTP 400) it was before.
 */
export function jitExecutor(schema: GraphQLSchema, size = COMPILED_DOCUMENTS): GatewayExecutor {
  // null: graphql-jit could not compile it; do not try again on every request.
  const compiled = new Lru<string, CompiledQuery | null>(size);

  const compile = (source: string, document: DocumentNode, operationName: string | null) => {
    const key = `${operationName ?? ''}\u0000${source}`;
    let query = compiled.get(key);
    if (query === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      compiled.set(key, query);
    }
    return query;
  };

  return async (request: GatewayRequest): Promise<ExecutionResult> => {
    const { document, operation, operationName, source, context } = request;
    const variables = request.request.variables ?? {};
    const plain = () =>
      execute({
        schema,
        document,
        contextValue: context,
        variableValues: variables,
        operationName,
      });
    if (!operation || !source || operation.operation !== 'query' || introspects(operation))
      return plain();
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
    });
    if (coerced.errors) return { errors: coerced.errors };
    const query = compile(source, document, operationName);
    if (!query) return plain();
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit's errors are GraphQLErrors whose properties cannot be written; plugins
 * that rewrite a message (graphql-armor hides field suggestions) expect graphql-js's own.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  // graphql-js derives locations from nodes, which graphql-jit does not keep.
  return Object.assign(copy, { locations: error.locations });
}

/** The gateway Apollo asks for its executor: one schema that never changes. */
export function jitGateway(schema: GraphQLSchema): Gateway {
  return {
    async load() {
      return { executor: jitExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}

/** Nest's Apollo driver, with graphql-jit as Apollo's executor (see jitGateway). */
@Injectable()
export class JitApolloDriver extends ApolloDriver {
  override registerServer(options: ApolloDriverConfig): Promise<void> {
    const built = (options as { schema?: GraphQLSchema }).schema;
    if (!built) throw new Error('the GraphQL schema is not built');
    const schema = resolvePreloadedFirst(built);
    // Apollo takes the gateway's schema and executor and leaves `schema` unused.
    return super.registerServer({ ...options, gateway: jitGateway(schema) } as ApolloDriverConfig);
  }
}
