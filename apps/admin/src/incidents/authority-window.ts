// The 72-hour window of art. 33 GDPR: a board, as controller, must tell the supervisory authority
// of a personal-data breach within 72 hours of becoming aware of it. A board becomes aware when
// Regie notifies it (the notice's notifiedAt; the API's authorityDeadline is notifiedAt + 72 h),
// so that is where the window starts. The clock runs only for a breach of personal data until
// the board records its decision, and only the board sees it.

export const AUTHORITY_WINDOW_MS = 72 * 3_600_000;

export interface AuthorityWindow {
  /** When the window started and ends (ISO instants). */
  readonly start: string;
  readonly deadline: string;
  /** Milliseconds left; 0 once past the deadline. */
  readonly remainingMs: number;
  /** Milliseconds since the deadline; 0 before it. */
  readonly overdueMs: number;
  readonly overdue: boolean;
  /** How much of the window has passed, 0..1 (1 once overdue): the width of a progress bar. */
  readonly elapsed: number;
  /** Left (or, once overdue, past) as whole hours and minutes, rounded down. */
  readonly hours: number;
  readonly minutes: number;
  /** Less than a quarter of the window left: the moment to act. */
  readonly urgent: boolean;
}

/** A duration as whole hours and minutes, rounded down. */
export function hoursAndMinutes(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.floor(Math.max(0, ms) / 60_000);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

export function authorityWindow(start: string, now: number): AuthorityWindow {
  const startMs = new Date(start).getTime();
  const deadlineMs = startMs + AUTHORITY_WINDOW_MS;
  const remainingMs = Math.max(0, deadlineMs - now);
  const overdueMs = Math.max(0, now - deadlineMs);
  const overdue = now >= deadlineMs;
  const { hours, minutes } = hoursAndMinutes(overdue ? overdueMs : remainingMs);
  return {
    start: new Date(startMs).toISOString(),
    deadline: new Date(deadlineMs).toISOString(),
    remainingMs,
    overdueMs,
    overdue,
    elapsed: Math.min(1, Math.max(0, (now - startMs) / AUTHORITY_WINDOW_MS)),
    hours,
    minutes,
    urgent: !overdue && remainingMs < AUTHORITY_WINDOW_MS / 4,
  };
}

interface NoticeLike {
  readonly board: { readonly id: string };
  readonly notifiedAt: string;
}

interface OwnNoticeLike extends NoticeLike {
  /** Null for everyone but the notice's board: only the board sees its clock. */
  readonly authorityClockRunning?: boolean | null;
}

/**
 * Where the board's own window starts while its clock runs (personal data involved, no decision
 * recorded): its notice, for Regie told it then. Null when no clock runs for the organisation
 * someone works for: no personal data, a decision recorded, or not the board (the vendor, a
 * sector body), which the API tells by leaving the clock null.
 */
export function ownClockStart(
  incident: { readonly notices: readonly OwnNoticeLike[] },
  organisationId: string,
): string | null {
  const own = incident.notices.find((n) => n.board.id === organisationId);
  return own?.authorityClockRunning ? own.notifiedAt : null;
}

/**
 * Whether an incident concerns the organisation someone works for: its own (vendor), one that
 * affects it (board), or, for a sector body, every incident (it sees counts).
 */
export function concernsOrganisation(
  incident: { readonly vendor: { readonly id: string }; readonly notices: readonly NoticeLike[] },
  organisation: { readonly id: string; readonly kind: string },
): boolean {
  if (organisation.kind === 'SECTOR_BODY') return true;
  return (
    incident.vendor.id === organisation.id ||
    incident.notices.some((n) => n.board.id === organisation.id)
  );
}
