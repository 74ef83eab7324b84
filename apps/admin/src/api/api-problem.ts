// What went wrong with a request, in the terms a screen acts on (RUNTIME.md's error catalogue):
// field messages go beside their fields, a stale version offers a reload, another conflict says
// why the step is not possible now, and an ended sign-in sends the person back to sign in.
import type { CombinedError } from 'urql';

export type ApiProblem =
  | { readonly kind: 'unauthenticated'; readonly message: string }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'notFound'; readonly message: string }
  /** `fields` maps the input path without its argument name (`email`, `locations.0.country`). */
  | {
      readonly kind: 'invalidInput';
      readonly message: string;
      readonly fields: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'stale'; readonly message: string }
  | { readonly kind: 'conflict'; readonly reason: string; readonly message: string }
  | { readonly kind: 'rateLimited'; readonly message: string }
  /** No answer at all (offline, server down) or an HTTP error without a GraphQL body. */
  | { readonly kind: 'network'; readonly status?: number }
  | { readonly kind: 'internal'; readonly message: string };

interface FieldEntry {
  field?: unknown;
  message?: unknown;
}

/**
 * `input.email` → `email`; `input.locations.0.country` → `locations.0.country`. A path of a
 * top-level argument (`token`, `id`) stays as it is.
 */
export function fieldName(path: string): string {
  const dot = path.indexOf('.');
  return dot > 0 && path.slice(0, dot) === 'input' ? path.slice(dot + 1) : path;
}

/** The first error of a failed request, classified; null when the request did not fail. */
export function apiProblem(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) {
    const status = error.response instanceof Response ? error.response.status : undefined;
    return status ? { kind: 'network', status } : { kind: 'network' };
  }
  const extensions = (first.extensions ?? {}) as {
    code?: unknown;
    reason?: unknown;
    fields?: unknown;
  };
  const message = first.message;
  switch (extensions.code) {
    case 'UNAUTHENTICATED':
      return { kind: 'unauthenticated', message };
    case 'FORBIDDEN':
      return { kind: 'forbidden', message };
    case 'NOT_FOUND':
      return { kind: 'notFound', message };
    case 'RATE_LIMITED':
      return { kind: 'rateLimited', message };
    case 'CONFLICT':
      return extensions.reason === 'STALE_VERSION'
        ? { kind: 'stale', message }
        : { kind: 'conflict', reason: String(extensions.reason ?? ''), message };
    case 'BAD_USER_INPUT': {
      const fields: Record<string, string> = {};
      const entries = Array.isArray(extensions.fields) ? (extensions.fields as FieldEntry[]) : [];
      for (const entry of entries) {
        if (typeof entry.field !== 'string' || typeof entry.message !== 'string') continue;
        const name = fieldName(entry.field);
        // The first message for a field is the one to fix first.
        if (!(name in fields)) fields[name] = entry.message;
      }
      return { kind: 'invalidInput', message, fields };
    }
    default:
      return { kind: 'internal', message };
  }
}

export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  return error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') ?? false;
}
