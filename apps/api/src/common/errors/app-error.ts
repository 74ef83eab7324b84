// The error catalogue of RUNTIME.md. Services throw these; the GraphQL layer turns
// them into `extensions.code` (and `reason`, `fields`) with a message in the
// caller's language, and the REST layer into `{ status, statusMessage }`.
import type { MessageKey } from '@regie/domain';

export const ErrorCode = {
  /** No, expired or invalid token; a failed login, whatever the cause. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A member without a fitting role, or an API token trying a mutation. */
  FORBIDDEN: 'FORBIDDEN',
  /** The object does not exist, or the caller may not see it. */
  NOT_FOUND: 'NOT_FOUND',
  /** Input that does not validate, with the fields and why. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The object's state does not allow it now; `reason` says why. */
  CONFLICT: 'CONFLICT',
  /** Too many attempts in too short a time. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** Our fault; never with a stack trace or SQL outside development. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export type ConflictReason =
  | 'STALE_VERSION'
  | 'INVALID_TRANSITION'
  | 'DEADLINE_NOT_PASSED'
  | 'DEADLINE_PASSED'
  | 'ALREADY_EXISTS'
  | 'UNRESOLVED_DEVIATIONS'
  | 'NOT_ACCEPTED'
  | 'SUBPROCESSOR_CHANGE_NOT_ANNOUNCED'
  | 'ACCEPTED_DEAL_CHANGED';

export type MessageParams = Record<string, string | number>;

/** One invalid field: its input path (`input.locations.0.country`) and why. */
export interface FieldError {
  readonly field: string;
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly reason?: ConflictReason,
    readonly fields: readonly FieldError[] = [],
    /** Facts a client acts on, sent as they are beside `code`. */
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(`${code}${reason ? `/${reason}` : ''}: ${key}`);
    this.name = 'AppError';
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export const unauthenticated = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'error.unauthenticated');
export const forbidden = () => new AppError(ErrorCode.FORBIDDEN, 'error.forbidden');
export const notFound = () => new AppError(ErrorCode.NOT_FOUND, 'error.notFound');
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(ErrorCode.RATE_LIMITED, 'error.rateLimited', {}, undefined, [], {
    retryAfterSeconds,
  });
export const conflict = (reason: ConflictReason, params: MessageParams = {}) =>
  new AppError(ErrorCode.CONFLICT, `conflict.${reason}`, params, reason);
export const badUserInput = (fields: readonly FieldError[]) =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'error.badUserInput', {}, undefined, fields);
/** A single invalid field: `invalidField('input.country', 'field.country')`. */
export const invalidField = (field: string, key: MessageKey, params?: MessageParams) =>
  badUserInput([{ field, key, params }]);
