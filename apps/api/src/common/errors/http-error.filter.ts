import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { message } from '@regie/domain';
import type { Request, Response } from 'express';
import { requestLocale } from '../request-context';
import { AppError } from './app-error';

/** How long a refused request's connection stays open for the client to read the answer. */
const CLOSE_AFTER_MS = 2_000;

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
    if (res.headersSent) return undefined;
    if (!req.complete) {
      // Refused before its body was read (an upload the guard turned away): say the
      // connection closes, and close it once the answer is out instead of reading on.
      req.pause();
      res.setHeader('Connection', 'close');
      res.on('finish', () => {
        setTimeout(() => req.socket.destroy(), CLOSE_AFTER_MS).unref();
      });
    }
    res.status(status).json({ status, statusMessage });
    return undefined;
  }
}
