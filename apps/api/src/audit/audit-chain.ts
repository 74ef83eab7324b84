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

export interface ChainReport {
  readonly valid: boolean;
  readonly eventsChecked: number;
  /** The first event, in chain order, whose hash or link does not hold; null when valid. */
  readonly firstBrokenEventId: string | null;
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

/** SHA-256 (hex) of `(previousHash ?? '') + '\n' + canonicalJson(fields)`. */
export function eventHash(previousHash: string | null, event: ChainedFields): string {
  return createHash('sha256')
    .update(`${previousHash ?? ''}\n${canonicalJson(chainedFields(event))}`, 'utf8')
    .digest('hex');
}

/**
 * Checks a chain fed one event at a time in chain order (so that a long chain is
 * read in batches, never all in memory). An event is broken when its stored
 * previousHash is not the hash of the event before it (null for the first), or
 * when its stored hash is not what its fields hash to after that event. Checking
 * goes on past a break (each event against its predecessor's stored hash), so
 * `eventsChecked` counts every event; the first break is the one reported.
 */
export class ChainVerifier {
  private previous: string | null = null;
  private checked = 0;
  private firstBroken: string | null = null;

  push(event: ChainedEvent): void {
    this.checked++;
    const linked = event.previousHash === this.previous;
    const intact = linked && eventHash(this.previous, event) === event.hash;
    if (!intact && this.firstBroken === null) this.firstBroken = event.id;
    this.previous = event.hash;
  }

  report(): ChainReport {
    return {
      valid: this.firstBroken === null,
      eventsChecked: this.checked,
      firstBrokenEventId: this.firstBroken,
    };
  }
}

/** Checks events given in chain order: see ChainVerifier. */
export function verifyChain(events: Iterable<ChainedEvent>): ChainReport {
  const verifier = new ChainVerifier();
  for (const event of events) verifier.push(event);
  return verifier.report();
}
