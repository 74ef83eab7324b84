// The body of POST /graphql, read before Nest's own parsers see it (RUNTIME.md,
// "Errors"): JSON up to 2 MiB, so that a CSAF document of 1 MiB fits as a variable
// with room for its escaping; a larger body is HTTP 413 and malformed JSON HTTP 400,
// both answered with a GraphQL `errors` body in the caller's language. Without this,
// Nest's parser (100 KB) passed its error on to the router, which answered 404
// "Cannot POST /graphql". File uploads (POST /api/files) stream through busboy and
// never come here.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { message, type MessageKey } from '@regie/domain';
import { json, type NextFunction, type Request, type Response } from 'express';
import type { MessageParams } from './errors/app-error';
import { requestLocale } from './request-context';

export const GRAPHQL_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

/** What body-parser's errors carry (http-errors). */
interface BodyParserError {
  readonly status?: number;
  readonly type?: string;
}

function refusal(error: unknown): { status: number; key: MessageKey; params?: MessageParams } {
  const { status, type } = (error ?? {}) as BodyParserError;
  if (type === 'entity.too.large' || status === 413)
    return { status: 413, key: 'request.tooLarge', params: { max: '2 MiB' } };
  if (type === 'charset.unsupported' || type === 'encoding.unsupported' || status === 415)
    return { status: 415, key: 'request.malformedJson' };
  // entity.parse.failed, request.aborted, request.size.invalid: not a JSON document.
  return { status: 400, key: 'request.malformedJson' };
}

/**
 * Reads POST /graphql's JSON body, before Nest registers its parsers at start-up (a
 * parsed request is then finished, and they leave it alone).
 */
export function useGraphqlBodyParser(app: NestExpressApplication, path = '/graphql'): void {
  // Whatever the Content-Type: a form or text body is as much not GraphQL as bad JSON
  // (Apollo's CSRF check still reads the header itself).
  const parse = json({ limit: GRAPHQL_BODY_LIMIT_BYTES, type: () => true });
  app.use(path, (req: Request, res: Response, next: NextFunction) => {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const { status, key, params } = refusal(error);
      // Apollo's own code for a request that is not a GraphQL request at all.
      res.status(status).json({
        errors: [
          {
            message: message(key, requestLocale(req), params),
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    });
  });
}
