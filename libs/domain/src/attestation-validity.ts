// DOMAIN.md: an attestation is VALID, EXPIRING (within 90 days) or EXPIRED, derived
// from validUntil and today. Derived, never stored: it changes with the calendar.
import { addDays } from './calendar-dates';
import { AttestationValidity } from './enums';

/** How far ahead an end of validity counts as EXPIRING. */
export const EXPIRING_WITHIN_DAYS = 90;

/**
 * The validity of an attestation on `today` (both Europe/Amsterdam calendar dates).
 * `validUntil` is inclusive: on that day the attestation still holds.
 */
export function attestationValidity(validUntil: string, today: string): AttestationValidity {
  if (validUntil < today) return AttestationValidity.EXPIRED;
  if (validUntil <= expiringUntil(today)) return AttestationValidity.EXPIRING;
  return AttestationValidity.VALID;
}

/** The last day that is EXPIRING from `today`; kept, as a page asks it of every attestation. */
let horizon = { today: '', until: '' };
function expiringUntil(today: string): string {
  if (horizon.today !== today) horizon = { today, until: addDays(today, EXPIRING_WITHIN_DAYS) };
  return horizon.until;
}

/**
 * The range of validUntil that has `validity` on `today`, both ends inclusive
 * (null: unbounded), so that a list can filter on an index instead of computing.
 */
export function validUntilRange(
  validity: AttestationValidity,
  today: string,
): { from: string | null; to: string | null } {
  switch (validity) {
    case AttestationValidity.EXPIRED:
      return { from: null, to: addDays(today, -1) };
    case AttestationValidity.EXPIRING:
      return { from: today, to: addDays(today, EXPIRING_WITHIN_DAYS) };
    case AttestationValidity.VALID:
      return { from: addDays(today, EXPIRING_WITHIN_DAYS + 1), to: null };
  }
}
