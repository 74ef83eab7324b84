import { Locale, localeFromAcceptLanguage } from '@regie/domain';
import type { Request, Response } from 'express';

/** What every resolver gets as its GraphQL context. Grown by auth and loaders. */
export interface RequestContext {
  readonly req: Request;
  readonly res: Response;
  /** The language of messages: Accept-Language when given, Dutch otherwise. */
  locale: Locale;
}

export function requestLocale(req: Pick<Request, 'headers'>): Locale {
  return localeFromAcceptLanguage(req.headers['accept-language']);
}
