import {
  execute,
  getOperationAST,
  GraphQLError,
  parse,
  buildSchema,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { jitExecutor } from './graphql-jit';

class Refused extends Error {
  readonly extensions = { code: 'FORBIDDEN' };
}

function schema(): GraphQLSchema {
  const s = buildSchema(`
    type Query {
      greet(name: String!, times: Int = 1): String!
      items(first: Int!): [Item!]!
      refused: String
    }
    type Item { id: ID! label: String! }
    type Mutation { attempt: String! }
  `);
  s.getMutationType()!.getFields().attempt.resolve = (_, __, ctx: { calls: number }) => {
    ctx.calls += 1;
    throw new Refused('no');
  };
  const query = s.getQueryType()!.getFields();
  query.greet.resolve = (_, { name, times }) => `hallo ${name}`.repeat(times);
  query.items.resolve = async (_, { first }, ctx: { calls: number }) => {
    ctx.calls += 1;
    return Array.from({ length: first }, (_, i) => ({ id: String(i), label: `item ${i}` }));
  };
  query.refused.resolve = () => {
    throw new Refused('not yours');
  };
  return s;
}

/** What Apollo hands its gateway's executor, for one document. */
function request(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  return {
    document,
    operation,
    operationName: operation.name?.value ?? null,
    source,
    context: { calls: 0 },
    request: { query: source, variables },
  } as unknown as Parameters<ReturnType<typeof jitExecutor>>[0];
}

describe('graphql-jit as the executor', () => {
  const s = schema();
  const run = jitExecutor(s, 2);
  const plain = (r: ReturnType<typeof request>) =>
    execute({
      schema: s,
      document: r.document,
      variableValues: r.request.variables,
      contextValue: { calls: 0 },
    }) as Promise<ExecutionResult>;

  it('answers as graphql-js does, the second time from the compiled document', async () => {
    const source = 'query ($n: Int!) { greet(name: "Ans") items(first: $n) { id label } }';
    const expected = await plain(request(source, { n: 3 }));
    expect(await run(request(source, { n: 3 }))).toEqual(expected);
    expect(await run(request(source, { n: 3 }))).toEqual(expected);
    expect(expected.data?.items).toHaveLength(3);
  });

  it('refuses a variable of the wrong type with graphql-js`s own error and no data', async () => {
    const source = 'query ($n: Int!) { items(first: $n) { id } }';
    const r = request(source, { n: 'three' });
    const result = await run(r);
    const expected = await plain(request(source, { n: 'three' }));
    expect(result).toEqual(expected);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/^Variable "\$n" got invalid value "three"/);
    expect(r.context).toEqual({ calls: 0 });
  });

  it("keeps a resolver's error as the original error, at its path, in a writable GraphQLError", async () => {
    const result = await run(request('{ refused greet(name: "x") }'));
    expect(result.data).toEqual({ refused: null, greet: 'hallo x' });
    const [error] = result.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(Refused);
    expect(error.path).toEqual(['refused']);
    expect(error.locations).toEqual([{ line: 1, column: 3 }]);
    expect(error.extensions).toEqual({ code: 'FORBIDDEN' });
    // graphql-armor rewrites messages in place.
    error.message = 'rewritten';
    expect(error.message).toBe('rewritten');
  });

  it('stops a mutation at the first failing non-null field, as graphql-js does', async () => {
    const r = request('mutation { a: attempt b: attempt c: attempt }');
    const result = await run(r);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(r.context).toEqual({ calls: 1 });
  });

  it('leaves introspection to graphql-js', async () => {
    const source = '{ __schema { queryType { name } } }';
    expect(await run(request(source))).toEqual(await plain(request(source)));
  });

  it('keeps answering when more documents pass than the cache holds', async () => {
    for (const name of ['a', 'b', 'c', 'a', 'd', 'b']) {
      expect((await run(request(`{ greet(name: "${name}") }`))).data).toEqual({
        greet: `hallo ${name}`,
      });
    }
  });
});
