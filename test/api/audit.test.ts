import { randomUUID } from 'node:crypto';
import { Locale, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AuditService, type RecordInput } from '../../apps/api/src/audit/audit.service';
import type { Viewer } from '../../apps/api/src/auth/viewer';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

const LIST = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      node {
        id at action entityType entityId hash previousHash
        actor { id name }
        organisation { id name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const VERIFY = '{ verifyAuditChain { valid eventsChecked firstBrokenEventId reason } }';

/** The entity type of every event this file records: other modules' events stay out of the lists. */
const THING = 'AuditTestThing';

interface Account {
  userId: string;
  token: string;
  viewer: Viewer;
}

describe('the audit trail', () => {
  let app: TestApp;
  let dataSource: DataSource;
  let audit: AuditService;

  let boardA: string;
  let boardB: string;
  let vendor: string;
  let sectorBody: string;
  let platform: string;

  let adminA: Account;
  let privacyOfficerA: Account;
  let viewerA: Account;
  let adminB: Account;
  let vendorAdmin: Account;
  let sectorAdmin: Account;
  let platformAdmin: Account;

  /** Event ids by name. */
  const ev: Record<string, string> = {};
  const tenderId = randomUUID();
  const sealKey = `tender:${tenderId}`;

  async function account(
    organisationId: string,
    kind: OrganisationKind,
    roles: Role[],
    name: string,
  ): Promise<Account> {
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@audit.test`;
    const { userId, token } = await signUp(app, { organisationId, roles, email, name });
    const viewer: Viewer = {
      kind: 'user',
      userId,
      apiTokenId: null,
      name,
      locale: Locale.EN,
      memberships: [{ organisationId, kind, roles }],
    };
    return { userId, token, viewer };
  }

  /** One event, in a transaction of its own, as a module records a change. */
  function record(input: Partial<RecordInput> & Pick<RecordInput, 'organisationId' | 'partyIds'>) {
    return dataSource.transaction((em) =>
      audit.record(em, {
        viewer: null,
        action: 'thing.update',
        entityType: THING,
        entityId: randomUUID(),
        ...input,
      }),
    );
  }

  async function list(token: string, variables: Record<string, unknown> = {}) {
    const res = await app.graphql(LIST, variables, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents as {
      totalCount: number;
      edges: { cursor: string; node: Record<string, any> }[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }

  /** The ids of this file's events that the caller sees. */
  async function visibleIds(token: string, filter: Record<string, unknown> = {}) {
    const page = await list(token, { filter: { entityType: THING, ...filter }, first: 100 });
    return page.edges.map((e) => e.node.id as string);
  }

  async function errorCode(query: string, variables: Record<string, unknown>, token: string) {
    const res = await app.graphql(query, variables, { token });
    return res.errors?.[0]?.extensions.code;
  }

  async function eventCount(): Promise<number> {
    const [{ n }] = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM audit_event',
    );
    return n;
  }

  beforeAll(async () => {
    app = await startTestApp();
    dataSource = app.running.app.get(DataSource);
    audit = app.running.app.get(AuditService);

    boardA = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Audit A',
      boardNumber: '41001',
    });
    boardB = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Audit B',
      boardNumber: '41002',
    });
    vendor = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Auditleverancier B.V.',
    });
    sectorBody = await createOrganisation(app, {
      kind: OrganisationKind.SECTOR_BODY,
      name: 'Auditcoöperatie',
    });
    platform = await createOrganisation(app, {
      kind: OrganisationKind.PLATFORM,
      name: 'Regie Audit Platform',
    });

    const B = OrganisationKind.BOARD;
    adminA = await account(boardA, B, [Role.ADMIN], 'Anna Admin');
    privacyOfficerA = await account(boardA, B, [Role.PRIVACY_OFFICER], 'Fleur Fg');
    viewerA = await account(boardA, B, [Role.VIEWER], 'Victor Viewer');
    adminB = await account(boardB, B, [Role.ADMIN], 'Bram Admin');
    vendorAdmin = await account(vendor, OrganisationKind.VENDOR, [Role.ADMIN], 'Vera Vendor');
    sectorAdmin = await account(
      sectorBody,
      OrganisationKind.SECTOR_BODY,
      [Role.ADMIN],
      'Sam Sector',
    );
    platformAdmin = await account(
      platform,
      OrganisationKind.PLATFORM,
      [Role.PLATFORM_ADMIN],
      'Pim Platform',
    );

    // A's own change, B's own change, and a vendor's change about an agreement with A.
    ev.a = (
      await record({
        viewer: adminA.viewer,
        organisationId: boardA,
        partyIds: [boardA],
        action: 'thing.create',
        after: { name: 'A', at: new Date(Date.UTC(2026, 0, 1)) },
      })
    ).id;
    ev.b = (await record({ viewer: adminB.viewer, organisationId: boardB, partyIds: [boardB] })).id;
    ev.vendorAboutA = (
      await record({
        viewer: vendorAdmin.viewer,
        organisationId: vendor,
        partyIds: [vendor, boardA],
        entityType: THING,
        before: { status: 'DRAFT' },
        after: { status: 'IN_REVIEW' },
      })
    ).id;
    // A sealed offer: the vendor's own until its tender enters EVALUATION.
    ev.sealed = (
      await record({
        viewer: vendorAdmin.viewer,
        organisationId: vendor,
        partyIds: [vendor, sectorBody],
        action: 'offer.submit',
        after: { pricePerStudentCents: 1250 },
        sealKey,
      })
    ).id;
  });

  afterAll(() => app?.close());

  describe('writing', () => {
    it('leaves no event when the transaction of the change rolls back', async () => {
      const before = await eventCount();
      const entityId = randomUUID();
      await expect(
        dataSource.transaction(async (em) => {
          await audit.record(em, {
            viewer: adminA.viewer,
            organisationId: boardA,
            partyIds: [boardA],
            action: 'thing.update',
            entityType: THING,
            entityId,
          });
          throw new Error('the change failed');
        }),
      ).rejects.toThrow('the change failed');
      expect(await eventCount()).toBe(before);
      expect(await visibleIds(adminA.token, { entityId })).toEqual([]);
      // The next event links to the last committed one, not to the rolled-back one.
      await record({ organisationId: boardA, partyIds: [boardA] });
      const report = await app.graphql(VERIFY, {}, { token: platformAdmin.token });
      expect(report.data?.verifyAuditChain).toMatchObject({ valid: true });
    });

    it('refuses to write outside a transaction', async () => {
      await expect(
        audit.record(dataSource.manager, {
          viewer: null,
          organisationId: boardA,
          partyIds: [boardA],
          action: 'thing.update',
          entityType: THING,
          entityId: randomUUID(),
        }),
      ).rejects.toThrow(/transaction/);
    });

    it('chains several events of one transaction, and concurrent transactions, in order', async () => {
      const [first, second] = await dataSource.transaction(async (em) => {
        const one = await audit.record(em, {
          viewer: null,
          organisationId: null,
          partyIds: [boardB],
          action: 'thing.first',
          entityType: THING,
          entityId: randomUUID(),
        });
        const two = await audit.record(em, {
          viewer: null,
          organisationId: null,
          partyIds: [boardB],
          action: 'thing.second',
          entityType: THING,
          entityId: randomUUID(),
        });
        return [one.id, two.id];
      });
      // Chained at commit, in the order they were recorded.
      const rows = await dataSource.query<{ id: string; previous_hash: string; hash: string }[]>(
        'SELECT id, previous_hash, hash FROM audit_event WHERE id = ANY($1::uuid[]) ORDER BY seq',
        [[first, second]],
      );
      expect(rows.map((r) => r.id)).toEqual([first, second]);
      expect(rows[1].previous_hash).toBe(rows[0].hash);
      await Promise.all(
        Array.from({ length: 5 }, () => record({ organisationId: boardB, partyIds: [boardB] })),
      );
      const report = await app.graphql(VERIFY, {}, { token: platformAdmin.token });
      expect(report.data?.verifyAuditChain).toEqual({
        valid: true,
        eventsChecked: await eventCount(),
        firstBrokenEventId: null,
        reason: null,
      });
    });

    it.each([
      ['UPDATE', "UPDATE audit_event SET action = 'thing.forged'"],
      ['DELETE', 'DELETE FROM audit_event'],
      ['DELETE of one row', 'DELETE FROM audit_event WHERE id = $1'],
      ['TRUNCATE', 'TRUNCATE audit_event'],
    ])('has the database refuse %s', async (_name, sql) => {
      const before = await eventCount();
      await expect(dataSource.query(sql, sql.includes('$1') ? [ev.a] : undefined)).rejects.toThrow(
        /append-only/,
      );
      expect(await eventCount()).toBe(before);
    });
  });

  describe('reading', () => {
    it("shows a board's ADMIN its own events and those about it, with who and for whom", async () => {
      const page = await list(adminA.token, { filter: { entityType: THING }, first: 100 });
      const ids = page.edges.map((e) => e.node.id);
      expect(ids).toEqual(expect.arrayContaining([ev.a, ev.vendorAboutA]));
      expect(ids).not.toContain(ev.b);
      expect(ids).not.toContain(ev.sealed);

      const a = page.edges.find((e) => e.node.id === ev.a)!.node;
      expect(a).toMatchObject({
        action: 'thing.create',
        entityType: THING,
        actor: { id: adminA.userId, name: 'Anna Admin' },
        organisation: { id: boardA, name: 'Stichting Audit A' },
      });
      expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
      const vendorEvent = page.edges.find((e) => e.node.id === ev.vendorAboutA)!.node;
      expect(vendorEvent.organisation).toEqual({ id: vendor, name: 'Auditleverancier B.V.' });
      expect(vendorEvent.actor).toEqual({ id: vendorAdmin.userId, name: 'Vera Vendor' });
    });

    it('lists newest first, and the same with or without filter.organisationId', async () => {
      const all = await visibleIds(adminA.token);
      const own = await visibleIds(adminA.token, { organisationId: boardA });
      expect(own).toEqual(all);
      expect(all.indexOf(ev.vendorAboutA)).toBeLessThan(all.indexOf(ev.a));
    });

    it("refuses a board's ADMIN another board's events", async () => {
      expect(await errorCode(LIST, { filter: { organisationId: boardB } }, adminA.token)).toBe(
        'FORBIDDEN',
      );
      expect(await visibleIds(adminB.token)).not.toContain(ev.a);
      expect(await visibleIds(adminB.token)).toContain(ev.b);
    });

    it("shows a board's PRIVACY_OFFICER the same, and refuses a VIEWER", async () => {
      expect(await visibleIds(privacyOfficerA.token)).toEqual(await visibleIds(adminA.token));
      expect(await errorCode(LIST, {}, viewerA.token)).toBe('FORBIDDEN');
      expect(await errorCode(LIST, { filter: { organisationId: boardA } }, viewerA.token)).toBe(
        'FORBIDDEN',
      );
    });

    it('narrows by entity type and entity id', async () => {
      const [{ entity_id: entityId }] = await dataSource.query<{ entity_id: string }[]>(
        'SELECT entity_id FROM audit_event WHERE id = $1',
        [ev.vendorAboutA],
      );
      expect(await visibleIds(adminA.token, { entityId })).toEqual([ev.vendorAboutA]);
      expect(await visibleIds(adminA.token, { entityType: 'NoSuchThing' })).toEqual([]);
      expect(await visibleIds(adminA.token, { entityId: 'not-a-uuid' })).toEqual([]);
    });

    it('shows the platform admin every board, but not a sealed event', async () => {
      const ids = await visibleIds(platformAdmin.token);
      expect(ids).toEqual(expect.arrayContaining([ev.a, ev.b, ev.vendorAboutA]));
      expect(ids).not.toContain(ev.sealed);
      expect(await visibleIds(platformAdmin.token, { organisationId: boardB })).toContain(ev.b);
      expect(await visibleIds(platformAdmin.token, { organisationId: vendor })).not.toContain(
        ev.sealed,
      );
    });

    it("shows a sealed event to the sealing organisation's ADMIN only, until the seal is lifted", async () => {
      expect(await visibleIds(vendorAdmin.token)).toEqual(
        expect.arrayContaining([ev.vendorAboutA, ev.sealed]),
      );
      expect(await visibleIds(sectorAdmin.token)).not.toContain(ev.sealed);

      await dataSource.transaction((em) => audit.liftSeal(em, sealKey));

      expect(await visibleIds(platformAdmin.token)).toContain(ev.sealed);
      expect(await visibleIds(sectorAdmin.token)).toContain(ev.sealed);
      expect(await visibleIds(adminA.token)).not.toContain(ev.sealed);
    });

    it('pages newest first with a cursor, none twice and none missed', async () => {
      const everything = await visibleIds(platformAdmin.token);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await list(platformAdmin.token, {
          filter: { entityType: THING },
          first: 2,
          after,
        });
        expect(page.totalCount).toBe(everything.length);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(everything);
      expect(await errorCode(LIST, { after: 'garbage' }, platformAdmin.token)).toBe(
        'BAD_USER_INPUT',
      );
      expect(await errorCode(LIST, { first: 101 }, platformAdmin.token)).toBe('BAD_USER_INPUT');
    });

    it('gives the instant that was hashed, to the millisecond', async () => {
      const recorded = await record({ organisationId: boardA, partyIds: [boardA] });
      const [stored] = await dataSource.query<{ previous_hash: string; hash: string }[]>(
        'SELECT previous_hash, hash FROM audit_event WHERE id = $1',
        [recorded.id],
      );
      const page = await list(adminA.token, { filter: { entityType: THING }, first: 1 });
      expect(page.edges[0].node).toMatchObject({
        id: recorded.id,
        at: recorded.at.toISOString(),
        hash: stored.hash,
        previousHash: stored.previous_hash,
      });
    });
  });

  describe('verifying', () => {
    it('is for the platform admin only', async () => {
      expect(await errorCode(VERIFY, {}, adminA.token)).toBe('FORBIDDEN');
      expect(await errorCode(VERIFY, {}, vendorAdmin.token)).toBe('FORBIDDEN');
    });

    it('finds the chain valid after several events', async () => {
      const res = await app.graphql(VERIFY, {}, { token: platformAdmin.token });
      expect(res.errors).toBeUndefined();
      expect(res.data?.verifyAuditChain).toEqual({
        valid: true,
        eventsChecked: await eventCount(),
        firstBrokenEventId: null,
        reason: null,
      });
      expect(res.data?.verifyAuditChain.eventsChecked).toBeGreaterThanOrEqual(12);
      // Read in batches, the chain is the same chain (in seq order, not text order).
      expect(await audit.verifyChain(3)).toEqual(res.data?.verifyAuditChain);
      expect(await audit.verifyChain(1)).toEqual(res.data?.verifyAuditChain);
    });

    // Last: it leaves the chain broken.
    it('reports the first tampered event', async () => {
      await dataSource.transaction(async (em) => {
        await em.query('ALTER TABLE audit_event DISABLE TRIGGER USER');
        await em.query(`UPDATE audit_event SET after = '{"status":"APPROVED"}' WHERE id = $1`, [
          ev.vendorAboutA,
        ]);
        await em.query(`UPDATE audit_event SET action = 'thing.forged' WHERE id = $1`, [ev.sealed]);
        await em.query('ALTER TABLE audit_event ENABLE TRIGGER USER');
      });
      const res = await app.graphql(VERIFY, {}, { token: platformAdmin.token });
      expect(res.data?.verifyAuditChain).toEqual({
        valid: false,
        eventsChecked: await eventCount(),
        firstBrokenEventId: ev.vendorAboutA,
        reason: 'EVENT_BROKEN',
      });
      expect(await audit.verifyChain(2)).toEqual(res.data?.verifyAuditChain);
      // The trigger is back.
      await expect(dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    });
  });
});
