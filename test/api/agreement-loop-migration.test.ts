// Migration 1795500000000 on rows as the agreements module stored them before it (issue 15):
// copied vendor signatures of offer and framework agreements go, a framework agreement's
// deviations are the deal's again (unassessed), every deviation gets the party that proposed
// it, every agreement its drafting party, every general offer its signature hash; and what was
// signed before still hashes to what its signatures recorded.
import { createHash, randomUUID } from 'node:crypto';
import { agreementContentJson } from '@regie/domain';
import { DataSource } from 'typeorm';
import { signedContent } from '../../apps/api/src/agreements/agreement-content';
import { AgreementEntity } from '../../apps/api/src/agreements/agreement.entity';
import { SYSTEM } from '../../apps/api/src/data-access';
import { openDatabase, type Database } from '../../apps/api/src/database/database';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { AgreementLoop1795500000000 } from '../../apps/api/src/database/migrations/1795500000000-agreement-loop';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('migration 1795500000000: stored agreements as the new rules read them', () => {
  let db: TestDatabase;
  let database: Database;
  let ds: DataSource;
  const id = {
    board: randomUUID(),
    vendor: randomUUID(),
    sector: randomUUID(),
    boardUser: randomUUID(),
    vendorUser: randomUUID(),
    goneUser: randomUUID(),
    product: randomUUID(),
    terms: randomUUID(),
    offer: randomUUID(),
    deal: randomUUID(),
    direct: randomUUID(),
    directSigned: randomUUID(),
    offerSigned: randomUUID(),
    offerInReview: randomUUID(),
    framework: randomUUID(),
    byBoard: randomUUID(),
    byVendor: randomUUID(),
    byNobodyKnown: randomUUID(),
    dealDeviation: randomUUID(),
  };
  const termsSha256 = 'ab'.repeat(32);
  /** What the framework agreement's board signed, as the content was then. */
  const frameworkContent = () =>
    agreementContentJson({
      parties: { boardId: id.board, vendorId: id.vendor },
      productIds: [id.product],
      leafletIds: [],
      model: { name: 'Model Verwerkersovereenkomst', version: '4.0' },
      deviations: [
        {
          clause: '9',
          text: 'Logbestanden 6 maanden.',
          assessment: 'ACCEPTABLE',
          assessmentNote: 'Agreed in the framework deal.',
        },
      ],
      validFrom: '2026-01-01',
      validUntil: '2029-12-31',
      documentSha256s: [],
    });
  const offerContent = () =>
    agreementContentJson({
      parties: { boardId: id.board, vendorId: id.vendor },
      productIds: [id.product],
      leafletIds: [],
      model: { name: 'Model Verwerkersovereenkomst', version: '4.0' },
      deviations: [],
      validFrom: null,
      validUntil: null,
      documentSha256s: [termsSha256],
    });

  beforeAll(async () => {
    db = await createTestDatabase({ fresh: true });
    database = await openDatabase({ databaseUrl: db.databaseUrl, dataDir: db.dataDir });
    const mine = MIGRATIONS.indexOf(AgreementLoop1795500000000);
    ds = new DataSource({ ...database.options, migrations: MIGRATIONS.slice(0, mine) });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'all' });

    const q = (sql: string, params: unknown[] = []) => ds.query(sql, params);
    await q(
      `INSERT INTO organisation (id, kind, name) VALUES ($1, 'BOARD', 'Bestuur'), ($2, 'VENDOR', 'Leverancier'), ($3, 'SECTOR_BODY', 'Sector')`,
      [id.board, id.vendor, id.sector],
    );
    await q(
      `INSERT INTO app_user (id, email, name) VALUES ($1, 'b@x.nl', 'B'), ($2, 'v@x.nl', 'V'), ($3, 'g@x.nl', 'G')`,
      [id.boardUser, id.vendorUser, id.goneUser],
    );
    await q(
      `INSERT INTO membership (user_id, organisation_id, roles) VALUES ($1, $2, '{PROCUREMENT}'), ($3, $4, '{VENDOR_EDITOR,SIGNATORY}')`,
      [id.boardUser, id.board, id.vendorUser, id.vendor],
    );
    await q(
      `INSERT INTO product (id, vendor_id, name, category) VALUES ($1, $2, 'Platform', 'LEARNING_PLATFORM')`,
      [id.product, id.vendor],
    );
    await q(
      `INSERT INTO stored_file (id, owner_organisation_id, filename, media_type, size, sha256, link_kind, link_id, linked_at)
       VALUES ($1, $2, 'voorwaarden.pdf', 'application/pdf', 10, $3, 'generalOffer', $4, now())`,
      [id.terms, id.vendor, termsSha256, id.offer],
    );
    await q(
      `INSERT INTO general_offer (id, vendor_id, model_version, terms_file_id, terms_sha256, status, published_by_id, published_at)
       VALUES ($1, $2, '4.0', $3, $4, 'PUBLISHED', $5, now() - interval '10 days')`,
      [id.offer, id.vendor, id.terms, termsSha256, id.vendorUser],
    );
    await q(`INSERT INTO general_offer_product (general_offer_id, product_id) VALUES ($1, $2)`, [
      id.offer,
      id.product,
    ]);
    await q(
      `INSERT INTO framework_deal (id, sector_body_id, vendor_id, product_ids, title, terms, price_tiers, model_version, deviations, valid_from, valid_until, status, vendor_signature)
       VALUES ($1, $2, $3, ARRAY[$4]::uuid[], 'Deal', 'Model', '[]', '4.0',
               '[{"id":"d","clause":"9","text":"Logbestanden 6 maanden."}]', '2026-01-01', '2029-12-31', 'PUBLISHED',
               jsonb_build_object('signedById', $5::text, 'signedAt', '2026-01-01T10:00:00Z', 'documentSha256', $6::text))`,
      [id.deal, id.sector, id.vendor, id.product, id.vendorUser, 'cd'.repeat(32)],
    );
    const agreement = (
      aid: string,
      source: string,
      status: string,
      createdBy: string | null,
      extra: { offer?: string; deal?: string; from?: string; until?: string } = {},
    ) =>
      q(
        `INSERT INTO agreement (id, board_id, vendor_id, source, status, model_name, model_version, created_by_id, general_offer_id, framework_deal_id, valid_from, valid_until)
         VALUES ($1, $2, $3, $4, $5, 'Model Verwerkersovereenkomst', '4.0', $6, $7, $8, $9, $10)`,
        [
          aid,
          id.board,
          id.vendor,
          source,
          status,
          createdBy,
          extra.offer ?? null,
          extra.deal ?? null,
          extra.from ?? null,
          extra.until ?? null,
        ],
      );
    await agreement(id.direct, 'DIRECT', 'DRAFT', id.vendorUser);
    await agreement(id.directSigned, 'DIRECT', 'ACTIVE', null);
    await agreement(id.offerSigned, 'GENERAL_OFFER', 'ACTIVE', id.boardUser, { offer: id.offer });
    await agreement(id.offerInReview, 'GENERAL_OFFER', 'IN_REVIEW', id.boardUser, {
      offer: id.offer,
    });
    await agreement(id.framework, 'FRAMEWORK', 'ACTIVE', id.boardUser, {
      deal: id.deal,
      from: '2026-01-01',
      until: '2029-12-31',
    });
    for (const aid of [id.offerSigned, id.framework])
      await q(`INSERT INTO agreement_product (agreement_id, product_id) VALUES ($1, $2)`, [
        aid,
        id.product,
      ]);
    await q(`INSERT INTO agreement_document (agreement_id, file_id, sha256) VALUES ($1, $2, $3)`, [
      id.offerSigned,
      id.terms,
      termsSha256,
    ]);
    const deviation = (
      did: string,
      aid: string,
      by: string | null,
      assessment: string | null,
      note: string | null,
    ) =>
      q(
        `INSERT INTO agreement_deviation (id, agreement_id, clause, text, assessment, assessment_note, created_by_id)
         VALUES ($1, $2, '9', 'Logbestanden 6 maanden.', $3, $4, $5)`,
        [did, aid, assessment, note, by],
      );
    await deviation(id.byBoard, id.direct, id.boardUser, null, null);
    await deviation(id.byVendor, id.direct, id.vendorUser, 'ACCEPTABLE', 'Goed.');
    await deviation(id.byNobodyKnown, id.direct, id.goneUser, null, null);
    await deviation(
      id.dealDeviation,
      id.framework,
      id.boardUser,
      'ACCEPTABLE',
      'Agreed in the framework deal.',
    );
    const signature = (aid: string, party: string, by: string, hash: string) =>
      q(
        `INSERT INTO agreement_signature (agreement_id, party, signed_by_id, signed_at, document_sha256) VALUES ($1, $2, $3, now(), $4)`,
        [aid, party, by, hash],
      );
    for (const party of ['BOARD', 'VENDOR']) {
      await signature(id.directSigned, party, id.boardUser, '0'.repeat(64));
      await signature(id.offerSigned, party, id.boardUser, sha256(offerContent()));
      await signature(id.framework, party, id.boardUser, sha256(frameworkContent()));
    }

    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    await new AgreementLoop1795500000000().up(runner);
    await runner.query(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [
      1795500000000,
      'AgreementLoop1795500000000',
    ]);
    await runner.commitTransaction();
    await runner.release();
    // The migrations after it, so that the entities read below match the schema.
    await ds.destroy();
    ds = new DataSource(database.options);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'all' });
  }, 120_000);

  afterAll(async () => {
    await ds?.destroy();
    await database?.close();
    await db?.drop();
  });

  const one = async (sql: string, params: unknown[]) => (await ds.query(sql, params))[0];

  it('drops the vendor signatures copied onto offer and framework agreements, keeping a direct one’s', async () => {
    const parties = async (aid: string) =>
      (
        await ds.query(
          `SELECT party FROM agreement_signature WHERE agreement_id = $1 ORDER BY party`,
          [aid],
        )
      ).map((r: { party: string }) => r.party);
    expect(await parties(id.offerSigned)).toEqual(['BOARD']);
    expect(await parties(id.framework)).toEqual(['BOARD']);
    expect(await parties(id.directSigned)).toEqual(['BOARD', 'VENDOR']);
  });

  it('makes a framework agreement’s deviations the deal’s again: nobody’s proposal, unassessed', async () => {
    expect(
      await one(
        `SELECT added_by, assessment, assessment_note FROM agreement_deviation WHERE id = $1`,
        [id.dealDeviation],
      ),
    ).toEqual({ added_by: null, assessment: null, assessment_note: null });
  });

  it('names the party that proposed each deviation, and the drafting party of each agreement', async () => {
    const addedBy = async (did: string) =>
      await one(`SELECT added_by, topic FROM agreement_deviation WHERE id = $1`, [did]);
    expect(await addedBy(id.byBoard)).toEqual({ added_by: 'BOARD', topic: 'OTHER' });
    expect(await addedBy(id.byVendor)).toEqual({ added_by: 'VENDOR', topic: 'OTHER' });
    // An author no longer known: the drafting party (the vendor's editor drafted it).
    expect(await addedBy(id.byNobodyKnown)).toEqual({ added_by: 'VENDOR', topic: 'OTHER' });
    const createdBy = async (aid: string) =>
      (await one(`SELECT created_by_party FROM agreement WHERE id = $1`, [aid])).created_by_party;
    expect(await createdBy(id.direct)).toBe('VENDOR');
    expect(await createdBy(id.directSigned)).toBe('BOARD');
    expect(await createdBy(id.offerSigned)).toBe('BOARD');
    expect(await createdBy(id.framework)).toBeNull();
  });

  it('gives a general offer the hash of what its signatory signed, which a board’s next signature names', async () => {
    const expected = sha256(
      JSON.stringify({
        generalOfferId: id.offer,
        modelVersion: '4.0',
        productIds: [id.product],
        termsSha256,
        vendorId: id.vendor,
      }),
    );
    expect(
      (await one(`SELECT signature_sha256 FROM general_offer WHERE id = $1`, [id.offer]))
        .signature_sha256,
    ).toBe(expected);
    const consent = async (aid: string) =>
      (await one(`SELECT vendor_consent_sha256 FROM agreement WHERE id = $1`, [aid]))
        .vendor_consent_sha256;
    expect(await consent(id.offerInReview)).toBe(expected);
    // Signed before: its content stays as it was signed.
    expect(await consent(id.offerSigned)).toBeNull();
    expect(await consent(id.framework)).toBeNull();
  });

  it('still hashes what was signed before to what its signature recorded', async () => {
    for (const aid of [id.framework, id.offerSigned]) {
      const row = await ds.getRepository(AgreementEntity).findOneByOrFail({ id: aid });
      // The migration reads as the platform would: no one's visibility applies.
      const hash = sha256(agreementContentJson(await signedContent(ds.manager, SYSTEM, row)));
      const [stored] = await ds.query(
        `SELECT document_sha256 FROM agreement_signature WHERE agreement_id = $1 AND party = 'BOARD'`,
        [aid],
      );
      expect([aid, hash]).toEqual([aid, stored.document_sha256]);
    }
  });
});
