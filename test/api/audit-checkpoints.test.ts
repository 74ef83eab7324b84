// The audit chain cut off at its end: the chain's own hashes cannot show it (what remains
// is intact), its head record and the checkpoints exported off the server can.
import { randomUUID } from 'node:crypto';
import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../apps/api/src/audit/audit.service';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

const CHECKPOINT = '{ auditCheckpoint { eventCount headHash at signature } }';
const VERIFY = `query ($checkpoint: AuditCheckpointInput) {
  verifyAuditChain(checkpoint: $checkpoint) { valid eventsChecked firstBrokenEventId reason }
}`;

interface Checkpoint {
  eventCount: number;
  headHash: string | null;
  at: string;
  signature: string;
}

describe('the audit chain against its head record and exported checkpoints', () => {
  let app: TestApp;
  let dataSource: DataSource;
  let audit: AuditService;
  let board: string;
  let platformToken: string;
  let boardAdminToken: string;
  let vendorAdminToken: string;

  /** n events, each in a transaction of its own, as modules record their changes. */
  async function record(n: number) {
    for (let i = 0; i < n; i++) {
      await dataSource.transaction((em) =>
        audit.record(em, {
          viewer: null,
          organisationId: board,
          partyIds: [board],
          action: 'thing.update',
          entityType: 'AuditTailThing',
          entityId: randomUUID(),
        }),
      );
    }
  }

  async function exportCheckpoint(): Promise<Checkpoint> {
    const res = await app.graphql(CHECKPOINT, {}, { token: platformToken });
    expect(res.errors).toBeUndefined();
    return res.data!.auditCheckpoint as Checkpoint;
  }

  async function verify(checkpoint?: Partial<Checkpoint>) {
    const res = await app.graphql(VERIFY, { checkpoint }, { token: platformToken });
    expect(res.errors).toBeUndefined();
    return res.data!.verifyAuditChain as Record<string, unknown>;
  }

  async function eventCount(): Promise<number> {
    const [{ n }] = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM audit_event',
    );
    return n;
  }

  /** What an attacker with full access to the database does, around the triggers. */
  async function tamper(...statements: string[]) {
    await dataSource.transaction(async (em) => {
      await em.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
      await em.query('ALTER TABLE audit_head DISABLE TRIGGER USER');
      for (const sql of statements) await em.query(sql);
      await em.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
      await em.query('ALTER TABLE audit_head ENABLE TRIGGER USER');
    });
  }

  const DELETE_NEWEST = (n: number) =>
    `DELETE FROM audit_event WHERE seq IN (SELECT seq FROM audit_event ORDER BY seq DESC LIMIT ${n})`;
  /** The head record set to what the cut chain holds, as an attacker covering the cut would. */
  const HEAD_TO_CHAIN = `UPDATE audit_head SET event_count = (SELECT count(*) FROM audit_event),
      head_hash = (SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1)`;

  beforeAll(async () => {
    app = await startTestApp();
    dataSource = app.running.app.get(DataSource);
    audit = app.running.app.get(AuditService);
    board = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Staart',
      boardNumber: '41101',
    });
    const vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    platformToken = (await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] }))
      .token;
    boardAdminToken = (await signUp(app, { organisationId: board, roles: [Role.ADMIN] })).token;
    vendorAdminToken = (await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] })).token;
    await record(4);
  });
  afterAll(() => app?.close());

  it("exports the chain's head, signed, and finds an intact chain valid against it", async () => {
    const checkpoint = await exportCheckpoint();
    const [newest] = await dataSource.query<{ hash: string }[]>(
      'SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1',
    );
    expect(checkpoint).toMatchObject({ eventCount: await eventCount(), headHash: newest.hash });
    expect(checkpoint.signature).toMatch(/^[\w-]{43}$/);
    await record(2);
    // The chain has grown since: it still reaches the checkpoint with the same hash.
    expect(await verify(checkpoint)).toEqual({
      valid: true,
      eventsChecked: checkpoint.eventCount + 2,
      firstBrokenEventId: null,
      reason: null,
    });
    expect(
      await verify({ eventCount: checkpoint.eventCount, headHash: checkpoint.headHash }),
    ).toEqual(await verify(checkpoint));
  });

  it("is for the platform admin only: another organisation's admin is FORBIDDEN", async () => {
    const checkpoint = await exportCheckpoint();
    for (const token of [boardAdminToken, vendorAdminToken]) {
      const exported = await app.graphql(CHECKPOINT, {}, { token });
      expect(exported.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(exported.data).toBeNull();
      const verified = await app.graphql(VERIFY, { checkpoint }, { token });
      expect(verified.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await app.graphql(CHECKPOINT)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a checkpoint whose fields were changed after signing, or that is malformed', async () => {
    const checkpoint = await exportCheckpoint();
    const refused = async (variables: Record<string, unknown>) => {
      const res = await app.graphql(VERIFY, { checkpoint: variables }, { token: platformToken });
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      return res.errors![0].extensions.fields!.map((f) => f.field);
    };
    expect(await refused({ ...checkpoint, eventCount: checkpoint.eventCount - 1 })).toEqual([
      'checkpoint.signature',
    ]);
    expect(await refused({ ...checkpoint, at: new Date().toISOString() })).toEqual([
      'checkpoint.signature',
    ]);
    expect(await refused({ ...checkpoint, signature: 'forged' })).toEqual(['checkpoint.signature']);
    expect(await refused({ ...checkpoint, at: null })).toEqual(['checkpoint.at']);
    expect(await refused({ eventCount: 3, headHash: 'not a hash' })).toEqual([
      'checkpoint.headHash',
    ]);
    expect(await refused({ eventCount: -1, headHash: null })).toEqual(['checkpoint.eventCount']);
  });

  it('reports the newest event deleted as broken with the head record alone', async () => {
    const before = await eventCount();
    await tamper(DELETE_NEWEST(1));
    expect(await eventCount()).toBe(before - 1);
    // What is left is intact in itself; the head record still counts the deleted event.
    expect(await verify()).toEqual({
      valid: false,
      eventsChecked: before - 1,
      firstBrokenEventId: null,
      reason: 'SHORTER_THAN_HEAD_RECORD',
    });
  });

  it('reports the tail cut after a checkpoint as broken, even when the head record was lowered too', async () => {
    const checkpoint = await exportCheckpoint();
    await tamper(DELETE_NEWEST(2), HEAD_TO_CHAIN);
    // The head record covers the cut: only the checkpoint kept off the server shows it.
    expect(await verify()).toMatchObject({ valid: true, reason: null });
    expect(await verify(checkpoint)).toEqual({
      valid: false,
      eventsChecked: checkpoint.eventCount - 2,
      firstBrokenEventId: null,
      reason: 'SHORTER_THAN_CHECKPOINT',
    });

    // Events appended after the cut make the chain long again, but not the same chain.
    await record(3);
    expect(await verify()).toMatchObject({ valid: true, reason: null });
    const report = await verify(checkpoint);
    const [atPosition] = await dataSource.query<{ id: string }[]>(
      'SELECT id FROM audit_event ORDER BY seq OFFSET $1 LIMIT 1',
      [checkpoint.eventCount - 1],
    );
    expect(report).toEqual({
      valid: false,
      eventsChecked: checkpoint.eventCount + 1,
      firstBrokenEventId: atPosition.id,
      reason: 'CHECKPOINT_MISMATCH',
    });
  });

  // Last: the chain cannot be continued afterwards.
  it('keeps its head record: the database refuses to delete it, and a chain without one is broken', async () => {
    await expect(dataSource.query('DELETE FROM audit_head')).rejects.toThrow(/audit_head is kept/);
    await expect(dataSource.query('TRUNCATE audit_head')).rejects.toThrow(/audit_head is kept/);
    await tamper('DELETE FROM audit_head');
    expect(await verify()).toMatchObject({ valid: false, reason: 'HEAD_RECORD_MISSING' });
    // Nothing more is appended to a chain whose head record is gone.
    const before = await eventCount();
    await expect(record(1)).rejects.toThrow(/head record/);
    expect(await eventCount()).toBe(before);
  });
});
