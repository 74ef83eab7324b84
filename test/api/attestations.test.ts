import { addDays, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AttestationLoaders } from '../../apps/api/src/attestations/attestation.loaders';
import { ViewerService } from '../../apps/api/src/auth/viewer.service';
import { RequestLoaders } from '../../apps/api/src/common/loaders';
import type { RequestContext } from '../../apps/api/src/common/request-context';
import { FilesService } from '../../apps/api/src/files/files.service';
import { fixture } from '../fixtures/pdfs';
import {
  ATTESTATION_FIELDS,
  CREATE_ATTESTATION,
  createAttestation,
  createProduct,
} from '../support/attestations';
import { storedFiles, uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;

const ATTESTATION = `query ($id: ID!) { attestation(id: $id) { ${ATTESTATION_FIELDS} } }`;
const LIST = `query ($filter: AttestationFilter, $first: Int, $after: String) {
  attestations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id validUntil validity type verification vendor { id } } }
  }
}`;
const ORGANISATION = `query ($id: ID!) { organisation(id: $id) { id attestations { id visibility } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAttestationInput!) {
  updateAttestation(id: $id, input: $input) { id visibility }
}`;
const VERIFY = `mutation ($input: VerifyAttestationInput!) {
  verifyAttestation(input: $input) { id verification verificationNote }
}`;

describe('attestations', () => {
  let app: TestApp;
  let ds: DataSource;
  let vendor: string;
  let otherVendor: string;
  let board: string;
  let sectorBody: string;
  let platform: string;
  let editor: Person;
  let vendorAdmin: Person;
  let vendorViewer: Person;
  let otherEditor: Person;
  let boardFg: Person;
  let reviewer: Person;
  let negotiator: Person;
  let platformAdmin: Person;
  let product: string;
  let otherProduct: string;
  const today = amsterdamDate();

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    vendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwijs' });
    otherVendor = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Ander' });
    board = await createOrganisation(app, { kind: OrganisationKind.BOARD });
    sectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    editor = await signUp(app, { organisationId: vendor, roles: [Role.VENDOR_EDITOR] });
    vendorAdmin = await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] });
    vendorViewer = await signUp(app, { organisationId: vendor, roles: [Role.VIEWER] });
    otherEditor = await signUp(app, { organisationId: otherVendor, roles: [Role.VENDOR_EDITOR] });
    boardFg = await signUp(app, { organisationId: board, roles: [Role.PRIVACY_OFFICER] });
    reviewer = await signUp(app, { organisationId: sectorBody, roles: [Role.REVIEWER] });
    negotiator = await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    product = await createProduct(app, vendor);
    otherProduct = await createProduct(app, otherVendor);
  });
  afterAll(() => app.close());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await ds.query(`SELECT count(*) AS n FROM ${sql}`, params))[0].n);

  /** A full input for createAttestation with a new upload. */
  async function input(overrides: Record<string, unknown> = {}, token = editor.token) {
    const file = await uploadPdf(app, token, fixture('tiny.pdf'));
    return {
      vendorId: vendor,
      type: 'ISO27001',
      issuer: 'Certificeringsinstelling Voorbeeld B.V.',
      scope: 'Ontwikkeling en beheer van het leerplatform.',
      issuedOn: addDays(today, -30),
      validUntil: addDays(today, 700),
      visibility: 'PUBLIC',
      productIds: [product],
      documentFileId: file.id,
      ...overrides,
    };
  }

  describe('createAttestation', () => {
    it("records a vendor's attestation with the uploaded PDF, linked so that the sweep keeps it", async () => {
      const vars = await input();
      const res = await app.graphql(CREATE_ATTESTATION, { input: vars }, { token: editor.token });
      expect(res.errors).toBeUndefined();
      const a = res.data!.createAttestation;
      const pdf = fixture('tiny.pdf');
      expect(a).toMatchObject({
        type: 'ISO27001',
        issuedOn: vars.issuedOn,
        validUntil: vars.validUntil,
        visibility: 'PUBLIC',
        validity: 'VALID',
        verification: 'UNVERIFIED',
        verificationNote: null,
        vendor: { id: vendor, name: 'Leerwijs' },
        documentSha256: a.document.sha256,
        document: { id: vars.documentFileId, mediaType: 'application/pdf', size: pdf.length },
        supersedes: null,
      });
      const [event] = await ds.query(
        `SELECT organisation_id, party_ids, after FROM audit_event WHERE action = 'attestation.created' AND entity_id = $1`,
        [a.id],
      );
      expect(event.organisation_id).toBe(vendor);
      expect(event.after).toMatchObject({ type: 'ISO27001', productIds: [product] });

      await ds.query(
        `UPDATE stored_file SET created_at = now() - interval '3 days' WHERE id = $1`,
        [vars.documentFileId],
      );
      await app.running.app.get(FilesService).sweep();
      expect(await count('stored_file WHERE id = $1', [vars.documentFileId])).toBe(1);
      expect(await storedFiles(app)).toContain(
        `${vars.documentFileId.slice(0, 2)}/${vars.documentFileId}`,
      );
    });

    it('lets the vendor ADMIN create one too, but not its VIEWER', async () => {
      const byAdmin = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({}, vendorAdmin.token) },
        { token: vendorAdmin.token },
      );
      expect(byAdmin.errors).toBeUndefined();
      const vars = await input();
      const byViewer = await app.graphql(
        CREATE_ATTESTATION,
        { input: vars },
        { token: vendorViewer.token },
      );
      expect(byViewer.errors?.[0].extensions.code).toBe('FORBIDDEN');
    });

    it('refuses validUntil before issuedOn, naming the field, and changes nothing', async () => {
      const before = await count('attestation');
      const vars = await input({ issuedOn: addDays(today, 10), validUntil: addDays(today, 9) });
      const res = await app.graphql(CREATE_ATTESTATION, { input: vars }, { token: editor.token });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.validUntil', message: expect.any(String) }],
      });
      expect(await count('attestation')).toBe(before);
      expect(
        await count('stored_file WHERE id = $1 AND link_kind IS NULL', [vars.documentFileId]),
      ).toBe(1);
    });

    it('refuses a blank issuer or scope and a date that is not a date', async () => {
      const blank = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ issuer: '  ', scope: '' }) },
        { token: editor.token },
      );
      expect(blank.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual([
        'input.issuer',
        'input.scope',
      ]);
      const badDate = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ validUntil: '2026-02-30' }) },
        { token: editor.token },
      );
      expect(badDate.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('acts only for a vendor the caller edits: FORBIDDEN for another vendor, nothing changed', async () => {
      const before = await count('attestation');
      const vars = await input({ vendorId: otherVendor }, editor.token);
      const res = await app.graphql(CREATE_ATTESTATION, { input: vars }, { token: editor.token });
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(await count('attestation')).toBe(before);
    });

    it("refuses another organisation's file as NOT_FOUND, and changes nothing", async () => {
      const theirs = await uploadPdf(app, otherEditor.token, fixture('tiny.pdf'));
      const before = await count('attestation');
      const res = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ documentFileId: theirs.id }) },
        { token: editor.token },
      );
      expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(await count('attestation')).toBe(before);
      expect(await count('stored_file WHERE id = $1 AND link_kind IS NULL', [theirs.id])).toBe(1);
    });

    it('refuses a file that is already part of another attestation', async () => {
      const first = await createAttestation(app, editor.token, { vendorId: vendor });
      const res = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ documentFileId: first.document.id }) },
        { token: editor.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.documentFileId' }],
      });
    });

    it("refuses another vendor's product, naming it, and an unknown one as NOT_FOUND", async () => {
      const before = await count('attestation');
      const vars = await input({ productIds: [product, otherProduct] });
      const res = await app.graphql(CREATE_ATTESTATION, { input: vars }, { token: editor.token });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.productIds.1' }],
      });
      const unknown = await app.graphql(
        CREATE_ATTESTATION,
        { input: { ...vars, productIds: ['00000000-0000-4000-8000-000000000000'] } },
        { token: editor.token },
      );
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(await count('attestation')).toBe(before);
      expect(
        await count('stored_file WHERE id = $1 AND link_kind IS NULL', [vars.documentFileId]),
      ).toBe(1);
    });

    it('records a renewal that names the attestation it supersedes, of the same vendor and type, once', async () => {
      const old = await createAttestation(app, editor.token, { vendorId: vendor, type: 'NEN7510' });
      const renewal = await createAttestation(app, editor.token, {
        vendorId: vendor,
        type: 'NEN7510',
        supersedesId: old.id,
      });
      expect(renewal.supersedes).toEqual({ id: old.id });
      // The renewed one points at its renewal, and a list can leave renewed ones out.
      const RENEWALS = `query ($id: ID!, $filter: AttestationFilter) {
        attestation(id: $id) { supersededBy { id } }
        attestations(filter: $filter, first: 100) { edges { node { id } } }
      }`;
      const seen = await app.graphql(
        RENEWALS,
        { id: old.id, filter: { vendorId: vendor, type: 'NEN7510', renewed: false } },
        { token: boardFg.token },
      );
      expect(seen.data!.attestation.supersededBy).toEqual({ id: renewal.id });
      const current = seen.data!.attestations.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(current).toContain(renewal.id);
      expect(current).not.toContain(old.id);
      const renewedOnly = await app.graphql(
        RENEWALS,
        { id: renewal.id, filter: { vendorId: vendor, type: 'NEN7510', renewed: true } },
        { token: boardFg.token },
      );
      expect(renewedOnly.data!.attestation.supersededBy).toBeNull();
      expect(renewedOnly.data!.attestations.edges).toEqual([{ node: { id: old.id } }]);

      const again = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ type: 'NEN7510', supersedesId: old.id }) },
        { token: editor.token },
      );
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALREADY_EXISTS',
      });
      const otherType = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ type: 'ISO27001', supersedesId: renewal.id }) },
        { token: editor.token },
      );
      expect(otherType.errors?.[0].extensions.fields?.[0].field).toBe('input.supersedesId');

      const theirs = await createAttestation(app, otherEditor.token, {
        vendorId: otherVendor,
        type: 'NEN7510',
      });
      const foreign = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ type: 'NEN7510', supersedesId: theirs.id }) },
        { token: editor.token },
      );
      expect(foreign.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.supersedesId' }],
      });
      const theirsSector = await createAttestation(app, otherEditor.token, {
        vendorId: otherVendor,
        type: 'NEN7510',
        visibility: 'SECTOR',
      });
      const unseen = await app.graphql(
        CREATE_ATTESTATION,
        { input: await input({ type: 'NEN7510', supersedesId: theirsSector.id }) },
        { token: editor.token },
      );
      expect(unseen.errors?.[0].extensions.code).toBe('NOT_FOUND');

      // A renewal the caller may not see is not named: another vendor does not see SECTOR ones.
      const renewedForSector = await createAttestation(app, otherEditor.token, {
        vendorId: otherVendor,
        type: 'NEN7510',
        supersedesId: theirs.id,
        visibility: 'SECTOR',
      });
      const RENEWED_BY = 'query ($id: ID!) { attestation(id: $id) { supersededBy { id } } }';
      const competitor = await app.graphql(RENEWED_BY, { id: theirs.id }, { token: editor.token });
      expect(competitor.data!.attestation.supersededBy).toBeNull();
      const board = await app.graphql(RENEWED_BY, { id: theirs.id }, { token: boardFg.token });
      expect(board.data!.attestation.supersededBy).toEqual({ id: renewedForSector.id });
    });
  });

  describe('validity', () => {
    it('is derived from validUntil and today in Amsterdam: EXPIRING within 90 days, EXPIRED after', async () => {
      const expiring = await createAttestation(app, editor.token, {
        vendorId: vendor,
        validUntil: addDays(today, 90),
      });
      const lastDay = await createAttestation(app, editor.token, {
        vendorId: vendor,
        validUntil: today,
      });
      const expired = await createAttestation(app, editor.token, {
        vendorId: vendor,
        issuedOn: addDays(today, -800),
        validUntil: addDays(today, -1),
      });
      const valid = await createAttestation(app, editor.token, {
        vendorId: vendor,
        validUntil: addDays(today, 91),
      });
      expect([expiring.validity, lastDay.validity, expired.validity, valid.validity]).toEqual([
        'EXPIRING',
        'EXPIRING',
        'EXPIRED',
        'VALID',
      ]);
    });
  });

  describe('visibility of attestations', () => {
    let pub: Record<string, any>;
    let sector: Record<string, any>;
    let restricted: Record<string, any>;

    beforeAll(async () => {
      const v = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Zichtbaar' });
      const e = await signUp(app, { organisationId: v, roles: [Role.VENDOR_EDITOR] });
      pub = await createAttestation(app, e.token, { vendorId: v, visibility: 'PUBLIC' });
      sector = await createAttestation(app, e.token, {
        vendorId: v,
        visibility: 'SECTOR',
        type: 'SOC2_TYPE2',
      });
      restricted = await createAttestation(app, e.token, {
        vendorId: v,
        visibility: 'RESTRICTED',
        type: 'PENTEST',
      });
      pub.vendorToken = e.token;
    });

    it('shows SECTOR attestations to boards, sector bodies and the platform admin, not to other vendors', async () => {
      for (const who of [boardFg, reviewer, negotiator, platformAdmin]) {
        const res = await app.graphql(ATTESTATION, { id: sector.id }, { token: who.token });
        expect(res.data?.attestation?.id).toBe(sector.id);
      }
      const res = await app.graphql(ATTESTATION, { id: sector.id }, { token: otherEditor.token });
      expect(res.data?.attestation).toBeNull();
      const org = await app.graphql(
        ORGANISATION,
        { id: sector.vendor.id },
        { token: otherEditor.token },
      );
      expect(org.data?.organisation.attestations.map((a: any) => a.id).sort()).toEqual(
        [pub.id, restricted.id].sort(),
      );
      const list = await app.graphql(
        LIST,
        { filter: { vendorId: sector.vendor.id } },
        { token: otherEditor.token },
      );
      expect(list.data?.attestations.totalCount).toBe(2);
    });

    it("shows a RESTRICTED attestation's metadata to everyone but its document to none of them", async () => {
      for (const who of [otherEditor, boardFg, negotiator, platformAdmin]) {
        const res = await app.graphql(ATTESTATION, { id: restricted.id }, { token: who.token });
        expect(res.data?.attestation).toMatchObject({
          id: restricted.id,
          documentSha256: restricted.documentSha256,
          document: null,
        });
      }
    });

    it('gives PUBLIC documents to every signed-in user, SECTOR ones to boards and sector bodies', async () => {
      const p = await app.graphql(ATTESTATION, { id: pub.id }, { token: otherEditor.token });
      expect(p.data?.attestation.document.sha256).toBe(pub.documentSha256);
      const s = await app.graphql(ATTESTATION, { id: sector.id }, { token: boardFg.token });
      expect(s.data?.attestation.document.sha256).toBe(sector.documentSha256);
    });

    it('lists every vendor attestation on the organisation, in one request for many vendors', async () => {
      const res = await app.graphql(
        `query { organisations(kind: VENDOR) { edges { node { id attestations { id } } } } }`,
        {},
        { token: boardFg.token },
      );
      const node = res.data!.organisations.edges.find(
        (e: any) => e.node.id === sector.vendor.id,
      ).node;
      expect(node.attestations.map((a: any) => a.id).sort()).toEqual(
        [pub.id, sector.id, restricted.id].sort(),
      );
      const nonVendor = await app.graphql(ORGANISATION, { id: board }, { token: boardFg.token });
      expect(nonVendor.data?.organisation.attestations).toEqual([]);
    });
  });

  describe('attestations(filter)', () => {
    let v: string;
    let e: Person;
    const made: Record<string, any>[] = [];

    beforeAll(async () => {
      v = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Gefilterd' });
      e = await signUp(app, { organisationId: v, roles: [Role.VENDOR_EDITOR] });
      const specs = [
        { type: 'ISO27001', validUntil: addDays(today, 400) },
        { type: 'ISO27001', validUntil: addDays(today, 30) },
        { type: 'PENTEST', validUntil: addDays(today, 60), visibility: 'RESTRICTED' as const },
        { type: 'SOC2_TYPE2', validUntil: addDays(today, -5), issuedOn: addDays(today, -400) },
        { type: 'ISO27701', validUntil: addDays(today, 200), visibility: 'SECTOR' as const },
      ];
      for (const spec of specs)
        made.push(await createAttestation(app, e.token, { vendorId: v, ...spec }));
      await app.graphql(
        VERIFY,
        { input: { attestationId: made[0].id, status: 'VERIFIED' } },
        { token: reviewer.token },
      );
    });

    const ids = (res: any) => res.data.attestations.edges.map((x: any) => x.node.id);

    it('filters by vendor, type, validity and verification, soonest end first', async () => {
      const all = await app.graphql(LIST, { filter: { vendorId: v } }, { token: boardFg.token });
      expect(ids(all)).toEqual([made[3], made[1], made[2], made[4], made[0]].map((a) => a.id));
      const byType = await app.graphql(
        LIST,
        { filter: { vendorId: v, type: 'ISO27001' } },
        { token: boardFg.token },
      );
      expect(ids(byType)).toEqual([made[1].id, made[0].id]);
      const expiring = await app.graphql(
        LIST,
        { filter: { vendorId: v, validity: 'EXPIRING' } },
        { token: boardFg.token },
      );
      expect(ids(expiring)).toEqual([made[1].id, made[2].id]);
      const expired = await app.graphql(
        LIST,
        { filter: { vendorId: v, validity: 'EXPIRED' } },
        { token: boardFg.token },
      );
      expect(ids(expired)).toEqual([made[3].id]);
      const valid = await app.graphql(
        LIST,
        { filter: { vendorId: v, validity: 'VALID' } },
        { token: boardFg.token },
      );
      expect(ids(valid)).toEqual([made[4].id, made[0].id]);
      const verified = await app.graphql(
        LIST,
        { filter: { vendorId: v, verification: 'VERIFIED' } },
        { token: boardFg.token },
      );
      expect(ids(verified)).toEqual([made[0].id]);
      expect(verified.data?.attestations.totalCount).toBe(1);
    });

    it('pages with cursors, and leaves out what the caller may not see', async () => {
      const first = await app.graphql(
        LIST,
        { filter: { vendorId: v }, first: 2 },
        { token: otherEditor.token },
      );
      expect(first.data?.attestations.totalCount).toBe(4); // not the SECTOR one
      expect(first.data?.attestations.pageInfo.hasNextPage).toBe(true);
      const second = await app.graphql(
        LIST,
        { filter: { vendorId: v }, first: 2, after: first.data?.attestations.pageInfo.endCursor },
        { token: otherEditor.token },
      );
      const third = await app.graphql(
        LIST,
        { filter: { vendorId: v }, first: 2, after: second.data?.attestations.pageInfo.endCursor },
        { token: otherEditor.token },
      );
      expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(
        [made[3], made[1], made[2], made[0]].map((a) => a.id),
      );
      expect(third.data?.attestations.pageInfo.hasNextPage).toBe(false);
      const tooMany = await app.graphql(LIST, { first: 101 }, { token: boardFg.token });
      expect(tooMany.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      const badCursor = await app.graphql(LIST, { after: 'nonsense' }, { token: boardFg.token });
      expect(badCursor.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('updateAttestation', () => {
    it('lets the vendor change visibility and products, audited with before and after', async () => {
      const a = await createAttestation(app, editor.token, {
        vendorId: vendor,
        productIds: [product],
      });
      const res = await app.graphql(
        UPDATE,
        { id: a.id, input: { visibility: 'SECTOR', productIds: [] } },
        { token: editor.token },
      );
      expect(res.data?.updateAttestation).toEqual({ id: a.id, visibility: 'SECTOR' });
      const [event] = await ds.query(
        `SELECT before, after FROM audit_event WHERE action = 'attestation.updated' AND entity_id = $1`,
        [a.id],
      );
      expect(event.before).toMatchObject({ visibility: 'PUBLIC', productIds: [product] });
      expect(event.after).toMatchObject({ visibility: 'SECTOR', productIds: [] });
    });

    it("refuses a vendor editing another vendor's attestation: FORBIDDEN when visible, NOT_FOUND when not, nothing changed", async () => {
      const publicOne = await createAttestation(app, editor.token, { vendorId: vendor });
      const sectorOne = await createAttestation(app, editor.token, {
        vendorId: vendor,
        visibility: 'SECTOR',
      });
      const events = await count(`audit_event WHERE action = 'attestation.updated'`);
      const visible = await app.graphql(
        UPDATE,
        { id: publicOne.id, input: { visibility: 'RESTRICTED' } },
        { token: otherEditor.token },
      );
      expect(visible.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const hidden = await app.graphql(
        UPDATE,
        { id: sectorOne.id, input: { visibility: 'PUBLIC' } },
        { token: otherEditor.token },
      );
      expect(hidden.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const byBoard = await app.graphql(
        UPDATE,
        { id: publicOne.id, input: { visibility: 'RESTRICTED' } },
        { token: boardFg.token },
      );
      expect(byBoard.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const still = await ds.query(
        'SELECT visibility FROM attestation WHERE id = ANY($1::uuid[]) ORDER BY visibility',
        [[publicOne.id, sectorOne.id]],
      );
      expect(still).toEqual([{ visibility: 'PUBLIC' }, { visibility: 'SECTOR' }]);
      expect(await count(`audit_event WHERE action = 'attestation.updated'`)).toBe(events);
    });
  });

  describe('verifyAttestation', () => {
    it("records a sector body reviewer's verdict with a note, audited for the sector body", async () => {
      const a = await createAttestation(app, editor.token, {
        vendorId: vendor,
        visibility: 'RESTRICTED',
        type: 'PENTEST',
      });
      const res = await app.graphql(
        VERIFY,
        { input: { attestationId: a.id, status: 'REJECTED', note: 'Scope dekt de app niet.' } },
        { token: reviewer.token },
      );
      expect(res.data?.verifyAttestation).toEqual({
        id: a.id,
        verification: 'REJECTED',
        verificationNote: 'Scope dekt de app niet.',
      });
      const [event] = await ds.query(
        `SELECT organisation_id, party_ids FROM audit_event WHERE action = 'attestation.rejected' AND entity_id = $1`,
        [a.id],
      );
      expect(event.organisation_id).toBe(sectorBody);
      expect([...event.party_ids].sort()).toEqual([vendor, sectorBody].sort());
    });

    it('needs a verdict, and a note to reject', async () => {
      const a = await createAttestation(app, editor.token, { vendorId: vendor });
      const none = await app.graphql(
        VERIFY,
        { input: { attestationId: a.id, status: 'UNVERIFIED' } },
        { token: reviewer.token },
      );
      expect(none.errors?.[0].extensions.fields?.[0].field).toBe('input.status');
      const noNote = await app.graphql(
        VERIFY,
        { input: { attestationId: a.id, status: 'REJECTED', note: ' ' } },
        { token: reviewer.token },
      );
      expect(noNote.errors?.[0].extensions.fields?.[0].field).toBe('input.note');
    });

    it('is for sector body reviewers only: not the vendor, a negotiator, a board or the platform admin', async () => {
      const a = await createAttestation(app, editor.token, { vendorId: vendor });
      for (const who of [editor, negotiator, boardFg, platformAdmin]) {
        const res = await app.graphql(
          VERIFY,
          { input: { attestationId: a.id, status: 'VERIFIED' } },
          { token: who.token },
        );
        expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
      const unknown = await app.graphql(
        VERIFY,
        { input: { attestationId: '00000000-0000-4000-8000-000000000000', status: 'VERIFIED' } },
        { token: reviewer.token },
      );
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(await count(`attestation WHERE id = $1 AND verification = 'UNVERIFIED'`, [a.id])).toBe(
        1,
      );
    });
  });

  it("gives Product.attestations' loader a product's visible attestations, many products at once", async () => {
    const v = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    const e = await signUp(app, { organisationId: v, roles: [Role.VENDOR_EDITOR] });
    const [p1, p2, p3] = [
      await createProduct(app, v),
      await createProduct(app, v),
      await createProduct(app, v),
    ];
    const both = await createAttestation(app, e.token, { vendorId: v, productIds: [p1, p2] });
    const sector = await createAttestation(app, e.token, {
      vendorId: v,
      productIds: [p1],
      visibility: 'SECTOR',
      type: 'ISO27701',
    });
    const loaders = app.running.app.get(AttestationLoaders);
    // A request's context as the auth guard leaves it: the viewer, and its loaders.
    const requestOf = async (who: Person) => {
      const viewer = (await app.running.app.get(ViewerService).forUser(who.userId))!;
      return { viewer, loaders: new RequestLoaders(() => viewer) } as unknown as RequestContext;
    };
    const asBoard = await requestOf(boardFg);
    const [l1, l2, l3] = await Promise.all(
      [p1, p2, p3].map((p) => loaders.byProduct(asBoard).load(p)),
    );
    expect(l1.map((a) => a.id).sort()).toEqual([both.id, sector.id].sort());
    expect(l2.map((a) => a.id)).toEqual([both.id]);
    expect(l3).toEqual([]);
    expect(l1.find((a) => a.id === both.id)?.validity).toBe('VALID');
    const asOtherVendor = await requestOf(otherEditor);
    expect((await loaders.byProduct(asOtherVendor).load(p1)).map((a) => a.id)).toEqual([both.id]);
    expect((await loaders.productIds(asBoard).load(both.id)).sort()).toEqual([p1, p2].sort());
  });

  it('refuses API tokens on every attestation mutation', async () => {
    const admin = await signUp(app, { organisationId: vendor, roles: [Role.ADMIN] });
    const created = await app.graphql(
      'mutation ($o: ID!) { createApiToken(input: { organisationId: $o, name: "ci" }) { token } }',
      { o: vendor },
      { token: admin.token },
    );
    const token = created.data!.createApiToken.token;
    const res = await app.graphql(CREATE_ATTESTATION, { input: await input() }, { token });
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const list = await app.graphql(LIST, { filter: { vendorId: vendor } }, { token });
    expect(list.data?.attestations.totalCount).toBeGreaterThan(0);
  });
});
