import { OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { FileUrls } from '../../apps/api/src/files/file-urls';
import { fixture } from '../fixtures/pdfs';
import { createAttestation } from '../support/attestations';
import { download } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;

const DOCUMENT = `query ($id: ID!) { attestation(id: $id) { id document { id url sha256 } } }`;
const REQUEST = `mutation ($input: RequestAttestationAccessInput!) {
  requestAttestationAccess(input: $input) { id status reason createdAt decidedAt attestation { id } requester { id } }
}`;
const DECIDE = `mutation ($input: DecideAttestationAccessInput!) {
  decideAttestationAccess(input: $input) { id status decidedAt }
}`;
const REVOKE = `mutation ($id: ID!) { revokeAttestationAccess(requestId: $id) { id status revokedAt } }`;
const REQUESTS = `query ($attestationId: ID, $status: AccessRequestStatus, $first: Int, $after: String) {
  attestationAccessRequests(attestationId: $attestationId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status requester { id } attestation { id } } }
  }
}`;

describe('access to restricted attestation documents', () => {
  let app: TestApp;
  let ds: DataSource;
  let vendor: string;
  let otherVendor: string;
  let board: string;
  let otherBoard: string;
  let sectorBody: string;
  let editor: Person;
  let vendorViewer: Person;
  let otherEditor: Person;
  let boardFg: Person;
  let boardViewer: Person;
  let boardProcurement: Person;
  let otherBoardFg: Person;
  let reviewer: Person;
  let negotiator: Person;
  let platformAdmin: Person;
  let pentest: Record<string, any>;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    otherBoard = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorViewer = await signUp(app, { organisationId: vendor, roles: [Role.VIEWER] });
    otherEditor = await signUp(app, { organisationId: otherVendor, roles: [Role.VENDOR_EDITOR] });
    boardFg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    boardViewer = await signUp(app, { organisationId: board, roles: [Role.VIEWER] });
    boardProcurement = await signUp(app, { organisationId: board, roles: [Role.PROCUREMENT] });
    otherBoardFg = await signUp(app, { organisationId: otherBoard, roles: [Role.PRIVACY_OFFICER] });
    reviewer = await signUp(app, { organisationId: sectorBody, roles: [Role.REVIEWER] });
    negotiator = await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    pentest = await createAttestation(app, editor.token, {
      vendorId: vendor,
      type: 'PENTEST',
      visibility: 'RESTRICTED',
    });
  });
  afterAll(() => app.close());

  const documentFor = async (who: Person, id = pentest.id) =>
    (await app.graphql(DOCUMENT, { id }, { token: who.token })).data?.attestation?.document ?? null;
  const bytesStatus = async (who: Person, fileId = pentest.document.id) =>
    (await download(app, `/api/files/${fileId}`, who.token)).status;
  const reads = async (organisationId?: string) =>
    Number(
      (
        await ds.query(
          `SELECT count(*) AS n FROM audit_event WHERE action = 'attestation.documentRead'
             AND entity_id = $1 AND ($2::uuid IS NULL OR organisation_id = $2::uuid)`,
          [pentest.id, organisationId ?? null],
        )
      )[0].n,
    );
  /** A signed URL as the API would hand it to `who` if they could read the file. */
  const signedUrlFor = (who: Person, fileId: string) =>
    app.running.app.get(FileUrls).urlFor(fileId, { userId: who.userId } as never);

  it('gives no one outside the vendor the document without a grant: null in GraphQL, 404 by URL', async () => {
    for (const who of [boardFg, otherEditor, negotiator, platformAdmin]) {
      expect(await documentFor(who)).toBeNull();
      expect(await bytesStatus(who)).toBe(404);
      expect((await download(app, signedUrlFor(who, pentest.document.id))).status).toBe(404);
    }
    expect(await reads()).toBe(0);
  });

  it('lets sector body REVIEWERs read it to verify, auditing each read', async () => {
    const before = await reads(sectorBody);
    const doc = await documentFor(reviewer);
    expect(doc.sha256).toBe(pentest.documentSha256);
    const res = await download(app, doc.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(fixture('tiny.pdf'))).toBe(true);
    expect(await bytesStatus(reviewer)).toBe(200);
    expect(await reads(sectorBody)).toBe(before + 2);
    const [event] = await ds.query(
      `SELECT actor_id, party_ids, after FROM audit_event WHERE action = 'attestation.documentRead'
        AND organisation_id = $1 ORDER BY seq DESC LIMIT 1`,
      [sectorBody],
    );
    expect(event.actor_id).toBe(reviewer.userId);
    expect([...event.party_ids].sort()).toEqual([vendor, sectorBody].sort());
    expect(event.after).toMatchObject({ via: 'reviewer', sha256: pentest.documentSha256 });
  });

  it('lets the vendor read its own, audited as well', async () => {
    const before = await reads(vendor);
    expect(await bytesStatus(vendorViewer)).toBe(200);
    expect(await reads(vendor)).toBe(before + 1);
  });

  describe('a request, granted and revoked', () => {
    let requestId: string;

    it('is made by a board FG for the board, pending, audited', async () => {
      const res = await app.graphql(
        REQUEST,
        {
          input: {
            attestationId: pentest.id,
            organisationId: board,
            reason: 'Beoordeling DPIA leerplatform',
          },
        },
        { token: boardFg.token },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.requestAttestationAccess).toMatchObject({
        status: 'PENDING',
        reason: 'Beoordeling DPIA leerplatform',
        decidedAt: null,
        attestation: { id: pentest.id },
        requester: { id: board },
      });
      requestId = res.data!.requestAttestationAccess.id;
      const [event] = await ds.query(
        `SELECT organisation_id, party_ids FROM audit_event WHERE action = 'attestation.accessRequested' AND entity_id = $1`,
        [requestId],
      );
      expect(event.organisation_id).toBe(board);
      expect([...event.party_ids].sort()).toEqual([vendor, board].sort());
    });

    it('is not made twice while open', async () => {
      const again = await app.graphql(
        REQUEST,
        { input: { attestationId: pentest.id, organisationId: board, reason: 'Nogmaals' } },
        { token: boardFg.token },
      );
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
    });

    it('is seen by the vendor and the requester only (and the platform admin)', async () => {
      const seen = async (who: Person) =>
        (
          await app.graphql(REQUESTS, { attestationId: pentest.id }, { token: who.token })
        ).data?.attestationAccessRequests.edges.map((e: any) => e.node.id);
      expect(await seen(editor)).toEqual([requestId]);
      expect(await seen(vendorViewer)).toEqual([requestId]);
      expect(await seen(boardViewer)).toEqual([requestId]);
      expect(await seen(platformAdmin)).toEqual([requestId]);
      expect(await seen(otherEditor)).toEqual([]);
      expect(await seen(otherBoardFg)).toEqual([]);
      expect(await seen(reviewer)).toEqual([]);
    });

    it('cannot be decided by another vendor (NOT_FOUND), the requester or a vendor VIEWER (FORBIDDEN)', async () => {
      // Another board holds no role that decides anything: refused before any lookup.
      const decide = (who: Person) =>
        app.graphql(DECIDE, { input: { requestId, grant: true } }, { token: who.token });
      expect((await decide(otherEditor)).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await decide(otherBoardFg)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await decide(boardFg)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await decide(vendorViewer)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      const [row] = await ds.query('SELECT status FROM attestation_access_request WHERE id = $1', [
        requestId,
      ]);
      expect(row.status).toBe('PENDING');
      expect(await documentFor(boardFg)).toBeNull();
    });

    it('once granted, lets every member of the board read the document at once, each read audited', async () => {
      const res = await app.graphql(
        DECIDE,
        { input: { requestId, grant: true } },
        { token: editor.token },
      );
      expect(res.data?.decideAttestationAccess).toMatchObject({
        status: 'GRANTED',
        decidedAt: expect.any(String),
      });
      const before = await reads(board);
      const doc = await documentFor(boardFg);
      expect(doc).not.toBeNull();
      expect((await download(app, doc.url)).status).toBe(200);
      expect(await bytesStatus(boardViewer)).toBe(200);
      expect(await reads(board)).toBe(before + 2);
      // Other boards still see nothing.
      expect(await documentFor(otherBoardFg)).toBeNull();
      expect(await bytesStatus(otherBoardFg)).toBe(404);
      const granted = await ds.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'attestation.accessGranted' AND entity_id = $1`,
        [requestId],
      );
      expect(granted[0].n).toBe(1);
    });

    it('cannot be decided again', async () => {
      const res = await app.graphql(
        DECIDE,
        { input: { requestId, grant: false } },
        { token: editor.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
    });

    it('once revoked, closes the document at once, URLs already handed out included', async () => {
      const handedOut = (await documentFor(boardFg)).url;
      expect(
        (await app.graphql(REVOKE, { id: requestId }, { token: otherEditor.token })).errors?.[0]
          .extensions.code,
      ).toBe('NOT_FOUND');
      expect(
        (await app.graphql(REVOKE, { id: requestId }, { token: boardFg.token })).errors?.[0]
          .extensions.code,
      ).toBe('FORBIDDEN');
      const res = await app.graphql(REVOKE, { id: requestId }, { token: editor.token });
      expect(res.data?.revokeAttestationAccess).toMatchObject({
        status: 'REVOKED',
        revokedAt: expect.any(String),
      });
      expect(await documentFor(boardFg)).toBeNull();
      expect((await download(app, handedOut)).status).toBe(404);
      expect(await bytesStatus(boardViewer)).toBe(404);
      const again = await app.graphql(REVOKE, { id: requestId }, { token: editor.token });
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      const revoked = await ds.query(
        `SELECT before, after FROM audit_event WHERE action = 'attestation.accessRevoked' AND entity_id = $1`,
        [requestId],
      );
      expect(revoked).toEqual([
        {
          before: expect.objectContaining({ status: 'GRANTED' }),
          after: expect.objectContaining({ status: 'REVOKED' }),
        },
      ]);
    });

    it('may be asked again after a revocation, and denied', async () => {
      const res = await app.graphql(
        REQUEST,
        { input: { attestationId: pentest.id, organisationId: board, reason: 'Opnieuw' } },
        { token: boardFg.token },
      );
      const id = res.data!.requestAttestationAccess.id;
      const denied = await app.graphql(
        DECIDE,
        { input: { requestId: id, grant: false } },
        { token: editor.token },
      );
      expect(denied.data?.decideAttestationAccess.status).toBe('DENIED');
      expect(await documentFor(boardFg)).toBeNull();
      const list = await app.graphql(
        REQUESTS,
        { attestationId: pentest.id, status: 'DENIED' },
        { token: editor.token },
      );
      expect(list.data?.attestationAccessRequests.edges.map((e: any) => e.node.id)).toEqual([id]);
    });
  });

  describe('who may ask', () => {
    const ask = (who: Person, organisationId: string, attestationId = pentest.id) =>
      app.graphql(
        REQUEST,
        { input: { attestationId, organisationId, reason: 'Waarom niet' } },
        { token: who.token },
      );

    it('refuses other roles and organisations the caller does not belong to, writing nothing', async () => {
      const before = Number(
        (await ds.query('SELECT count(*) AS n FROM attestation_access_request'))[0].n,
      );
      expect((await ask(editor, vendor)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await ask(boardProcurement, board)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await ask(negotiator, sectorBody)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await ask(boardFg, otherBoard)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect((await ask(platformAdmin, board)).errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(
        Number((await ds.query('SELECT count(*) AS n FROM attestation_access_request'))[0].n),
      ).toBe(before);
    });

    it('lets a sector body reviewer ask too', async () => {
      const res = await ask(reviewer, sectorBody);
      expect(res.data?.requestAttestationAccess.status).toBe('PENDING');
    });

    it('refuses a request for a document that is not restricted, and for none', async () => {
      const open = await createAttestation(app, editor.token, {
        vendorId: vendor,
        visibility: 'PUBLIC',
      });
      const res = await ask(otherBoardFg, otherBoard, open.id);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.attestationId' }],
      });
      const none = await ask(otherBoardFg, otherBoard, '00000000-0000-4000-8000-000000000000');
      expect(none.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const blank = await app.graphql(
        REQUEST,
        { input: { attestationId: pentest.id, organisationId: otherBoard, reason: '   ' } },
        { token: otherBoardFg.token },
      );
      expect(blank.errors?.[0].extensions.fields?.[0].field).toBe('input.reason');
    });
  });

  describe('documents of other visibilities', () => {
    it('serves PUBLIC documents to everyone and SECTOR ones not to other vendors, without auditing reads', async () => {
      const pub = await createAttestation(app, editor.token, {
        vendorId: vendor,
        visibility: 'PUBLIC',
      });
      const sector = await createAttestation(app, editor.token, {
        vendorId: vendor,
        visibility: 'SECTOR',
      });
      expect(await bytesStatus(otherEditor, pub.document.id)).toBe(200);
      expect(await bytesStatus(otherEditor, sector.document.id)).toBe(404);
      expect(await bytesStatus(boardViewer, sector.document.id)).toBe(200);
      expect(await bytesStatus(platformAdmin, sector.document.id)).toBe(200);
      const audited = await ds.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'attestation.documentRead' AND entity_id = ANY($1::uuid[])`,
        [[pub.id, sector.id]],
      );
      expect(audited[0].n).toBe(0);
    });
  });

  it('pages the access requests newest first', async () => {
    const a = await createAttestation(app, editor.token, {
      vendorId: vendor,
      visibility: 'RESTRICTED',
      type: 'SOC2_TYPE2',
    });
    const ids: string[] = [];
    for (const who of [boardFg, otherBoardFg, reviewer]) {
      const org = who === boardFg ? board : who === otherBoardFg ? otherBoard : sectorBody;
      const res = await app.graphql(
        REQUEST,
        { input: { attestationId: a.id, organisationId: org, reason: 'Lijst' } },
        { token: who.token },
      );
      ids.push(res.data!.requestAttestationAccess.id);
    }
    const first = await app.graphql(
      REQUESTS,
      { attestationId: a.id, first: 2 },
      { token: editor.token },
    );
    const rest = await app.graphql(
      REQUESTS,
      {
        attestationId: a.id,
        first: 2,
        after: first.data?.attestationAccessRequests.pageInfo.endCursor,
      },
      { token: editor.token },
    );
    expect(first.data?.attestationAccessRequests.totalCount).toBe(3);
    expect(
      [
        ...first.data!.attestationAccessRequests.edges,
        ...rest.data!.attestationAccessRequests.edges,
      ].map((e: any) => e.node.id),
    ).toEqual([...ids].reverse());
    expect(rest.data?.attestationAccessRequests.pageInfo.hasNextPage).toBe(false);
  });
});
