import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config';
import { createFormatError, localiseErrorsPlugin } from './errors/graphql-errors';
import { RequestLoaders } from './loaders';
import { requestLocale, type RequestContext } from './request-context';
import { DateTimeScalar } from './scalars';

export function graphqlOptions(config: AppConfig): Omit<ApolloDriverConfig, 'driver'> {
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
    introspection: true,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: Pick<RequestContext, 'req' | 'res'>): RequestContext => ({
      req,
      res,
      locale: requestLocale(req),
      viewer: null,
      loaders: new RequestLoaders(),
    }),
    formatError: createFormatError(config.nodeEnv === 'development'),
    plugins: [localiseErrorsPlugin],
  };
}
