import { DataSource } from 'typeorm';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { download } from '../support/files';
import { startTestApp, type TestApp, DEMO_START_MS } from '../support/test-app';

const VENDORS = `{
  organisations(kind: VENDOR) { edges { node { name attestations {
    id type visibility validity verification document { url sha256 size }
  } } } }
}`;

describe('demo attestations', () => {
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

  it('gives each demo vendor attestations of several types, one EXPIRING and one RESTRICTED pentest', async () => {
    const res = await app.graphql(
      VENDORS,
      {},
      { token: await tokenOf('fg@rivierenland.example.nl') },
    );
    const vendors = res.data!.organisations.edges.map((e: any) => e.node);
    expect(vendors).toHaveLength(4);
    for (const vendor of vendors) {
      const types = new Set(vendor.attestations.map((a: any) => a.type));
      expect(types.size).toBeGreaterThanOrEqual(3);
      expect(
        vendor.attestations.filter((a: any) => a.validity === 'EXPIRING').length,
      ).toBeGreaterThanOrEqual(1);
      expect(vendor.attestations).toContainEqual(
        expect.objectContaining({ type: 'PENTEST', visibility: 'RESTRICTED' }),
      );
    }
  });

  it('comes with real PDFs, linked to the products, and a granted request to read each pentest', async () => {
    const token = await tokenOf('fg@rivierenland.example.nl');
    const res = await app.graphql(VENDORS, {}, { token });
    const leerwijs = res.data!.organisations.edges.find(
      (e: any) => e.node.name === 'Leerwijs B.V.',
    ).node;
    const pentest = leerwijs.attestations.find((a: any) => a.type === 'PENTEST');
    // Rivierenland was granted Leerwijs' pentest report.
    expect(pentest.document).not.toBeNull();
    const pdf = Buffer.from(await (await download(app, pentest.document.url)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    expect(pdf.length).toBe(pentest.document.size);

    const [grants] = await ds.query(
      `SELECT count(*)::int AS n FROM attestation_access_request r JOIN attestation a ON a.id = r.attestation_id
        WHERE a.type = 'PENTEST' AND r.status = 'GRANTED'`,
    );
    expect(grants.n).toBe(4);
    const [unlinked] = await ds.query(
      `SELECT count(*)::int AS n FROM attestation a
        WHERE NOT EXISTS (SELECT 1 FROM attestation_product p WHERE p.attestation_id = a.id)`,
    );
    expect(unlinked.n).toBe(0);
    const [loose] = await ds.query(
      `SELECT count(*)::int AS n FROM stored_file WHERE link_kind IS NULL`,
    );
    expect(loose.n).toBe(0);
  });
});
