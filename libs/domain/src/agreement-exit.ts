// Ending an agreement (GDPR art. 28(3)(g), DOMAIN.md): once it ends, terminated or expired, the
// vendor deletes the data, or returns it first, as the board chooses; it confirms within 30 days
// of the later of the end date and the choice. Pure functions over what is stored, so that the
// API and the admin derive the same due date and overdue flag.
import { effectiveAgreementStatus, type StoredAgreementState } from './agreement-lifecycle';
import { addDays } from './calendar-dates';
import { AgreementStatus, type ExitChoice } from './enums';

/** Days the vendor has, from the later of the end date and the board's choice. */
export const EXIT_DUE_DAYS = 30;

/** What is stored of an agreement's end and its exit. */
export interface StoredExitState extends StoredAgreementState {
  readonly exitChoice: ExitChoice | `${ExitChoice}` | null;
  /** The day (Europe/Amsterdam) the board chose. */
  readonly exitChosenOn: string | null;
  readonly exitConfirmedAt: Date | string | null;
}

export interface AgreementExitState {
  readonly choice: ExitChoice | `${ExitChoice}` | null;
  /** The last day the agreement holds: its termination date or validUntil, the earlier. */
  readonly endDate: string | null;
  /** EXIT_DUE_DAYS after the later of endDate and the choice; null while no choice is made. */
  readonly dueOn: string | null;
  readonly confirmed: boolean;
  /** dueOn has passed without a confirmation. */
  readonly overdue: boolean;
}

/** The last day the agreement holds by its termination or its validity, the earlier; null if open. */
export function agreementEndDate(
  stored: Pick<StoredAgreementState, 'validUntil' | 'terminationDate'>,
): string | null {
  const ends = [stored.terminationDate, stored.validUntil].filter((d): d is string => d !== null);
  return ends.length > 0 ? ends.sort()[0] : null;
}

/** The day by which the vendor must confirm, once the board has chosen. */
export function exitDueOn(endDate: string | null, chosenOn: string | null): string | null {
  if (chosenOn === null) return null;
  const from = endDate !== null && endDate > chosenOn ? endDate : chosenOn;
  return addDays(from, EXIT_DUE_DAYS);
}

/**
 * The exit as it stands on `today`, or null when there is none: it exists once the agreement
 * has ended (TERMINATED or EXPIRED as shown), while a termination is pending, and once the
 * board has chosen ahead of an end. A superseded agreement has no exit: its successor holds
 * the data.
 */
export function agreementExitState(
  stored: StoredExitState,
  today: string,
): AgreementExitState | null {
  const status = effectiveAgreementStatus(stored, today);
  const ended = status === AgreementStatus.TERMINATED || status === AgreementStatus.EXPIRED;
  const pending =
    status === AgreementStatus.ACTIVE &&
    (stored.terminationDate !== null || stored.exitChoice !== null);
  if (!ended && !pending) return null;
  const endDate = agreementEndDate(stored);
  const dueOn = exitDueOn(endDate, stored.exitChoice ? stored.exitChosenOn : null);
  const confirmed = stored.exitConfirmedAt !== null;
  return {
    choice: stored.exitChoice,
    endDate,
    dueOn,
    confirmed,
    overdue: !confirmed && dueOn !== null && dueOn < today,
  };
}
