import { createHash } from 'node:crypto';
import { canonicalJson } from '@regie/domain';
import {
  AuditChainProblem,
  ChainVerifier,
  eventHash,
  toJsonValue,
  verifyChain,
  type ChainedEvent,
  type ChainedFields,
} from './audit-chain';

const ORG_A = '0a000000-0000-4000-8000-000000000001';
const ORG_B = '0b000000-0000-4000-8000-000000000002';
const USER = '0c000000-0000-4000-8000-000000000003';

function fields(i: number, overrides: Partial<ChainedFields> = {}): ChainedFields {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    at: new Date(Date.UTC(2026, 10, 22, 9, 30, 0, i)),
    actorId: i % 3 === 0 ? null : USER,
    organisationId: ORG_A,
    partyIds: i % 2 === 0 ? [ORG_A, ORG_B] : [ORG_A],
    action: i === 0 ? 'agreement.create' : 'agreement.update',
    entityType: 'ProcessingAgreement',
    entityId: '0d000000-0000-4000-8000-000000000004',
    before: i === 0 ? null : { status: 'DRAFT', version: i },
    after: { status: 'IN_REVIEW', version: i + 1, nested: { b: [1, 'x', null], a: true } },
    sealKey: i === 4 ? `tender:${ORG_B}` : null,
    ...overrides,
  };
}

/** A valid chain of n events, each hashed after the one before. */
function chain(n: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previousHash: string | null = null;
  for (let i = 0; i < n; i++) {
    const f = fields(i);
    const hash = eventHash(previousHash, f);
    events.push({ ...f, previousHash, hash });
    previousHash = hash;
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys recursively and leaves no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x y' } })).toBe(
      '{"a":{"c":"x y","d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes Dates as ISO strings, and follows JSON.stringify for undefined and non-finite numbers', () => {
    expect(canonicalJson({ at: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6)) })).toBe(
      '{"at":"2026-01-02T03:04:05.006Z"}',
    );
    expect(canonicalJson({ a: undefined, b: [undefined, NaN, Infinity], c: null })).toBe(
      '{"b":[null,null,null],"c":null}',
    );
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('é"\n')).toBe(JSON.stringify('é"\n'));
    expect(() => canonicalJson({ n: 1n })).toThrow(TypeError);
  });

  it('gives the same text whatever the key order of the input', () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(
      canonicalJson({ y: { p: 3, q: 2 }, x: 1 }),
    );
  });

  it('hashes a value as it reads back from jsonb', () => {
    const value = { when: new Date(Date.UTC(2026, 0, 1)), gone: undefined, list: [undefined] };
    expect(toJsonValue(value)).toEqual({ when: '2026-01-01T00:00:00.000Z', list: [null] });
    expect(canonicalJson(toJsonValue(value))).toBe(canonicalJson(value));
    expect(toJsonValue(undefined)).toBeNull();
  });
});

describe('eventHash', () => {
  it('is the SHA-256 of the previous hash, a newline and the canonical JSON of the stored fields', () => {
    const f = fields(1);
    const text =
      'prev\n' +
      canonicalJson({
        id: f.id,
        at: (f.at as Date).toISOString(),
        actorId: f.actorId,
        organisationId: f.organisationId,
        partyIds: f.partyIds,
        action: f.action,
        entityType: f.entityType,
        entityId: f.entityId,
        before: f.before,
        after: f.after,
        sealKey: f.sealKey,
      });
    expect(eventHash('prev', f)).toBe(createHash('sha256').update(text).digest('hex'));
    expect(eventHash(null, f)).toBe(
      createHash('sha256').update(text.replace(/^prev/, '')).digest('hex'),
    );
  });

  it('takes the instant as a Date or as its ISO string alike, to the millisecond', () => {
    const f = fields(2);
    expect(eventHash(null, { ...f, at: (f.at as Date).toISOString() })).toBe(eventHash(null, f));
    expect(eventHash(null, { ...f, at: new Date((f.at as Date).getTime() + 1) })).not.toBe(
      eventHash(null, f),
    );
  });

  it('treats a missing before/after as null', () => {
    const f = fields(0, { before: undefined, after: undefined });
    expect(eventHash(null, f)).toBe(eventHash(null, { ...f, before: null, after: null }));
  });
});

describe('verifyChain', () => {
  it('verifies an intact chain, and an empty one', () => {
    expect(verifyChain(chain(6))).toEqual({
      valid: true,
      eventsChecked: 6,
      firstBrokenEventId: null,
      reason: null,
    });
    expect(verifyChain([])).toEqual({
      valid: true,
      eventsChecked: 0,
      firstBrokenEventId: null,
      reason: null,
    });
  });

  const alterations: [string, (e: ChainedEvent) => ChainedEvent][] = [
    ['id', (e) => ({ ...e, id: '00000000-0000-4000-8000-0000000000ff' })],
    ['at', (e) => ({ ...e, at: new Date((e.at as Date).getTime() + 1) })],
    ['actorId', (e) => ({ ...e, actorId: e.actorId ? null : USER })],
    ['organisationId', (e) => ({ ...e, organisationId: ORG_B })],
    ['partyIds (order)', (e) => ({ ...e, partyIds: [...e.partyIds].reverse() })],
    ['partyIds (one removed)', (e) => ({ ...e, partyIds: e.partyIds.slice(1) })],
    ['action', (e) => ({ ...e, action: 'agreement.delete' })],
    ['entityType', (e) => ({ ...e, entityType: 'Tender' })],
    ['entityId', (e) => ({ ...e, entityId: ORG_A })],
    ['before', (e) => ({ ...e, before: { status: 'APPROVED', version: 2 } })],
    [
      'after (deep)',
      (e) => ({ ...e, after: { ...(e.after as object), nested: { a: false, b: [1, 'x', null] } } }),
    ],
    ['sealKey', (e) => ({ ...e, sealKey: 'tender:x' })],
    ['hash', (e) => ({ ...e, hash: createHash('sha256').update('forged').digest('hex') })],
    ['previousHash', (e) => ({ ...e, previousHash: null })],
  ];

  it.each(alterations)('detects an altered %s at the altered event', (_field, alter) => {
    const events = chain(6);
    events[2] = alter(events[2]);
    expect(verifyChain(events)).toEqual({
      valid: false,
      eventsChecked: 6,
      firstBrokenEventId: events[2].id,
      reason: AuditChainProblem.EVENT_BROKEN,
    });
  });

  it('detects an altered event whose hash was recomputed, at the event after it', () => {
    const events = chain(5);
    const forged = { ...events[1], action: 'agreement.approve' };
    events[1] = { ...forged, hash: eventHash(events[1].previousHash, forged) };
    expect(verifyChain(events).firstBrokenEventId).toBe(events[2].id);
  });

  it('detects a removed event at the event that followed it', () => {
    const events = chain(5);
    const after = events[3];
    events.splice(2, 1);
    expect(verifyChain(events)).toEqual({
      valid: false,
      eventsChecked: 4,
      firstBrokenEventId: after.id,
      reason: AuditChainProblem.EVENT_BROKEN,
    });
  });

  it('detects a removed first event', () => {
    const events = chain(3).slice(1);
    expect(verifyChain(events).firstBrokenEventId).toBe(events[0].id);
  });

  it('detects reordering at the first event out of place', () => {
    const events = chain(5);
    [events[1], events[2]] = [events[2], events[1]];
    expect(verifyChain(events)).toEqual({
      valid: false,
      eventsChecked: 5,
      firstBrokenEventId: events[1].id,
      reason: AuditChainProblem.EVENT_BROKEN,
    });
  });

  it('detects an event inserted with a forged link at the event that followed it', () => {
    const events = chain(4);
    const f = fields(9);
    const inserted: ChainedEvent = {
      ...f,
      previousHash: events[1].hash,
      hash: eventHash(events[1].hash, f),
    };
    events.splice(2, 0, inserted);
    expect(verifyChain(events).firstBrokenEventId).toBe(events[3].id);
  });

  it('reports the first of several breaks and keeps counting', () => {
    const events = chain(6);
    events[1] = { ...events[1], action: 'x' };
    events[4] = { ...events[4], action: 'y' };
    expect(verifyChain(events)).toEqual({
      valid: false,
      eventsChecked: 6,
      firstBrokenEventId: events[1].id,
      reason: AuditChainProblem.EVENT_BROKEN,
    });
  });

  it('checks a chain fed in batches the same as all at once', () => {
    const events = chain(7);
    events[5] = { ...events[5], sealKey: 'tender:y' };
    const verifier = new ChainVerifier();
    for (let i = 0; i < events.length; i += 3)
      events.slice(i, i + 3).forEach((e) => verifier.push(e));
    expect(verifier.report()).toEqual(verifyChain(events));
    expect(verifier.report().firstBrokenEventId).toBe(events[5].id);
  });
});

describe('verifyChain against a checkpoint and the head record', () => {
  const at = (events: ChainedEvent[], n: number) => ({
    eventCount: n,
    headHash: n === 0 ? null : events[n - 1].hash,
  });

  it('holds when the chain reaches both with the hashes kept, or has grown since', () => {
    const events = chain(6);
    expect(verifyChain(events, { checkpoint: at(events, 4), headRecord: at(events, 6) })).toEqual({
      valid: true,
      eventsChecked: 6,
      firstBrokenEventId: null,
      reason: null,
    });
    expect(
      verifyChain(events, { checkpoint: at(events, 0), headRecord: at(events, 0) }).valid,
    ).toBe(true);
  });

  it('finds the newest events cut off, which the hashes alone cannot', () => {
    const events = chain(6);
    const cut = events.slice(0, 4);
    expect(verifyChain(cut).valid).toBe(true);
    expect(verifyChain(cut, { checkpoint: at(events, 5) })).toEqual({
      valid: false,
      eventsChecked: 4,
      firstBrokenEventId: null,
      reason: AuditChainProblem.SHORTER_THAN_CHECKPOINT,
    });
    expect(verifyChain(cut, { headRecord: at(events, 6) })).toMatchObject({
      valid: false,
      reason: AuditChainProblem.SHORTER_THAN_HEAD_RECORD,
    });
    // The checkpoint is named first: it is the evidence kept away from the database.
    expect(verifyChain(cut, { checkpoint: at(events, 5), headRecord: at(events, 6) }).reason).toBe(
      AuditChainProblem.SHORTER_THAN_CHECKPOINT,
    );
  });

  it('finds a chain rewritten from the start with fresh hashes, at the position kept', () => {
    const events = chain(5);
    // Every hash recomputed after an altered event: the chain holds in itself.
    const rewritten: ChainedEvent[] = [];
    let previousHash: string | null = null;
    for (const [i, e] of events.entries()) {
      const f = { ...e, action: i === 1 ? 'agreement.approve' : e.action };
      const hash = eventHash(previousHash, f);
      rewritten.push({ ...f, previousHash, hash });
      previousHash = hash;
    }
    expect(verifyChain(rewritten).valid).toBe(true);
    expect(verifyChain(rewritten, { checkpoint: at(events, 3) })).toEqual({
      valid: false,
      eventsChecked: 5,
      firstBrokenEventId: rewritten[2].id,
      reason: AuditChainProblem.CHECKPOINT_MISMATCH,
    });
    expect(verifyChain(rewritten, { headRecord: at(events, 5) })).toMatchObject({
      firstBrokenEventId: rewritten[4].id,
      reason: AuditChainProblem.HEAD_RECORD_MISMATCH,
    });
    // A checkpoint before the rewrite still holds.
    expect(verifyChain(rewritten, { checkpoint: at(events, 1) }).valid).toBe(true);
  });

  it('reports a missing head record, and a broken event before anything else', () => {
    const events = chain(3);
    expect(verifyChain(events, { headRecord: null })).toMatchObject({
      valid: false,
      reason: AuditChainProblem.HEAD_RECORD_MISSING,
    });
    events[1] = { ...events[1], action: 'x' };
    expect(
      verifyChain(events, {
        checkpoint: { eventCount: 9, headHash: 'f'.repeat(64) },
        headRecord: null,
      }),
    ).toEqual({
      valid: false,
      eventsChecked: 3,
      firstBrokenEventId: events[1].id,
      reason: AuditChainProblem.EVENT_BROKEN,
    });
  });

  it('refuses a position of an empty chain that names a hash', () => {
    expect(
      verifyChain([], { checkpoint: { eventCount: 0, headHash: 'a'.repeat(64) } }),
    ).toMatchObject({ valid: false, reason: AuditChainProblem.CHECKPOINT_MISMATCH });
  });
});
