/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read loosely in tests */
import { addDays, AgreementStatus, amsterdamDate, OrganisationKind, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { createAttestation, createProduct } from '../support/attestations';
import { seedAgreement } from '../support/agreements-seed';
import { createOrganisation, signUp } from '../support/identity';
import { seedVendor } from '../support/products';
import { statementsDuring } from '../support/sql-statements';
import {
  createTender,
  HOUR,
  must,
  passDeadline,
  publishedStandard,
  SUBMIT_OFFER,
  tenderAction,
  TIERS,
} from '../support/procurement';
import { startTestApp, type TestApp } from '../support/test-app';

type Person = Awaited<ReturnType<typeof signUp>>;

const TENDER = `query ($id: ID!) { tender(id: $id) {
  id status totalStudents interestedBoards cancellationReason
  interests { board { id } studentCount schoolCount }
  offers { id vendor { id } product { id } totalScore scores { criterion score } }
  deals { id status vendor { id } priceTiers { minStudents pricePerStudentCents } }
} }`;
const REGISTER = `mutation ($input: RegisterInterestInput!) { registerInterest(input: $input) { id totalStudents interestedBoards } }`;
const SCORE = `mutation ($input: ScoreOfferInput!) { scoreOffer(input: $input) { id totalScore scores { criterion score } } }`;
const AWARD = `mutation ($input: AwardTenderInput!) { awardTender(input: $input) { id status deals { id status } } }`;
const DEAL = `query ($id: ID!) { frameworkDeal(id: $id) {
  id status title terms participantCount participations { id }
  vendorSignature { party signedBy { id name } documentSha256 }
  deviations { id clause text } products { id } tender { id }
} }`;
const AUDIT = `query ($filter: AuditFilter) { auditEvents(filter: $filter, first: 100) { edges { node { action entityType entityId } } } }`;
const ANSWER = `mutation ($input: AnswerRequirementInput!) { answerRequirement(input: $input) { id mandatoryMet mandatoryTotal } }`;
const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) {
  id status mandatoryMet mandatoryTotal confirmedCount submittedAt
  product { id } standard { id }
  answers { requirement { code } answer verdict reviewNote evidence { id } }
} }`;

describe('collective procurement', () => {
  let app: TestApp;
  let ds: DataSource;
  let sectorBody: string;
  let otherSectorBody: string;
  let vendorA: string;
  let vendorB: string;
  let boardA: string;
  let boardB: string;
  let negotiator: Person;
  let reviewer: Person;
  let sectorAdmin: Person;
  let otherNegotiator: Person;
  let editorA: Person;
  let editorB: Person;
  let signatoryA: Person;
  let signatoryB: Person;
  let inkoperA: Person;
  let inkoperB: Person;
  let boardAdminA: Person;
  let platformAdmin: Person;
  let productA: string;
  let productB: string;
  let standard: { id: string; requirements: { id: string; code: string }[] };
  const today = amsterdamDate();

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.running.app.get(DataSource);
    sectorBody = await createOrganisation(app, {
      kind: OrganisationKind.SECTOR_BODY,
      name: 'Coöperatie Leermiddelen',
    });
    otherSectorBody = await createOrganisation(app, { kind: OrganisationKind.SECTOR_BODY });
    vendorA = await createOrganisation(app, { kind: OrganisationKind.VENDOR, name: 'Leerwijs' });
    vendorB = await createOrganisation(app, {
      kind: OrganisationKind.VENDOR,
      name: 'Schoolkracht',
    });
    boardA = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Rivierenland',
    });
    boardB = await createOrganisation(app, {
      kind: OrganisationKind.BOARD,
      name: 'Stichting Kempen',
    });
    const platform = await createOrganisation(app, { kind: OrganisationKind.PLATFORM });
    negotiator = await signUp(app, { organisationId: sectorBody, roles: [Role.NEGOTIATOR] });
    reviewer = await signUp(app, { organisationId: sectorBody, roles: [Role.REVIEWER] });
    sectorAdmin = await signUp(app, { organisationId: sectorBody, roles: [Role.ADMIN] });
    otherNegotiator = await signUp(app, {
      organisationId: otherSectorBody,
      roles: [Role.NEGOTIATOR, Role.REVIEWER],
    });
    editorA = await signUp(app, {
      organisationId: vendorA,
      roles: [Role.VENDOR_EDITOR, Role.ADMIN],
    });
    editorB = await signUp(app, { organisationId: vendorB, roles: [Role.VENDOR_EDITOR] });
    signatoryA = await signUp(app, {
      organisationId: vendorA,
      roles: [Role.SIGNATORY],
      name: 'Anna Directeur',
    });
    signatoryB = await signUp(app, { organisationId: vendorB, roles: [Role.SIGNATORY] });
    inkoperA = await signUp(app, { organisationId: boardA, roles: [Role.PROCUREMENT] });
    inkoperB = await signUp(app, { organisationId: boardB, roles: [Role.PROCUREMENT] });
    boardAdminA = await signUp(app, { organisationId: boardA, roles: [Role.ADMIN] });
    platformAdmin = await signUp(app, { organisationId: platform, roles: [Role.PLATFORM_ADMIN] });
    productA = await createProduct(app, vendorA, 'Leerwijs Platform');
    productB = await createProduct(app, vendorB, 'Schoolkracht Online');
    standard = (await publishedStandard(app, negotiator.token, sectorBody)) as typeof standard;
  });
  afterAll(() => app.close());

  const req = (code: string) => standard.requirements.find((r) => r.code === code)!.id;

  async function tenderIn(status: 'OPEN_FOR_INTEREST' | 'OPEN_FOR_OFFERS' | 'EVALUATION') {
    const id = await createTender(app, negotiator.token, sectorBody, { standardId: standard.id });
    must(
      await tenderAction(app, negotiator.token, 'openTenderForInterest', id),
      'openTenderForInterest',
    );
    if (status === 'OPEN_FOR_INTEREST') return id;
    await passDeadline(app, id, 'interest');
    must(
      await tenderAction(app, negotiator.token, 'openTenderForOffers', id),
      'openTenderForOffers',
    );
    if (status === 'OPEN_FOR_OFFERS') return id;
    await passDeadline(app, id, 'offer');
    must(await tenderAction(app, negotiator.token, 'closeTenderOffers', id), 'closeTenderOffers');
    return id;
  }

  const offer = (token: string, tenderId: string, productId: string, priceTiers = TIERS) =>
    app.graphql(
      SUBMIT_OFFER,
      { input: { tenderId, productId, priceTiers, terms: 'Volgens model 4.0.' } },
      { token },
    );

  async function openWithOffers() {
    const id = await tenderIn('OPEN_FOR_OFFERS');
    const a = must(await offer(editorA.token, id, productA), 'submitOffer');
    const b = must(await offer(editorB.token, id, productB), 'submitOffer');
    return { id, offerA: a.id as string, offerB: b.id as string };
  }

  const tender = async (id: string, token: string) =>
    (await app.graphql(TENDER, { id }, { token })).data!.tender;
  const auditOf = async (token: string) =>
    (await app.graphql(AUDIT, {}, { token })).data!.auditEvents.edges.map((e: any) => e.node);

  it('runs the whole story: standard, assessment, tender, interest, offers, scores, award, accepted and published deal', async () => {
    // The vendor assesses its product against the published standard.
    const iso = await createAttestation(app, editorA.token, {
      vendorId: vendorA,
      type: 'ISO27001',
      productIds: [productA],
    });
    const started = must(
      await app.graphql(
        `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id status } }`,
        { input: { productId: productA, standardId: standard.id } },
        { token: editorA.token },
      ),
      'startAssessment',
    );
    for (const [code, answer, evidenceIds] of [
      ['ISO', 'MEETS', [iso.id]],
      ['EER', 'MEETS', []],
      ['TOE', 'PARTIAL', []],
    ] as const) {
      must(
        await app.graphql(
          ANSWER,
          {
            input: {
              assessmentId: started.id,
              requirementId: req(code),
              answer,
              evidenceIds,
              explanation: 'Zie certificaat.',
            },
          },
          { token: editorA.token },
        ),
        'answerRequirement',
      );
    }
    must(
      await app.graphql(
        `mutation ($id: ID!) { submitAssessment(id: $id) { id } }`,
        { id: started.id },
        { token: editorA.token },
      ),
      'submitAssessment',
    );
    const queue = await app.graphql(
      `{ assessments(status: SUBMITTED) { totalCount edges { node { id } } } }`,
      {},
      { token: reviewer.token },
    );
    expect(queue.data!.assessments.edges.map((e: any) => e.node.id)).toContain(started.id);
    must(
      await app.graphql(
        `mutation ($input: ReviewAnswerInput!) { reviewAnswer(input: $input) { id confirmedCount } }`,
        { input: { assessmentId: started.id, requirementId: req('ISO'), verdict: 'CONFIRMED' } },
        { token: reviewer.token },
      ),
      'reviewAnswer',
    );
    const assessed = (await app.graphql(ASSESSMENT, { id: started.id }, { token: inkoperA.token }))
      .data!.assessment;
    expect(assessed).toMatchObject({
      status: 'SUBMITTED',
      mandatoryMet: 2,
      mandatoryTotal: 2,
      confirmedCount: 1,
    });

    // The tender, through interest from two boards and offers from two vendors.
    const id = await createTender(app, negotiator.token, sectorBody, { standardId: standard.id });
    expect(await tender(id, inkoperA.token)).toBeNull();
    must(
      await tenderAction(app, negotiator.token, 'openTenderForInterest', id),
      'openTenderForInterest',
    );
    must(
      await app.graphql(
        REGISTER,
        { input: { tenderId: id, boardId: boardA, studentCount: 4000, schoolCount: 12 } },
        { token: inkoperA.token },
      ),
      'registerInterest',
    );
    must(
      await app.graphql(
        REGISTER,
        { input: { tenderId: id, boardId: boardB, studentCount: 2500, schoolCount: 9 } },
        { token: inkoperB.token },
      ),
      'registerInterest',
    );
    // Re-registering updates the board's one interest.
    const again = must(
      await app.graphql(
        REGISTER,
        { input: { tenderId: id, boardId: boardB, studentCount: 3000, schoolCount: 9 } },
        { token: inkoperB.token },
      ),
      'registerInterest',
    );
    expect(again).toMatchObject({ totalStudents: 7000, interestedBoards: 2 });
    await passDeadline(app, id, 'interest');
    must(
      await tenderAction(app, negotiator.token, 'openTenderForOffers', id),
      'openTenderForOffers',
    );
    const a = must(await offer(editorA.token, id, productA), 'submitOffer');
    const b = must(
      await offer(editorB.token, id, productB, [{ minStudents: 0, pricePerStudentCents: 1500 }]),
      'submitOffer',
    );
    await passDeadline(app, id, 'offer');
    must(await tenderAction(app, negotiator.token, 'closeTenderOffers', id), 'closeTenderOffers');

    // Scoring: Σ score × weight / 100.
    const scored = must(
      await app.graphql(
        SCORE,
        {
          input: {
            offerId: a.id,
            scores: [
              { criterion: 'prijs', score: 8 },
              { criterion: 'kwaliteit', score: 7 },
              { criterion: 'privacy', score: 9 },
            ],
          },
        },
        { token: negotiator.token },
      ),
      'scoreOffer',
    );
    expect(scored.totalScore).toBeCloseTo(7.9, 5);
    must(
      await app.graphql(
        SCORE,
        {
          input: {
            offerId: b.id,
            scores: [
              { criterion: 'prijs', score: 5 },
              { criterion: 'kwaliteit', score: 6 },
              { criterion: 'privacy', score: 6 },
            ],
          },
        },
        { token: negotiator.token },
      ),
      'scoreOffer',
    );
    const evaluated = await tender(id, negotiator.token);
    expect(evaluated.offers).toHaveLength(2);

    // Award: one DRAFT deal with the offer's price tiers.
    const validFrom = today;
    const validUntil = addDays(today, 730);
    const awarded = must(
      await app.graphql(
        AWARD,
        { input: { tenderId: id, offerIds: [a.id], validFrom, validUntil } },
        { token: negotiator.token },
      ),
      'awardTender',
    );
    expect(awarded.status).toBe('AWARDED');
    expect(awarded.deals).toEqual([{ id: expect.any(String), status: 'DRAFT' }]);
    const dealId = awarded.deals[0].id;
    const draft = (await tender(id, negotiator.token)).deals[0];
    expect(draft).toMatchObject({ vendor: { id: vendorA }, priceTiers: TIERS });
    // A draft deal: not for the boards yet.
    expect(
      (await app.graphql(DEAL, { id: dealId }, { token: inkoperA.token })).data!.frameworkDeal,
    ).toBeNull();

    // Publishing waits for the vendor's signature.
    const early = await tenderAction(app, negotiator.token, 'publishFrameworkDeal', dealId);
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_ACCEPTED',
    });
    const accepted = must(
      await app.graphql(
        `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id vendorSignature { party signedBy { name } documentSha256 } } }`,
        { id: dealId },
        { token: signatoryA.token },
      ),
      'acceptFrameworkDeal',
    );
    expect(accepted.vendorSignature).toMatchObject({
      party: 'VENDOR',
      signedBy: { name: 'Anna Directeur' },
      documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    must(
      await tenderAction(app, negotiator.token, 'publishFrameworkDeal', dealId),
      'publishFrameworkDeal',
    );
    const published = (await app.graphql(DEAL, { id: dealId }, { token: inkoperB.token })).data!
      .frameworkDeal;
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      participantCount: 0,
      participations: [],
      products: [{ id: productA }],
      tender: { id },
    });
    const listed = await app.graphql(
      `{ frameworkDeals(status: PUBLISHED) { totalCount edges { node { id } } } }`,
      {},
      { token: inkoperA.token },
    );
    expect(listed.data!.frameworkDeals.edges.map((e: any) => e.node.id)).toContain(dealId);

    // A board's signatory joins with one signature: an ACTIVE agreement at once, in
    // the board's processor register.
    const bestuurderA = await signUp(app, { organisationId: boardA, roles: [Role.SIGNATORY] });
    const JOIN = `mutation ($input: JoinFrameworkDealInput!) { joinFrameworkDeal(input: $input) {
      id board { id } deal { id participantCount }
      agreement { id status source inForce validUntil products { id } signatures { party } frameworkDeal { id } }
    } }`;
    const joined = await app.graphql(
      JOIN,
      { input: { dealId, boardId: boardA } },
      { token: bestuurderA.token },
    );
    expect(joined.errors).toBeUndefined();
    const participation = joined.data!.joinFrameworkDeal;
    expect(participation).toMatchObject({
      board: { id: boardA },
      deal: { id: dealId, participantCount: 1 },
      agreement: {
        status: 'ACTIVE',
        source: 'FRAMEWORK',
        inForce: true,
        products: [{ id: productA }],
      },
    });
    expect(participation.agreement.frameworkDeal).toEqual({ id: dealId });
    // The product shows its deal and its submitted assessment to any board.
    const product = await app.graphql(
      `query ($id: ID!) { product(id: $id) { frameworkDeals { id } assessments { status } } }`,
      { id: productA },
      { token: inkoperB.token },
    );
    expect(product.data!.product.frameworkDeals.map((d: any) => d.id)).toContain(dealId);
    expect(product.data!.product.assessments.length).toBeGreaterThan(0);
    expect(product.data!.product.assessments.every((a: any) => a.status !== 'DRAFT')).toBe(true);
    // The board's signature alone: the vendor's consent is its acceptance of the deal.
    expect(participation.agreement.signatures.map((x: any) => x.party)).toEqual(['BOARD']);
    const register = await app.graphql(
      `query ($b: ID!) { processorRegister(boardId: $b) { agreement { id } vendor { id } } }`,
      { b: boardA },
      { token: inkoperA.token },
    );
    expect(register.data!.processorRegister).toContainEqual({
      agreement: { id: participation.agreement.id },
      vendor: { id: vendorA },
    });
    // Joining twice is refused, and changes nothing.
    const joinedTwice = await app.graphql(
      JOIN,
      { input: { dealId, boardId: boardA } },
      { token: bestuurderA.token },
    );
    expect(joinedTwice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_EXISTS',
    });
    // Another board sees the count, not who joined; only a SIGNATORY may join.
    const seenByB = await app.graphql(DEAL, { id: dealId }, { token: inkoperB.token });
    expect(seenByB.data!.frameworkDeal).toMatchObject({ participantCount: 1, participations: [] });
    const byInkoper = await app.graphql(
      JOIN,
      { input: { dealId, boardId: boardB } },
      { token: inkoperB.token },
    );
    expect(byInkoper.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // A signatory of one board cannot join for another.
    const bestuurderB = await signUp(app, { organisationId: boardB, roles: [Role.SIGNATORY] });
    const forOtherBoard = await app.graphql(
      JOIN,
      { input: { dealId, boardId: boardA } },
      { token: bestuurderB.token },
    );
    expect(forOtherBoard.errors?.[0].extensions.code).toBe('FORBIDDEN');
    // An expired deal cannot be joined.
    await ds.query(`UPDATE framework_deal SET valid_until = $2 WHERE id = $1`, [
      dealId,
      addDays(today, -1),
    ]);
    const expired = await app.graphql(
      JOIN,
      { input: { dealId, boardId: boardB } },
      { token: bestuurderB.token },
    );
    expect(expired.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    const participations = await ds.query(`SELECT count(*)::int AS n FROM participation`);
    expect(participations[0].n).toBe(1);
  });

  it('keeps a draft standard to its sector body, and a published one unchanged', async () => {
    const draft = must(
      await app.graphql(
        `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { id status } }`,
        {
          input: {
            sectorBodyId: sectorBody,
            name: 'Concept',
            version: '0.1',
            requirements: [{ code: 'A', title: 'A', description: '', mandatory: true }],
          },
        },
        { token: reviewer.token },
      ),
      'createMinimumStandard',
    );
    const read = `query ($id: ID!) { minimumStandard(id: $id) { id status sectorBody { id } } }`;
    expect(
      (await app.graphql(read, { id: draft.id }, { token: negotiator.token })).data!
        .minimumStandard,
    ).toMatchObject({ status: 'DRAFT' });
    for (const other of [editorA, otherNegotiator, inkoperA]) {
      expect(
        (await app.graphql(read, { id: draft.id }, { token: other.token })).data!.minimumStandard,
      ).toBeNull();
      const list = await app.graphql(`{ minimumStandards { id } }`, {}, { token: other.token });
      expect(list.data!.minimumStandards.map((s: any) => s.id)).not.toContain(draft.id);
      expect(list.data!.minimumStandards.map((s: any) => s.id)).toContain(standard.id);
    }
    const foreign = await tenderAction(
      app,
      otherNegotiator.token,
      'publishMinimumStandard',
      draft.id,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const byVendor = await app.graphql(
      `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { id } }`,
      {
        input: {
          sectorBodyId: sectorBody,
          name: 'X',
          version: '1',
          requirements: [{ code: 'A', title: 'A', description: '', mandatory: true }],
        },
      },
      { token: editorA.token },
    );
    expect(byVendor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const again = await tenderAction(app, negotiator.token, 'publishMinimumStandard', standard.id);
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
  });

  it("counts evidence only while the attestation holds, and only the vendor's own attestations", async () => {
    const product = await createProduct(app, vendorA);
    const iso = await createAttestation(app, editorA.token, {
      vendorId: vendorA,
      type: 'ISO27001',
      productIds: [product],
    });
    const foreign = await createAttestation(app, editorB.token, {
      vendorId: vendorB,
      type: 'ISO27001',
    });
    const started = must(
      await app.graphql(
        `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`,
        { input: { productId: product, standardId: standard.id } },
        { token: editorA.token },
      ),
      'startAssessment',
    );
    const refused = await app.graphql(
      ANSWER,
      {
        input: {
          assessmentId: started.id,
          requirementId: req('ISO'),
          answer: 'MEETS',
          evidenceIds: [foreign.id],
        },
      },
      { token: editorA.token },
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.evidenceIds' }],
    });
    const byOther = await app.graphql(
      ANSWER,
      { input: { assessmentId: started.id, requirementId: req('ISO'), answer: 'MEETS' } },
      { token: editorB.token },
    );
    expect(byOther.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const answered = must(
      await app.graphql(
        ANSWER,
        {
          input: {
            assessmentId: started.id,
            requirementId: req('ISO'),
            answer: 'MEETS',
            evidenceIds: [iso.id],
          },
        },
        { token: editorA.token },
      ),
      'answerRequirement',
    );
    expect(answered).toMatchObject({ mandatoryMet: 1, mandatoryTotal: 2 });
    // A draft is the vendor's own.
    expect(
      (await app.graphql(ASSESSMENT, { id: started.id }, { token: reviewer.token })).data!
        .assessment,
    ).toBeNull();
    // The day after its last valid day, the certificate no longer counts.
    await ds.query(`UPDATE attestation SET valid_until = $2 WHERE id = $1`, [
      iso.id,
      addDays(today, -1),
    ]);
    expect(
      (await app.graphql(ASSESSMENT, { id: started.id }, { token: editorA.token })).data!.assessment
        .mandatoryMet,
    ).toBe(0);
    await ds.query(`UPDATE attestation SET valid_until = $2 WHERE id = $1`, [iso.id, today]);
    expect(
      (await app.graphql(ASSESSMENT, { id: started.id }, { token: editorA.token })).data!.assessment
        .mandatoryMet,
    ).toBe(1);
  });

  it("lets only a REVIEWER of the standard's sector body review, with CONFIRMED or DISPUTED", async () => {
    const product = await createProduct(app, vendorB);
    const started = must(
      await app.graphql(
        `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`,
        { input: { productId: product, standardId: standard.id } },
        { token: editorB.token },
      ),
      'startAssessment',
    );
    for (const code of ['ISO', 'EER', 'TOE'])
      must(
        await app.graphql(
          ANSWER,
          {
            input: { assessmentId: started.id, requirementId: req(code), answer: 'DOES_NOT_MEET' },
          },
          { token: editorB.token },
        ),
        'answerRequirement',
      );
    must(
      await app.graphql(
        `mutation ($id: ID!) { submitAssessment(id: $id) { id } }`,
        { id: started.id },
        { token: editorB.token },
      ),
      'submitAssessment',
    );
    const review = (token: string, verdict = 'DISPUTED') =>
      app.graphql(
        `mutation ($input: ReviewAnswerInput!) { reviewAnswer(input: $input) { id answers { verdict reviewNote } } }`,
        {
          input: {
            assessmentId: started.id,
            requirementId: req('EER'),
            verdict,
            note: 'Opslag in de VS.',
          },
        },
        { token },
      );
    expect((await review(negotiator.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await review(otherNegotiator.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await review(reviewer.token, 'PENDING')).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const done = must(await review(reviewer.token), 'reviewAnswer');
    expect(done.answers[1]).toEqual({ verdict: 'DISPUTED', reviewNote: 'Opslag in de VS.' });
  });

  it('compares products field by field, at a cost that does not grow with their number', async () => {
    const { vendorId, products } = await seedVendor(app, { products: 10, name: 'Vergelijk B.V.' });
    const {
      products: [abroad],
    } = await seedVendor(app, { products: 1, outsideEea: true });
    const ids = products.map((p) => p.id);
    const editor = await signUp(app, { organisationId: vendorId, roles: [Role.VENDOR_EDITOR] });
    const signatory = await signUp(app, { organisationId: vendorId, roles: [Role.SIGNATORY] });
    const iso = await createAttestation(app, editor.token, {
      vendorId,
      type: 'ISO27001',
      productIds: ids,
    });
    await createAttestation(app, editor.token, {
      vendorId,
      type: 'NEN7510',
      productIds: [ids[0]],
      issuedOn: addDays(today, -400),
      validUntil: addDays(today, -1),
    });
    // Two published deals cover the first product; an expired and a draft one do not count.
    const deal = async (tiers: object[], validUntil: string, publish = true) => {
      const d = must(
        await app.graphql(
          `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`,
          {
            input: {
              sectorBodyId: sectorBody,
              vendorId,
              productIds: [ids[0], ids[1]],
              title: 'Deal',
              terms: 'Model 4.0',
              priceTiers: tiers,
              validFrom: addDays(today, -800),
              validUntil,
            },
          },
          { token: negotiator.token },
        ),
        'createFrameworkDeal',
      );
      if (!publish) return d.id;
      must(
        await app.graphql(
          `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id } }`,
          { id: d.id },
          { token: signatory.token },
        ),
        'acceptFrameworkDeal',
      );
      must(
        await tenderAction(app, negotiator.token, 'publishFrameworkDeal', d.id),
        'publishFrameworkDeal',
      );
      return d.id;
    };
    const cheap = await deal(
      [
        { minStudents: 0, pricePerStudentCents: 1100 },
        { minStudents: 500, pricePerStudentCents: 950 },
      ],
      addDays(today, 300),
    );
    await deal([{ minStudents: 0, pricePerStudentCents: 1000 }], addDays(today, 30));
    await deal([{ minStudents: 0, pricePerStudentCents: 100 }], addDays(today, 300), false);
    const expired = await deal([{ minStudents: 0, pricePerStudentCents: 200 }], addDays(today, 5));
    await ds.query(`UPDATE framework_deal SET valid_until = $2 WHERE id = $1`, [
      expired,
      addDays(today, -1),
    ]);
    const assessed = must(
      await app.graphql(
        `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id } }`,
        { input: { productId: ids[0], standardId: standard.id } },
        { token: editor.token },
      ),
      'startAssessment',
    );
    for (const code of ['ISO', 'EER', 'TOE'])
      must(
        await app.graphql(
          ANSWER,
          {
            input: {
              assessmentId: assessed.id,
              requirementId: req(code),
              answer: 'MEETS',
              evidenceIds: code === 'ISO' ? [iso.id] : [],
            },
          },
          { token: editor.token },
        ),
        'answerRequirement',
      );
    must(
      await app.graphql(
        `mutation ($id: ID!) { submitAssessment(id: $id) { id } }`,
        { id: assessed.id },
        { token: editor.token },
      ),
      'submitAssessment',
    );

    const COMPARE = `query ($ids: [ID!]!, $standardId: ID, $boardId: ID) { compareProducts(ids: $ids, standardId: $standardId, boardId: $boardId) {
      product { id name } vendor { id name } currentLeaflet { id version } validAttestationTypes dataOutsideEea subprocessorCount
      assessment { id mandatoryMet mandatoryTotal confirmedCount } deals { id status } lowestPricePerStudentCents myAgreementStatus
    } }`;
    // The board's newest agreement per product, as shown today; another board's is not ours.
    await seedAgreement(app, {
      boardId: boardA,
      vendorId,
      productIds: [ids[1]],
      status: AgreementStatus.ACTIVE,
    });
    await seedAgreement(app, { boardId: boardB, vendorId, productIds: [ids[0]] });
    let res: any;
    const statements = await statementsDuring(app, async () => {
      res = await app.graphql(
        COMPARE,
        { ids, standardId: standard.id, boardId: boardA },
        { token: inkoperA.token },
      );
    });
    expect(res.errors).toBeUndefined();
    expect(statements.length).toBeLessThanOrEqual(10);
    const rows = res.data.compareProducts;
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({
      product: { id: ids[0] },
      vendor: { id: vendorId, name: 'Vergelijk B.V.' },
      currentLeaflet: { id: products[0].leafletId, version: 1 },
      validAttestationTypes: ['ISO27001'],
      dataOutsideEea: false,
      subprocessorCount: 0,
      assessment: { id: assessed.id, mandatoryMet: 2, mandatoryTotal: 2, confirmedCount: 0 },
      lowestPricePerStudentCents: 950,
      myAgreementStatus: null,
    });
    expect(rows[1].myAgreementStatus).toBe('ACTIVE');
    expect(rows[0].deals).toHaveLength(2);
    expect(rows[0].deals.map((d: any) => d.id)).toContain(cheap);
    expect(rows[2]).toMatchObject({
      assessment: null,
      deals: [],
      lowestPricePerStudentCents: null,
      validAttestationTypes: ['ISO27001'],
    });

    const few = await statementsDuring(app, () =>
      app.graphql(
        COMPARE,
        { ids: ids.slice(0, 2), standardId: standard.id, boardId: boardA },
        { token: inkoperA.token },
      ),
    );
    expect(statements.length).toBe(few.length);
    const outside = await app.graphql(COMPARE, { ids: [abroad.id] }, { token: inkoperA.token });
    expect(outside.data!.compareProducts[0]).toMatchObject({
      dataOutsideEea: true,
      assessment: null,
    });
    // Another board's name: refused; too many products: bad input.
    expect(
      (await app.graphql(COMPARE, { ids, boardId: boardB }, { token: inkoperA.token })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await app.graphql(COMPARE, { ids: [...ids, abroad.id] }, { token: inkoperA.token }))
        .errors?.[0].extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  describe('bad input: a clear error, nothing changed', () => {
    it('refuses interest after the deadline', async () => {
      const id = await tenderIn('OPEN_FOR_INTEREST');
      await passDeadline(app, id, 'interest');
      const res = await app.graphql(
        REGISTER,
        { input: { tenderId: id, boardId: boardA, studentCount: 100, schoolCount: 1 } },
        { token: inkoperA.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DEADLINE_PASSED',
      });
      expect(await tender(id, negotiator.token)).toMatchObject({ totalStudents: 0, interests: [] });
    });

    it('refuses an offer on a tender that is not open for offers', async () => {
      const id = await tenderIn('OPEN_FOR_INTEREST');
      const res = await offer(editorA.token, id, productA);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      await passDeadline(app, id, 'interest');
      must(
        await tenderAction(app, negotiator.token, 'openTenderForOffers', id),
        'openTenderForOffers',
      );
      expect((await tender(id, editorA.token)).offers).toEqual([]);
    });

    it('refuses closing before the offer deadline', async () => {
      const id = await tenderIn('OPEN_FOR_OFFERS');
      const res = await tenderAction(app, negotiator.token, 'closeTenderOffers', id);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'DEADLINE_NOT_PASSED',
      });
      expect((await tender(id, negotiator.token)).status).toBe('OPEN_FOR_OFFERS');
    });

    it('refuses scoring a criterion the tender lacks', async () => {
      const { id, offerA } = await openWithOffers();
      await passDeadline(app, id, 'offer');
      must(await tenderAction(app, negotiator.token, 'closeTenderOffers', id), 'closeTenderOffers');
      const res = await app.graphql(
        SCORE,
        {
          input: {
            offerId: offerA,
            scores: [
              { criterion: 'prijs', score: 7 },
              { criterion: 'duurzaamheid', score: 9 },
            ],
          },
        },
        { token: negotiator.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.scores.1.criterion' }],
      });
      const outOfRange = await app.graphql(
        SCORE,
        { input: { offerId: offerA, scores: [{ criterion: 'prijs', score: 11 }] } },
        { token: negotiator.token },
      );
      expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const offers = (await tender(id, negotiator.token)).offers;
      expect(offers.find((o: any) => o.id === offerA)).toMatchObject({
        scores: [],
        totalScore: null,
      });
    });

    it('refuses weights that do not add up to 100', async () => {
      const before = (
        await app.graphql(`{ tenders(first: 100) { totalCount } }`, {}, { token: negotiator.token })
      ).data!.tenders.totalCount;
      const res = await app.graphql(
        `mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }`,
        {
          input: {
            sectorBodyId: sectorBody,
            title: 'T',
            description: 'D',
            category: 'LEARNING_PLATFORM',
            interestDeadline: new Date(Date.now() + HOUR).toISOString(),
            offerDeadline: new Date(Date.now() + 2 * HOUR).toISOString(),
            criteria: [
              { name: 'prijs', weight: 60 },
              { name: 'kwaliteit', weight: 30 },
            ],
          },
        },
        { token: negotiator.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.criteria' }],
      });
      const after = (
        await app.graphql(`{ tenders(first: 100) { totalCount } }`, {}, { token: negotiator.token })
      ).data!.tenders.totalCount;
      expect(after).toBe(before);
    });

    it('refuses a standard for boards as the measure of a tender, in the language of the caller', async () => {
      const forBoards = await publishedStandard(
        app,
        reviewer.token,
        sectorBody,
        [
          {
            code: 'GOV',
            title: 'Governance',
            description: 'Sturing',
            mandatory: true,
            minimumLevel: 3,
          },
        ],
        'BOARD',
      );
      const before = (
        await app.graphql(`{ tenders(first: 100) { totalCount } }`, {}, { token: negotiator.token })
      ).data!.tenders.totalCount;
      const res = await app.graphql(
        `mutation ($input: CreateTenderInput!) { createTender(input: $input) { id } }`,
        {
          input: {
            sectorBodyId: sectorBody,
            title: 'T',
            description: 'D',
            category: 'LEARNING_PLATFORM',
            interestDeadline: new Date(Date.now() + HOUR).toISOString(),
            offerDeadline: new Date(Date.now() + 2 * HOUR).toISOString(),
            criteria: [{ name: 'prijs', weight: 100 }],
            standardId: forBoards.id,
          },
        },
        { token: negotiator.token },
      );
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'input.standardId',
            message: 'Deze standaard meet besturen zelf, niet producten.',
          },
        ],
      });
      const after = (
        await app.graphql(`{ tenders(first: 100) { totalCount } }`, {}, { token: negotiator.token })
      ).data!.tenders.totalCount;
      expect(after).toBe(before);
    });

    it('refuses price tiers out of order', async () => {
      const id = await tenderIn('OPEN_FOR_OFFERS');
      const res = await offer(editorA.token, id, productA, [
        { minStudents: 0, pricePerStudentCents: 1000 },
        { minStudents: 500, pricePerStudentCents: 900 },
        { minStudents: 500, pricePerStudentCents: 800 },
      ]);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.priceTiers.2.minStudents' }],
      });
      const notFromZero = await offer(editorA.token, id, productA, [
        { minStudents: 10, pricePerStudentCents: 1000 },
      ]);
      expect(notFromZero.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.priceTiers.0.minStudents' }],
      });
      expect((await tender(id, editorA.token)).offers).toEqual([]);
    });

    it('refuses publishing a deal the vendor has not accepted', async () => {
      const deal = must(
        await app.graphql(
          `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id status } }`,
          {
            input: {
              sectorBodyId: sectorBody,
              vendorId: vendorB,
              productIds: [productB],
              title: 'Rechtstreeks',
              terms: 'Model 4.0',
              priceTiers: [{ minStudents: 0, pricePerStudentCents: 900 }],
              validFrom: today,
              validUntil: addDays(today, 365),
            },
          },
          { token: negotiator.token },
        ),
        'createFrameworkDeal',
      );
      const res = await tenderAction(app, negotiator.token, 'publishFrameworkDeal', deal.id);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'NOT_ACCEPTED',
      });
      expect(
        (await app.graphql(DEAL, { id: deal.id }, { token: negotiator.token })).data!.frameworkDeal
          .status,
      ).toBe('DRAFT');
      // Once the vendor signed the terms, they no longer change: a deviation added then is
      // CONFLICT ACCEPTED_DEAL_CHANGED, and the signature stands.
      const accepted = must(
        await app.graphql(
          `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id vendorSignature { documentSha256 } } }`,
          { id: deal.id },
          { token: signatoryB.token },
        ),
        'acceptFrameworkDeal',
      );
      const late = await app.graphql(
        `mutation ($input: AddDealDeviationInput!) { addDealDeviation(input: $input) { id } }`,
        { input: { dealId: deal.id, clause: '7.2', text: 'Bewaartermijn 6 maanden.' } },
        { token: negotiator.token },
      );
      expect(late.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ACCEPTED_DEAL_CHANGED',
      });
      const unchanged = (await app.graphql(DEAL, { id: deal.id }, { token: negotiator.token }))
        .data!.frameworkDeal;
      expect(unchanged).toMatchObject({
        deviations: [],
        vendorSignature: { documentSha256: accepted.vendorSignature.documentSha256 },
      });
      // Only the vendor's SIGNATORY accepts; the editor may not.
      const byEditor = await app.graphql(
        `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id } }`,
        { id: deal.id },
        { token: editorB.token },
      );
      expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('sealed offers and other organisations', () => {
    it('shows an offer only to its vendor until EVALUATION, through every path', async () => {
      const { id, offerA, offerB } = await openWithOffers();
      expect((await tender(id, editorA.token)).offers.map((o: any) => o.id)).toEqual([offerA]);
      expect((await tender(id, editorB.token)).offers.map((o: any) => o.id)).toEqual([offerB]);
      for (const other of [negotiator, sectorAdmin, platformAdmin, inkoperA, otherNegotiator])
        expect((await tender(id, other.token)).offers).toEqual([]);
      // Another vendor cannot touch it either.
      const withdraw = await app.graphql(
        `mutation ($id: ID!) { withdrawOffer(id: $id) { id } }`,
        { id: offerA },
        { token: editorB.token },
      );
      expect(withdraw.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      // Audit events: the vendor reads its own; the sector body and the platform admin none.
      expect(
        (await auditOf(editorA.token))
          .filter((e: any) => e.entityId === offerA)
          .map((e: any) => e.action),
      ).toEqual(['offer.submitted']);
      for (const other of [sectorAdmin, platformAdmin])
        expect(
          (await auditOf(other.token)).filter(
            (e: any) => e.entityType === 'Offer' && [offerA, offerB].includes(e.entityId),
          ),
        ).toEqual([]);
      // The export and the notifications say nothing of offers.
      const exported = await fetch(`${app.url}/api/ocds/tenders/${id}`, {
        headers: { authorization: `Bearer ${negotiator.token}` },
      });
      expect(JSON.stringify(await exported.json())).not.toMatch(
        new RegExp(`${offerA}|${offerB}|1200`),
      );
      const notes = await app.graphql(
        `{ notifications(first: 100) { edges { node { id } } } }`,
        {},
        { token: negotiator.token },
      );
      expect(JSON.stringify(notes.data)).not.toMatch(new RegExp(`${offerA}|${offerB}`));
      // Then EVALUATION unseals them to the sector body, and only to it.
      await passDeadline(app, id, 'offer');
      must(await tenderAction(app, negotiator.token, 'closeTenderOffers', id), 'closeTenderOffers');
      expect((await tender(id, negotiator.token)).offers.map((o: any) => o.id).sort()).toEqual(
        [offerA, offerB].sort(),
      );
      expect(
        (await auditOf(sectorAdmin.token))
          .filter((e: any) => e.entityId === offerA)
          .map((e: any) => e.action),
      ).toEqual(['offer.submitted']);
      for (const other of [platformAdmin, inkoperA, otherNegotiator, editorB])
        expect((await tender(id, other.token)).offers.map((o: any) => o.id)).not.toContain(offerA);
    });

    it('keeps a withdrawn offer for its vendor, never opened, scored or awarded; the vendor offers again', async () => {
      const { id, offerA, offerB } = await openWithOffers();
      const OFFERS = `query ($id: ID!) { tender(id: $id) { offers { id status withdrawnAt product { id } } } }`;
      const offersOf = async (token: string) =>
        must(await app.graphql(OFFERS, { id }, { token }), 'tender').offers as any[];
      const WITHDRAW = `mutation ($id: ID!) { withdrawOffer(id: $id) { id status withdrawnAt } }`;

      const withdrawn = must(
        await app.graphql(WITHDRAW, { id: offerA }, { token: editorA.token }),
        'withdrawOffer',
      );
      expect(withdrawn).toEqual({
        id: offerA,
        status: 'WITHDRAWN',
        withdrawnAt: expect.any(String),
      });
      expect(Math.abs(Date.parse(withdrawn.withdrawnAt) - Date.now())).toBeLessThan(60_000);
      const again = await app.graphql(WITHDRAW, { id: offerA }, { token: editorA.token });
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });

      // Kept: the audit event's subject still exists, and its vendor still sees it.
      const [event] = await ds.query(
        `SELECT entity_type, entity_id FROM audit_event WHERE action = 'offer.withdrawn' AND entity_id = $1`,
        [offerA],
      );
      expect(event).toEqual({ entity_type: 'Offer', entity_id: offerA });
      expect(await ds.query(`SELECT status FROM offer WHERE id = $1`, [offerA])).toEqual([
        { status: 'WITHDRAWN' },
      ]);
      expect(await offersOf(editorA.token)).toEqual([{ ...withdrawn, product: { id: productA } }]);

      // The vendor may offer the product again: a new offer beside the withdrawn one.
      const renewed = must(await offer(editorA.token, id, productA), 'submitOffer');
      expect(renewed.id).not.toBe(offerA);
      expect((await offersOf(editorA.token)).map((o) => [o.id, o.status])).toEqual([
        [offerA, 'WITHDRAWN'],
        [renewed.id, 'SUBMITTED'],
      ]);
      // A second submission changes the standing offer, not the withdrawn one.
      const changed = must(
        await offer(editorA.token, id, productA, [{ minStudents: 0, pricePerStudentCents: 1100 }]),
        'submitOffer',
      );
      expect(changed.id).toBe(renewed.id);

      // Closed: the sector body sees the standing offers only; the withdrawn one is not there.
      await passDeadline(app, id, 'offer');
      must(await tenderAction(app, negotiator.token, 'closeTenderOffers', id), 'closeTenderOffers');
      expect((await offersOf(negotiator.token)).map((o) => o.id).sort()).toEqual(
        [renewed.id, offerB].sort(),
      );
      expect((await offersOf(editorA.token)).map((o) => o.id)).toContain(offerA);
      const score = await app.graphql(
        SCORE,
        { input: { offerId: offerA, scores: [{ criterion: 'prijs', score: 8 }] } },
        { token: negotiator.token },
      );
      expect(score.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await ds.query(`SELECT scores FROM offer WHERE id = $1`, [offerA])).toEqual([
        { scores: [] },
      ]);
      const award = await app.graphql(
        AWARD,
        {
          input: {
            tenderId: id,
            offerIds: [offerA],
            validFrom: today,
            validUntil: addDays(today, 365),
          },
        },
        { token: negotiator.token },
      );
      expect(award.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(award.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['input.offerIds']);
      // Nor is it in the tender's OCDS export.
      const exported = await fetch(`${app.url}/api/ocds/tenders/${id}`, {
        headers: { authorization: `Bearer ${negotiator.token}` },
      });
      expect(exported.status).toBe(200);
      expect(JSON.stringify(await exported.json())).not.toContain(offerA);
    });

    it("keeps a cancelled tender's offers sealed for good", async () => {
      const { id, offerA } = await openWithOffers();
      const cancelled = must(
        await app.graphql(
          `mutation ($id: ID!, $reason: String!) { cancelTender(id: $id, reason: $reason) { status cancellationReason } }`,
          { id, reason: 'Te weinig belangstelling.' },
          { token: negotiator.token },
        ),
        'cancelTender',
      );
      expect(cancelled).toEqual({
        status: 'CANCELLED',
        cancellationReason: 'Te weinig belangstelling.',
      });
      expect((await tender(id, negotiator.token)).offers).toEqual([]);
      expect((await auditOf(sectorAdmin.token)).filter((e: any) => e.entityId === offerA)).toEqual(
        [],
      );
      expect((await tender(id, editorA.token)).offers.map((o: any) => o.id)).toEqual([offerA]);
    });

    it('shows which boards only to the sector body and each board its own; the demand to everyone', async () => {
      const id = await tenderIn('OPEN_FOR_INTEREST');
      must(
        await app.graphql(
          REGISTER,
          { input: { tenderId: id, boardId: boardA, studentCount: 100, schoolCount: 1 } },
          { token: inkoperA.token },
        ),
        'registerInterest',
      );
      must(
        await app.graphql(
          REGISTER,
          { input: { tenderId: id, boardId: boardB, studentCount: 200, schoolCount: 2 } },
          { token: inkoperB.token },
        ),
        'registerInterest',
      );
      expect(
        (await tender(id, negotiator.token)).interests.map((i: any) => i.board.id).sort(),
      ).toEqual([boardA, boardB].sort());
      expect((await tender(id, inkoperA.token)).interests.map((i: any) => i.board.id)).toEqual([
        boardA,
      ]);
      for (const other of [editorA, otherNegotiator, platformAdmin]) {
        const seen = await tender(id, other.token);
        expect(seen).toMatchObject({ interests: [], totalStudents: 300, interestedBoards: 2 });
      }
      // A board cannot register for another.
      const forOther = await app.graphql(
        REGISTER,
        { input: { tenderId: id, boardId: boardB, studentCount: 1, schoolCount: 1 } },
        { token: inkoperA.token },
      );
      expect(forOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const byAdmin = await app.graphql(
        REGISTER,
        { input: { tenderId: id, boardId: boardA, studentCount: 1, schoolCount: 1 } },
        { token: boardAdminA.token },
      );
      expect(byAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // Audit: the board's admin reads its own interest, not the other board's.
      const events = (await auditOf(boardAdminA.token)).filter((e: any) => e.entityId === id);
      expect(events).toHaveLength(1);
    });

    it('keeps a DRAFT tender and its mutations to its sector body', async () => {
      const id = await createTender(app, negotiator.token, sectorBody);
      for (const other of [otherNegotiator, editorA, inkoperA, platformAdmin]) {
        expect(await tender(id, other.token)).toBeNull();
        const list = await app.graphql(
          `{ tenders(first: 100) { edges { node { id } } } }`,
          {},
          { token: other.token },
        );
        expect(list.data!.tenders.edges.map((e: any) => e.node.id)).not.toContain(id);
      }
      for (const mutation of [
        'openTenderForInterest',
        'openTenderForOffers',
        'closeTenderOffers',
      ]) {
        const res = await tenderAction(app, otherNegotiator.token, mutation, id);
        expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
      const update = await app.graphql(
        `mutation ($id: ID!, $input: UpdateTenderInput!) { updateTender(id: $id, input: $input) { id title } }`,
        { id, input: { title: 'Nieuw' } },
        { token: otherNegotiator.token },
      );
      expect(update.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const own = must(
        await app.graphql(
          `mutation ($id: ID!, $input: UpdateTenderInput!) { updateTender(id: $id, input: $input) { id title } }`,
          { id, input: { title: 'Nieuw' } },
          { token: negotiator.token },
        ),
        'updateTender',
      );
      expect(own.title).toBe('Nieuw');
      // A change is checked as the creation is: a blank title is refused, naming the field.
      const blank = await app.graphql(
        `mutation ($id: ID!, $input: UpdateTenderInput!) { updateTender(id: $id, input: $input) { id title } }`,
        { id, input: { title: '  ', criteria: [] } },
        { token: negotiator.token },
      );
      expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(
        blank.errors?.[0].extensions?.fields?.map((f: { field: string }) => f.field).sort(),
      ).toEqual(['input.criteria', 'input.title']);
      must(
        await tenderAction(app, negotiator.token, 'openTenderForInterest', id),
        'openTenderForInterest',
      );
      const late = await app.graphql(
        `mutation ($id: ID!, $input: UpdateTenderInput!) { updateTender(id: $id, input: $input) { id } }`,
        { id, input: { title: 'Later' } },
        { token: negotiator.token },
      );
      expect(late.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_TRANSITION',
      });
      const foreignCancel = await app.graphql(
        `mutation ($id: ID!) { cancelTender(id: $id, reason: "x") { id } }`,
        { id },
        { token: otherNegotiator.token },
      );
      expect(foreignCancel.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps a DRAFT deal to its sector body and vendor; participations to their boards', async () => {
      const deal = must(
        await app.graphql(
          `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`,
          {
            input: {
              sectorBodyId: sectorBody,
              vendorId: vendorA,
              productIds: [productA],
              title: 'Direct',
              terms: 'Model 4.0',
              priceTiers: [{ minStudents: 0, pricePerStudentCents: 700 }],
              validFrom: today,
              validUntil: addDays(today, 365),
            },
          },
          { token: negotiator.token },
        ),
        'createFrameworkDeal',
      );
      expect(
        (await app.graphql(DEAL, { id: deal.id }, { token: signatoryA.token })).data!.frameworkDeal,
      ).not.toBeNull();
      for (const other of [signatoryB, inkoperA, otherNegotiator, platformAdmin])
        expect(
          (await app.graphql(DEAL, { id: deal.id }, { token: other.token })).data!.frameworkDeal,
        ).toBeNull();
      const foreignVendor = await app.graphql(
        `mutation ($input: CreateFrameworkDealInput!) { createFrameworkDeal(input: $input) { id } }`,
        {
          input: {
            sectorBodyId: sectorBody,
            vendorId: vendorA,
            productIds: [productB],
            title: 'Direct',
            terms: 'Model 4.0',
            priceTiers: [{ minStudents: 0, pricePerStudentCents: 700 }],
            validFrom: today,
            validUntil: addDays(today, 365),
          },
        },
        { token: negotiator.token },
      );
      expect(foreignVendor.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input.productIds' }],
      });
      for (const [token, code] of [
        [signatoryB.token, 'NOT_FOUND'],
        [otherNegotiator.token, 'FORBIDDEN'],
      ] as const) {
        const res = await app.graphql(
          `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id } }`,
          { id: deal.id },
          { token },
        );
        expect(res.errors?.[0].extensions?.code).toBe(code);
      }
      const accepted = await app.graphql(
        `mutation ($id: ID!) { acceptFrameworkDeal(id: $id) { id } }`,
        { id: deal.id },
        { token: signatoryA.token },
      );
      expect(accepted.errors).toBeUndefined();
      must(
        await tenderAction(app, negotiator.token, 'publishFrameworkDeal', deal.id),
        'publishFrameworkDeal',
      );
      await ds.query(
        `INSERT INTO participation (deal_id, board_id, joined_at) VALUES ($1, $2, now()), ($1, $3, now())`,
        [deal.id, boardA, boardB],
      );
      const byBoard = (await app.graphql(DEAL, { id: deal.id }, { token: inkoperA.token })).data!
        .frameworkDeal;
      expect(byBoard).toMatchObject({
        participantCount: 2,
        participations: [{ id: expect.any(String) }],
      });
      expect(
        (await app.graphql(DEAL, { id: deal.id }, { token: negotiator.token })).data!.frameworkDeal
          .participations,
      ).toHaveLength(2);
      expect(
        (await app.graphql(DEAL, { id: deal.id }, { token: editorB.token })).data!.frameworkDeal,
      ).toMatchObject({ participantCount: 2, participations: [] });
      // VendorFilter.hasPublishedDeal.
      const vendors = async (hasPublishedDeal: boolean) =>
        (
          await app.graphql(
            `query ($filter: VendorFilter) { vendors(filter: $filter, first: 100) { edges { node { id } } } }`,
            { filter: { hasPublishedDeal } },
            { token: inkoperA.token },
          )
        ).data!.vendors.edges.map((e: any) => e.node.id);
      expect(await vendors(true)).toContain(vendorA);
      expect(await vendors(false)).not.toContain(vendorA);
    });

    it("exports OCDS only to the tender's sector body", async () => {
      const id = await tenderIn('OPEN_FOR_INTEREST');
      const get = (token?: string) =>
        fetch(`${app.url}/api/ocds/tenders/${id}`, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
      expect((await get(negotiator.token)).status).toBe(200);
      expect((await get(sectorAdmin.token)).status).toBe(200);
      for (const other of [otherNegotiator, editorA, inkoperA, platformAdmin])
        expect((await get(other.token)).status).toBe(404);
      expect((await get()).status).toBe(401);
      const draft = await createTender(app, negotiator.token, sectorBody);
      expect(
        (
          await fetch(`${app.url}/api/ocds/tenders/${draft}`, {
            headers: { authorization: `Bearer ${negotiator.token}` },
          })
        ).status,
      ).toBe(404);
    });
  });
});
