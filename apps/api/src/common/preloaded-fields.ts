// A service that computed a field's value in its own set-based statement (the sector overview
// counts 5,000 products' compliance in one pass) can hand it over with the object, so that the
// field's resolver is not called for it. A Nest field resolver costs its pipes, interceptors
// and a chain of promises per call; for thousands of rows of one response that was most of
// the request's time and garbage. Only fields without arguments can be preloaded: a value
// carried by the parent cannot answer for arguments it was not computed with.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

const PRELOADED = Symbol('preloaded field values');

interface Preloaded {
  [PRELOADED]?: Readonly<Record<string, unknown>>;
}

/** Carries `values` on `object`: the named fields answer with them, without their resolvers. */
export function preload<T extends object>(object: T, values: Readonly<Record<string, unknown>>): T {
  Object.defineProperty(object, PRELOADED, {
    value: { ...(object as Preloaded)[PRELOADED], ...values },
    enumerable: false,
    configurable: true,
  });
  return object;
}

/**
 * Wraps the resolver of every argument-less field of every object type: a value preloaded on
 * the parent is answered as it is, anything else goes to the resolver. Changes `schema` in
 * place and returns it.
 */
export function resolvePreloadedFirst(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      // Nest gives a plain property its own small resolver: there is nothing to spare there.
      if (!resolve || resolve.name === 'rootFieldResolver' || field.args.length > 0) continue;
      const name = field.name;
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (parent, args, context, info) => {
        const values = (parent as Preloaded | null)?.[PRELOADED];
        return values && name in values ? values[name] : resolve(parent, args, context, info);
      };
      field.resolve = wrapped;
    }
  }
  return schema;
}
