// One short access-log line a request: method, path, status and duration (pino-http's
// responseTime, in ms). No headers: they carry tokens and cookies, and serialising them
// for every request was a measurable share of a busy server's time. No query string
// either: a signed file URL's signature would land in the log.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, stdSerializers, type Logger } from 'pino';
import { pinoHttp, type HttpLogger, type Options } from 'pino-http';
import type { AppConfig } from '../config/app-config';

/** The injection token of the access-log middleware, which app.ts mounts first. */
export const ACCESS_LOG = Symbol('ACCESS_LOG');

/** The process's logger: JSON lines, or one readable line each on a developer's terminal. */
export function createLogger(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>): Logger {
  return pino({
    level: config.logLevel,
    transport:
      config.nodeEnv !== 'production' && process.stdout.isTTY
        ? {
            target: 'pino-pretty',
            options: { singleLine: true, ignore: 'pid,hostname,req,res' },
          }
        : undefined,
  });
}

/** The access-log middleware, writing through `logger`. */
export function accessLog(
  logger: Logger,
  config: Pick<AppConfig, 'logLevel' | 'accessLogPercent'>,
): HttpLogger {
  return pinoHttp({ logger, ...accessLogOptions(config) });
}

function path(url: string | undefined): string {
  const q = url?.indexOf('?') ?? -1;
  return q === -1 ? (url ?? '') : url!.slice(0, q);
}

export function accessLogOptions(
  config: Pick<AppConfig, 'logLevel' | 'accessLogPercent'>,
): Options {
  const share = config.accessLogPercent / 100;
  return {
    level: config.logLevel,
    // pino-http would first build its own request object (headers included) to hand to
    // ours; these read the request and response themselves.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: path(req.url) }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
      err: stdSerializers.err,
    },
    autoLogging: { ignore: (req) => req.url === '/health' },
    // Failures are always logged; successes as sampled (REGIE_ACCESS_LOG_PERCENT).
    customLogLevel: (_req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return share >= 1 || Math.random() < share ? 'info' : 'silent';
    },
  };
}
