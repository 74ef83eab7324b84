// The audit trail's hash chain, as pure functions: each event's hash is the SHA-256
// of the previous event's hash and the canonical JSON of the event's stored fields,
// so that an altered, removed, inserted or reordered event breaks the chain at
// that event. No framework and no database here: the service feeds rows in.
import { createHash } from 'node:crypto';
import { canonicalJson } from '@regie/domain';

/** The stored, immutable fields of an event: exactly what its hash covers. */
export interface ChainedFields {
  readonly id: string;
  /** Milliseconds precision; hashed as its ISO 8601 string (`…T09:30:00.000Z`). */
  readonly at: Date | string;
  readonly actorId: string | null;
  readonly organisationId: string | null;
  readonly partyIds: readonly string[];
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly sealKey: string | null;
}

/** An event as stored: its fields and the two hashes that link it into the chain. */
export interface ChainedEvent extends ChainedFields {
  readonly previousHash: string | null;
  readonly hash: string;
}

/**
 * Why a chain does not hold, in the order a report names them (the first that applies).
 * The chain's own hashes find an altered, removed, inserted or reordered event; a cut
 * at its end leaves what remains intact, so the positions the chain must still reach
 * (an exported checkpoint, the head record) find that.
 */
export enum AuditChainProblem {
  /** An event's stored hash, or its link to the event before it, does not hold. */
  EVENT_BROKEN = 'EVENT_BROKEN',
  /** Fewer events than the checkpoint given counted: the newest ones are gone. */
  SHORTER_THAN_CHECKPOINT = 'SHORTER_THAN_CHECKPOINT',
  /** The event at the checkpoint's position is not the one whose hash it kept. */
  CHECKPOINT_MISMATCH = 'CHECKPOINT_MISMATCH',
  /** The head record, updated with every append, is gone. */
  HEAD_RECORD_MISSING = 'HEAD_RECORD_MISSING',
  /** Fewer events than the head record counts: the newest ones are gone. */
  SHORTER_THAN_HEAD_RECORD = 'SHORTER_THAN_HEAD_RECORD',
  /** The event at the head record's position is not the one whose hash it holds. */
  HEAD_RECORD_MISMATCH = 'HEAD_RECORD_MISMATCH',
}

/** A length the chain had, and the hash of its last event then. */
export interface ChainPosition {
  /** How many events the chain had. */
  readonly eventCount: number;
  /** The hash of the event at that position (the eventCount-th); null when eventCount is 0. */
  readonly headHash: string | null;
}

/** What a chain is checked against besides its own hashes. */
export interface ChainExpectations {
  /** A checkpoint exported earlier and kept away from the database. */
  readonly checkpoint?: ChainPosition | null;
  /** The head record as read before the chain; null when it is missing, undefined: not checked. */
  readonly headRecord?: ChainPosition | null;
}

export interface ChainReport {
  readonly valid: boolean;
  readonly eventsChecked: number;
  /**
   * The first event, in chain order, whose hash or link does not hold, or else the event
   * at a checkpoint's or the head record's position that does not match it; null when
   * valid, and when events are missing at the end.
   */
  readonly firstBrokenEventId: string | null;
  /** The first problem found (see AuditChainProblem for the order); null when valid. */
  readonly reason: AuditChainProblem | null;
}

/**
 * A value as it reads back from a jsonb column, i.e. after the JSON round trip
 * (Dates become strings, undefined members disappear). Stored before/after values
 * go through this first, so that what is hashed is what is stored.
 */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(canonicalJson(value)) as unknown;
}

function isoAt(at: Date | string): string {
  const date = at instanceof Date ? at : new Date(at);
  if (Number.isNaN(date.getTime())) throw new TypeError(`eventHash: invalid instant ${String(at)}`);
  return date.toISOString();
}

/** The fields an event's hash covers, in their hashed form. */
export function chainedFields(event: ChainedFields): Record<string, unknown> {
  return {
    id: event.id,
    at: isoAt(event.at),
    actorId: event.actorId,
    organisationId: event.organisationId,
    partyIds: [...event.partyIds],
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    sealKey: event.sealKey,
  };
}

/** The text an event's hash covers after its predecessor's hash: its fields' canonical JSON. */
export function hashedText(event: ChainedFields): string {
  return canonicalJson(chainedFields(event));
}

/**
 * SHA-256 (hex) of `(previousHash ?? '') + '\n' + canonicalJson(fields)`. The database's
 * audit_append computes the same from hashedText (migration 1795690000000).
 */
export function eventHash(previousHash: string | null, event: ChainedFields): string {
  return createHash('sha256')
    .update(`${previousHash ?? ''}\n${hashedText(event)}`, 'utf8')
    .digest('hex');
}

/**
 * Checks a chain fed one event at a time in chain order (so that a long chain is
 * read in batches, never all in memory). An event is broken when its stored
 * previousHash is not the hash of the event before it (null for the first), or
 * when its stored hash is not what its fields hash to after that event. Checking
 * goes on past a break (each event against its predecessor's stored hash), so
 * `eventsChecked` counts every event; the first break is the one reported.
 *
 * The chain must also reach every expected position (a checkpoint, the head record)
 * with the hash kept for it: a chain may have grown since, never shrunk or changed.
 */
export class ChainVerifier {
  private previous: string | null = null;
  private checked = 0;
  private firstBroken: string | null = null;
  /** The events at the expected positions, as they were met. */
  private readonly atPosition = new Map<number, { id: string; hash: string }>();

  constructor(private readonly expected: ChainExpectations = {}) {}

  push(event: ChainedEvent): void {
    this.checked++;
    const linked = event.previousHash === this.previous;
    const intact = linked && eventHash(this.previous, event) === event.hash;
    if (!intact && this.firstBroken === null) this.firstBroken = event.id;
    this.previous = event.hash;
    if (
      this.checked === this.expected.checkpoint?.eventCount ||
      this.checked === this.expected.headRecord?.eventCount
    ) {
      this.atPosition.set(this.checked, { id: event.id, hash: event.hash });
    }
  }

  report(): ChainReport {
    const broken = (reason: AuditChainProblem, eventId: string | null = null): ChainReport => ({
      valid: false,
      eventsChecked: this.checked,
      firstBrokenEventId: this.firstBroken ?? eventId,
      reason,
    });
    if (this.firstBroken !== null) return broken(AuditChainProblem.EVENT_BROKEN);
    const { checkpoint, headRecord } = this.expected;
    const problem = (
      position: ChainPosition,
      shorter: AuditChainProblem,
      mismatch: AuditChainProblem,
    ) => {
      if (position.eventCount > this.checked) return broken(shorter);
      if (position.eventCount === 0) return position.headHash === null ? null : broken(mismatch);
      const event = this.atPosition.get(position.eventCount)!;
      return event.hash === position.headHash ? null : broken(mismatch, event.id);
    };
    const found =
      (checkpoint &&
        problem(
          checkpoint,
          AuditChainProblem.SHORTER_THAN_CHECKPOINT,
          AuditChainProblem.CHECKPOINT_MISMATCH,
        )) ||
      (headRecord === null ? broken(AuditChainProblem.HEAD_RECORD_MISSING) : null) ||
      (headRecord &&
        problem(
          headRecord,
          AuditChainProblem.SHORTER_THAN_HEAD_RECORD,
          AuditChainProblem.HEAD_RECORD_MISMATCH,
        ));
    return (
      found || { valid: true, eventsChecked: this.checked, firstBrokenEventId: null, reason: null }
    );
  }
}

/** Checks events given in chain order: see ChainVerifier. */
export function verifyChain(
  events: Iterable<ChainedEvent>,
  expected: ChainExpectations = {},
): ChainReport {
  const verifier = new ChainVerifier(expected);
  for (const event of events) verifier.push(event);
  return verifier.report();
}
