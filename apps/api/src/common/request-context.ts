import { Locale, localeFromAcceptLanguage } from '@regie/domain';
import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { RequestLoaders } from './loaders';

/** What every resolver gets as its GraphQL context. Grown by auth and loaders. */
export interface RequestContext {
  readonly req: Request;
  readonly res: Response;
  /** The language of messages: Accept-Language when given, Dutch otherwise. */
  locale: Locale;
  /** Set by the auth guard before any resolver runs; null for an anonymous caller. */
  viewer: Viewer | null;
  /** This request's DataLoaders (see loaders.ts). */
  readonly loaders: RequestLoaders;
}

export function requestLocale(req: Pick<Request, 'headers'>): Locale {
  return localeFromAcceptLanguage(req.headers['accept-language']);
}
