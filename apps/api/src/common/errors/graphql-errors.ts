// Turns whatever a resolver threw into the catalogue's shape, and puts the messages
// in the caller's language just before the response is sent (formatError does not
// know the request; the plugin does).
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Locale, message, type MessageKey } from '@regie/domain';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, type MessageParams } from './app-error';
import type { RequestContext } from '../request-context';
import { variableErrorFields } from './variable-errors';

interface Translatable {
  key: MessageKey;
  params: MessageParams;
}

/** Where formatError leaves what the plugin translates; removed before sending. */
const I18N = 'i18n';
/** Marks an error the plugin leaves out of the response. */
const REDUNDANT = 'redundant';

/**
 * graphql-js stops coercing variables after 50 errors and adds one more that names
 * nothing; the fifty before it say which fields are wrong, so it is dropped.
 */
const TOO_MANY_VARIABLE_ERRORS =
  'Too many errors processing variables, error limit reached. Execution aborted.';

const logger = new Logger('GraphQL');

function fromHttpException(error: HttpException): AppError {
  switch (error.getStatus()) {
    case HttpStatus.UNAUTHORIZED:
      return new AppError(ErrorCode.UNAUTHENTICATED, 'error.unauthenticated');
    case HttpStatus.FORBIDDEN:
      return new AppError(ErrorCode.FORBIDDEN, 'error.forbidden');
    case HttpStatus.NOT_FOUND:
      return new AppError(ErrorCode.NOT_FOUND, 'error.notFound');
    case HttpStatus.TOO_MANY_REQUESTS:
      return new AppError(ErrorCode.RATE_LIMITED, 'error.rateLimited');
    case HttpStatus.BAD_REQUEST:
      return new AppError(ErrorCode.BAD_USER_INPUT, 'error.badUserInput');
    default:
      return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'error.internal');
  }
}

export function createFormatError(exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    // A resolver's own error comes wrapped; Apollo's and graphql-js's come as they are.
    const original = unwrapResolverError(raw);
    let error: AppError | undefined;
    if (original instanceof AppError) error = original;
    else if (original instanceof HttpException) error = fromHttpException(original);

    if (error) {
      return {
        message: error.key,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: error.code,
          ...(error.reason ? { reason: error.reason } : {}),
          ...error.details,
          ...(error.fields.length
            ? { fields: error.fields.map((f) => ({ field: f.field, message: f.key, [I18N]: f })) }
            : {}),
          [I18N]: { key: error.key, params: error.params } satisfies Translatable,
        },
      };
    }

    if (formatted.message === TOO_MANY_VARIABLE_ERRORS) {
      return {
        message: formatted.message,
        extensions: { code: ErrorCode.BAD_USER_INPUT, [REDUNDANT]: true },
      };
    }

    // Errors graphql-js or Apollo raised themselves (a malformed document, a variable
    // of the wrong type) are already clear and carry their own code.
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const fields =
        code === ErrorCode.BAD_USER_INPUT ? variableErrorFields(formatted.message) : [];
      if (fields.length === 0) return { ...formatted, extensions: { code } };
      return {
        ...formatted,
        extensions: {
          code,
          fields: fields.map((f) => ({ field: f.field, message: f.key, [I18N]: f })),
        },
      };
    }

    logger.error(
      original instanceof Error ? (original.stack ?? original.message) : String(original),
    );
    return {
      message: 'error.internal',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        [I18N]: { key: 'error.internal', params: {} } satisfies Translatable,
        ...(exposeInternals && original instanceof Error ? { detail: original.message } : {}),
      },
    };
  };
}

function translate(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const extensions = { ...(error.extensions ?? {}) } as Record<string, unknown>;
  delete extensions[REDUNDANT];
  const own = extensions[I18N] as Translatable | undefined;
  if (!own && !Array.isArray(extensions.fields)) return { ...error, extensions };
  delete extensions[I18N];
  if (Array.isArray(extensions.fields)) {
    extensions.fields = (extensions.fields as { field: string; [I18N]: Translatable }[]).map(
      (f) => ({
        field: f.field,
        message: message(f[I18N].key, locale, f[I18N].params),
      }),
    );
  }
  return {
    ...error,
    message: own ? message(own.key, locale, own.params) : error.message,
    extensions,
  };
}

export const localiseErrorsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const locale = contextValue?.locale ?? Locale.NL;
        const errors = response.body.singleResult.errors;
        const kept = errors.filter((e) => !e.extensions?.[REDUNDANT]);
        response.body.singleResult.errors = (kept.length ? kept : errors).map((e) =>
          translate(e, locale),
        );
      },
    };
  },
};
