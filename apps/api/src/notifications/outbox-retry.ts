// When the outbox tries a failed e-mail again: pure functions, so that the
// schedule can be read and tested without a clock or a mail server.

/** No wait between attempts grows beyond an hour. */
export const RETRY_CAP_MS = 3_600_000;

/**
 * A message the mail server refuses for good (a 5xx on the recipient or the
 * content) is tried this many times in all and then given up. Anything else
 * (the server down, a 4xx, a timeout, a refused login) is retried for as long
 * as it takes: it says nothing about the message, and nothing may be lost.
 */
export const MAX_ATTEMPTS_WHEN_REFUSED = 10;

/** The wait after `failedAttempts` failures (1 or more): base, 2×base, 4×base, … up to the cap. */
export function retryDelayMs(
  failedAttempts: number,
  baseMs: number,
  capMs: number = RETRY_CAP_MS,
): number {
  const exponent = Math.max(0, failedAttempts - 1);
  // 2 ** 1100 is Infinity, which Math.min caps as well.
  return Math.min(capMs, Math.max(baseMs, 0) * 2 ** exponent);
}

/** What a send error means for the message, from nodemailer's `code` and the SMTP reply. */
export function isPermanentRefusal(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return (
    typeof responseCode === 'number' &&
    responseCode >= 500 &&
    (code === 'EENVELOPE' || code === 'EMESSAGE')
  );
}

export type AfterFailure = { readonly retryInMs: number } | { readonly giveUp: true };

export function afterFailure(attempts: number, permanent: boolean, baseMs: number): AfterFailure {
  if (permanent && attempts >= MAX_ATTEMPTS_WHEN_REFUSED) return { giveUp: true };
  return { retryInMs: retryDelayMs(attempts, baseMs) };
}
