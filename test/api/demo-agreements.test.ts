import { DataSource } from 'typeorm';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { expectedContentSha256, AGREEMENT_FIELDS } from '../support/agreements';
import { download } from '../support/files';
import { startTestApp, type TestApp, DEMO_START_MS } from '../support/test-app';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test data is read loosely

const AGREEMENTS = `query ($filter: AgreementFilter) {
  agreements(filter: $filter, first: 10) { totalCount edges { node { ${AGREEMENT_FIELDS} } } }
}`;

describe('demo agreements', () => {
  let app: TestApp;
  let ds: DataSource;
  const tokenOf = async (email: string) => {
    const [user] = await ds.query('SELECT id FROM app_user WHERE email = $1', [email]);
    return (await app.running.app.get(AccessTokensService).issue(user.id)).accessToken;
  };

  beforeAll(async () => {
    app = await startTestApp({ fresh: true, env: { REGIE_DEMO: '1' } });
    ds = app.running.app.get(DataSource);
  }, DEMO_START_MS);
  afterAll(() => app.close());

  it('gives each demo board agreements in several states, signed over their content', async () => {
    for (const board of ['rivierenland', 'zuidwest', 'horizon']) {
      const token = await tokenOf(`fg@${board}.example.nl`);
      const res = await app.graphql(AGREEMENTS, {}, { token });
      expect(res.errors).toBeUndefined();
      const list: Data[] = res.data!.agreements.edges.map((e: Data) => e.node);
      // Only the board's own.
      expect(new Set(list.map((a) => a.board.id)).size).toBe(1);
      const statuses = new Set(list.map((a) => a.status));
      for (const s of ['DRAFT', 'IN_REVIEW', 'ACTIVE', 'EXPIRED']) expect(statuses).toContain(s);
      const inForce = list.filter((a) => a.inForce);
      // An agreement in force with each of the four vendors.
      expect(new Set(inForce.map((a) => a.vendor.id)).size).toBe(4);
      const withDeviations = list.find((a) => a.status === 'IN_REVIEW')!;
      expect(withDeviations.deviations.map((d: Data) => d.assessment)).toContain(null);
      const fromOffer = list.find((a) => a.source === 'GENERAL_OFFER')!;
      expect(fromOffer).toMatchObject({ status: 'ACTIVE', inForce: true });
      expect(fromOffer.documents).toHaveLength(1);
      const pdf = Buffer.from(
        await (await download(app, fromOffer.documents[0].url)).arrayBuffer(),
      );
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Both parties sign a direct agreement; an offer's or a deal's carries the board's
      // signature alone, over content that names the vendor's signature on the offer or deal.
      for (const a of list.filter((a) => a.signatures.length > 0)) {
        expect(a.signatures.map((s: Data) => s.party)).toEqual(
          a.source === 'DIRECT' ? ['BOARD', 'VENDOR'] : ['BOARD'],
        );
        for (const s of a.signatures) expect(s.documentSha256).toBe(expectedContentSha256(a));
      }
      expect(fromOffer.generalOffer.vendorSignature).toMatchObject({
        party: 'VENDOR',
        signedBy: { name: expect.any(String) },
        documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const expiring = await app.graphql(
        AGREEMENTS,
        { filter: { expiringWithinDays: 60 } },
        { token },
      );
      expect(expiring.data!.agreements.totalCount).toBe(1);
      const draft = list.find((a) => a.status === 'DRAFT')!;
      expect(draft.supersedes).toMatchObject({ status: 'ACTIVE' });
    }
  });
});
