import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { AppConfig } from '../config/app-config';
import { createFormatError, localiseErrorsPlugin } from './errors/graphql-errors';
import { RequestLoaders } from './loaders';
import { requestLocale, type RequestContext } from './request-context';
import { DateTimeScalar } from './scalars';

/**
 * Bounds on one document, so that one request cannot do the work of thousands:
 * lists already stop at 100 (pagination.ts); these stop nesting, aliasing (which
 * would also multiply sign-in attempts) and sheer size. A refused document is
 * HTTP 400, like any invalid one. The depth fits the deepest screen of the admin
 * (a comparison: products → leaflet → sub-processors) with room to spare.
 */
export const MAX_TOKENS = 5_000;

export const QUERY_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  // graphql-js's own parser counts tokens (parseOptions below); armor's Apollo plugin
  // for it turns a syntax error into a 500.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 10_000 },
} as const;

export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
  const armor = new ApolloArmor(QUERY_LIMITS).protect();
  return {
    path: '/graphql',
    // The schema is built in memory; `npm run schema` writes apps/api/schema.gql.
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: {
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      numberScalarMode: 'integer',
    },
    playground: false,
    introspection: config.graphqlIntrospection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: Pick<RequestContext, 'req' | 'res'>): RequestContext => {
      const ctx: RequestContext = {
        req,
        res,
        locale: requestLocale(req),
        viewer: null,
        loaders: new RequestLoaders(() => ctx.viewer),
      };
      return ctx;
    },
    formatError: createFormatError(config.nodeEnv === 'development'),
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      localiseErrorsPlugin,
      // Apollo installs these unless told not to. Cache control wraps every field's
      // resolver in a willResolveField hook to collect hints nobody here gives (no
      // response is cached); inline tracing is for federated subgraphs, which this is not.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  };
}
