import { buildSchema, getOperationAST, parse } from 'graphql';
import { jitExecutor } from './graphql-jit';
import { preload, resolvePreloadedFirst } from './preloaded-fields';

interface Item {
  id: string;
}

/** Items whose `owner` and `score(scale:)` are resolved (and counted), as Nest's would be. */
function schema(items: Item[], calls: string[]) {
  const s = buildSchema(`
    type Query { items: [Item!]! }
    type Item { id: ID! owner: Owner score(scale: Int = 1): Int! }
    type Owner { name: String! }
  `);
  s.getQueryType()!.getFields().items.resolve = () => items;
  const item = s.getTypeMap().Item as unknown as {
    getFields(): Record<string, { resolve?: (parent: Item, args: { scale: number }) => unknown }>;
  };
  item.getFields().owner.resolve = async (parent) => {
    calls.push(`owner ${parent.id}`);
    return { name: `resolved ${parent.id}` };
  };
  item.getFields().score.resolve = (parent, { scale }) => {
    calls.push(`score ${parent.id}`);
    return 10 * scale;
  };
  return resolvePreloadedFirst(s);
}

async function run(items: Item[], calls: string[], source: string) {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  return jitExecutor(schema(items, calls))({
    document,
    operation,
    operationName: null,
    source,
    context: {},
    request: { query: source, variables: {} },
  } as unknown as Parameters<ReturnType<typeof jitExecutor>>[0]);
}

describe('preloaded fields', () => {
  it('answers a preloaded field with its value, without calling its resolver', async () => {
    const calls: string[] = [];
    const items = [preload({ id: 'a' }, { owner: { name: 'Vooraf' } }), { id: 'b' }];
    const result = await run(items, calls, '{ items { id owner { name } } }');
    expect(result.data).toEqual({
      items: [
        { id: 'a', owner: { name: 'Vooraf' } },
        { id: 'b', owner: { name: 'resolved b' } },
      ],
    });
    expect(calls).toEqual(['owner b']);
  });

  it('answers a preloaded null as null', async () => {
    const calls: string[] = [];
    const result = await run(
      [preload({ id: 'a' }, { owner: null })],
      calls,
      '{ items { owner { name } } }',
    );
    expect(result.data).toEqual({ items: [{ owner: null }] });
    expect(calls).toEqual([]);
  });

  it('never answers a field with arguments from a preloaded value', async () => {
    const calls: string[] = [];
    const items = [preload({ id: 'a' }, { score: 1 })];
    const result = await run(items, calls, '{ items { score(scale: 3) } }');
    expect(result.data).toEqual({ items: [{ score: 30 }] });
    expect(calls).toEqual(['score a']);
  });

  it('adds to what an object already carries, and keeps it out of the object’s own keys', () => {
    const item = preload(preload({ id: 'a' }, { owner: null }), { score: 2 });
    expect(Object.keys(item)).toEqual(['id']);
    expect(JSON.stringify(item)).toBe('{"id":"a"}');
  });
});
