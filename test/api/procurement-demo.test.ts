/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely in tests */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DataSource } from 'typeorm';
import { AccessTokensService } from '../../apps/api/src/auth/access-tokens.service';
import { startTestApp, type TestApp, DEMO_START_MS } from '../support/test-app';

const OCDS = join(__dirname, '../../../shared/schemas/ocds-1.1.5');

/**
 * The official OCDS schemas are draft-04; ajv reads them once `id` is `$id`
 * (the keywords they use mean the same in both drafts).
 */
function ocdsValidator() {
  const load = (file: string) => {
    const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(join(OCDS, file), 'utf8'));
    void _draft;
    return { $id: id, ...schema };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(load('release-schema.json'));
  return ajv.compile(load('release-package-schema.json'));
}

describe('demo procurement', () => {
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

  it('has a published standard, two assessed products, a tender in each state and a published deal', async () => {
    const token = await tokenOf('onderhandelaar@samendigitaal.example.nl');
    const res = await app.graphql(
      `{ minimumStandards { status subject }
         assessments(status: SUBMITTED) { totalCount edges { node { mandatoryMet mandatoryTotal } } }
         tenders(first: 100) { edges { node { status } } }
         frameworkDeals(status: PUBLISHED) { edges { node { vendorSignature { party } } } } }`,
      {},
      { token },
    );
    expect(res.errors).toBeUndefined();
    // The product standard, and the standard for boards (demo-board-maturity.ts).
    expect(res.data!.minimumStandards).toEqual([
      { status: 'PUBLISHED', subject: 'PRODUCT' },
      { status: 'PUBLISHED', subject: 'BOARD' },
    ]);
    expect(res.data!.assessments.totalCount).toBe(2);
    expect(res.data!.tenders.edges.map((e: any) => e.node.status).sort()).toEqual([
      'AWARDED',
      'CANCELLED',
      'DRAFT',
      'EVALUATION',
      'OPEN_FOR_INTEREST',
      'OPEN_FOR_OFFERS',
    ]);
    expect(res.data!.frameworkDeals.edges).toEqual([
      { node: { vendorSignature: { party: 'VENDOR' } } },
    ]);
  });

  it('has one board that joined the deal, its FRAMEWORK agreement ACTIVE in its register', async () => {
    const token = await tokenOf('fg@rivierenland.example.nl');
    const [board] = await ds.query(`SELECT id FROM organisation WHERE board_number = '41001'`);
    const res = await app.graphql(
      `query ($b: ID!) {
         frameworkDeals(status: PUBLISHED) { edges { node { participantCount
           participations { board { id } agreement { status source inForce } } } } }
         processorRegister(boardId: $b) { agreement { source } }
       }`,
      { b: board.id },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.frameworkDeals.edges).toEqual([
      {
        node: {
          participantCount: 1,
          participations: [
            {
              board: { id: board.id },
              agreement: { status: 'ACTIVE', source: 'FRAMEWORK', inForce: true },
            },
          ],
        },
      },
    ]);
    expect(res.data!.processorRegister.map((e: any) => e.agreement.source)).toContain('FRAMEWORK');
  });

  it('exports every demo tender as an OCDS 1.1.5 release package that validates', async () => {
    const token = await tokenOf('onderhandelaar@samendigitaal.example.nl');
    const validate = ocdsValidator();
    const tenders = (
      await app.graphql(`{ tenders(first: 100) { edges { node { id status } } } }`, {}, { token })
    ).data!.tenders.edges.map((e: any) => e.node);
    let exported = 0;
    for (const tender of tenders) {
      const res = await fetch(`${app.url}/api/ocds/tenders/${tender.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      if (tender.status === 'DRAFT') {
        expect(res.status).toBe(404);
        continue;
      }
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body: any = await res.json();
      const valid = validate(body);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      const release = body.releases[0];
      expect(body.extensions).toHaveLength(1);
      expect(release.tender.techniques).toEqual({ hasFrameworkAgreement: true });
      expect(release.tender.procuringEntity.name).toBe('Coöperatie Samen Digitaal Onderwijs');
      if (tender.status === 'AWARDED') {
        expect(release.awards).toHaveLength(1);
        expect(release.contracts).toHaveLength(1);
        // The board that joined the deal is published as a buyer.
        expect(release.parties.map((p: any) => p.roles[0]).sort()).toEqual([
          'buyer',
          'procuringEntity',
          'supplier',
        ]);
      }
      // The release schema is really applied, not only the package's.
      const broken = structuredClone(body);
      broken.releases[0].tender.status = 'ongoing';
      expect(validate(broken)).toBe(false);
      exported += 1;
    }
    expect(exported).toBe(5);
  });
});
