import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { message } from '@regie/domain';
import type { Request, Response } from 'express';
import { requestLocale } from '../request-context';
import { AppError } from './app-error';

/**
 * REST endpoints answer errors as `{ status, statusMessage }` (RUNTIME.md).
 * GraphQL errors pass through untouched: Apollo and formatError shape those.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    let status = 500;
    let statusMessage: string;
    if (exception instanceof AppError) {
      status = exception.httpStatus;
      statusMessage = message(exception.key, requestLocale(req), exception.params);
    } else if (exception instanceof HttpException) {
      status = exception.getStatus();
      const body = exception.getResponse();
      statusMessage = typeof body === 'string' ? body : exception.message;
    } else {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
      statusMessage = message('error.internal', requestLocale(req));
    }
    if (!res.headersSent) res.status(status).json({ status, statusMessage });
    return undefined;
  }
}
