// The demo's collective procurement: a published minimum standard, two assessed
// products, one tender in each state and one published framework deal.
import { createHash, randomUUID } from 'node:crypto';
import {
  addDays,
  AgreementTopic,
  amsterdamDate,
  AssessmentStatus,
  AttestationType,
  ComplianceAnswer,
  ProductCategory,
  ReviewVerdict,
  StandardStatus,
  TenderStatus,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { writeFrameworkAgreement } from '../agreements/framework-agreements';
import { AttestationEntity } from '../attestations/attestation.entity';
import { SYSTEM, visibleIn, writerIn } from '../data-access';
import { UserEntity } from '../identity/user.entity';
import { AssessmentEntity, type StoredAnswer } from '../procurement/assessment.entity';
import { FrameworkDealEntity } from '../procurement/framework-deal.entity';
import { dealTermsDocument } from '../procurement/framework-deals.service';
import { MinimumStandardEntity } from '../procurement/minimum-standard.entity';
import { OfferEntity } from '../procurement/offer.entity';
import { ParticipationEntity } from '../procurement/participation.entity';
import { TenderInterestEntity } from '../procurement/tender-interest.entity';
import { TenderEntity } from '../procurement/tender.entity';
import { ProductEntity } from '../products/product.entity';

const DAY = 86_400_000;
const CRITERIA = [
  { name: 'prijs', weight: 40 },
  { name: 'kwaliteit', weight: 35 },
  { name: 'privacy', weight: 25 },
];
const TIERS = [
  { minStudents: 0, pricePerStudentCents: 1450 },
  { minStudents: 5000, pricePerStudentCents: 1250 },
  { minStudents: 20000, pricePerStudentCents: 1100 },
];

/** Seeds procurement in the demo's transaction `em`; `ids` as in demo-data.ts. */
export async function loadDemoProcurement(
  em: EntityManager,
  ids: Record<string, string>,
): Promise<void> {
  const sectorBodyId = ids.samenDigitaal;
  const today = amsterdamDate();
  const now = Date.now();
  const standards = writerIn(em, MinimumStandardEntity);
  const standard = await standards.save(
    standards.create({
      sectorBodyId,
      name: 'Minimale standaard digitale onderwijsdiensten',
      version: '1.0',
      status: StandardStatus.PUBLISHED,
      publishedAt: new Date(now - 30 * DAY),
      requirements: [
        {
          id: randomUUID(),
          code: 'BEV-01',
          title: 'Gecertificeerde informatiebeveiliging',
          description: 'Een geldig ISO 27001-certificaat voor de dienst.',
          mandatory: true,
          evidenceTypes: [AttestationType.ISO27001],
        },
        {
          id: randomUUID(),
          code: 'PRI-01',
          title: 'Gegevens binnen de EER',
          description: 'Opslag en verwerking van leerlinggegevens binnen de EER.',
          mandatory: true,
          evidenceTypes: [],
        },
        {
          id: randomUUID(),
          code: 'TOE-01',
          title: 'Toegankelijkheid',
          description: 'Voldoet aan WCAG 2.1 niveau AA.',
          mandatory: false,
          evidenceTypes: [],
        },
      ],
    }),
  );
  const product = (vendor: string, category: ProductCategory) =>
    em.findOneByOrFail(ProductEntity, { vendorId: ids[vendor], category });

  // Two assessed products, one of them partly reviewed.
  for (const [vendor, category, reviewed] of [
    ['leerwijs', ProductCategory.LEARNING_PLATFORM, true],
    ['schoolkompas', ProductCategory.STUDENT_INFORMATION_SYSTEM, false],
  ] as const) {
    const p = await product(vendor, category);
    // Seeding is the platform's own work: it reads as SYSTEM.
    const iso = await visibleIn(em, SYSTEM, AttestationEntity, 'a')
      .andWhere('a.vendor_id = :vendorId AND a.type = :type', {
        vendorId: p.vendorId,
        type: AttestationType.ISO27001,
      })
      .orderBy('a.valid_until', 'DESC')
      .getOne();
    const answers: StoredAnswer[] = standard.requirements.map((r, i) => ({
      requirementId: r.id,
      answer: i === 2 ? ComplianceAnswer.PARTIAL : ComplianceAnswer.MEETS,
      explanation: i === 0 ? 'Zie het ISO 27001-certificaat.' : 'Zie de privacybijsluiter.',
      evidenceIds: i === 0 && iso ? [iso.id] : [],
      verdict: reviewed && i < 2 ? ReviewVerdict.CONFIRMED : ReviewVerdict.PENDING,
      reviewNote: null,
    }));
    const assessments = writerIn(em, AssessmentEntity);
    await assessments.save(
      assessments.create({
        productId: p.id,
        vendorId: p.vendorId,
        standardId: standard.id,
        status: AssessmentStatus.SUBMITTED,
        answers,
        submittedAt: new Date(now - 10 * DAY),
      }),
    );
  }

  const tenders = writerIn(em, TenderEntity);
  const interests = writerIn(em, TenderInterestEntity);
  const offerRows = writerIn(em, OfferEntity);
  const tender = (
    status: TenderStatus,
    title: string,
    category: ProductCategory,
    interestInDays: number,
    offerInDays: number,
    cancellationReason: string | null = null,
  ) =>
    tenders.save(
      tenders.create({
        sectorBodyId,
        title,
        description: `Gezamenlijke aanbesteding: ${title.toLowerCase()} voor de aangesloten besturen.`,
        category,
        standardId: standard.id,
        status,
        interestDeadline: new Date(now + interestInDays * DAY),
        offerDeadline: new Date(now + offerInDays * DAY),
        criteria: CRITERIA,
        cancellationReason,
      }),
    );
  const interest = (tenderId: string, board: string, studentCount: number, schoolCount: number) =>
    interests.save(
      interests.create({
        tenderId,
        boardId: ids[board],
        studentCount,
        schoolCount,
        registeredAt: new Date(now - DAY),
      }),
    );
  const offer = (
    tenderId: string,
    p: ProductEntity,
    scores: { criterion: string; score: number }[],
  ) =>
    offerRows.save(
      offerRows.create({
        tenderId,
        vendorId: p.vendorId,
        productId: p.id,
        priceTiers: TIERS,
        terms: 'Verwerkersovereenkomst volgens Model 4.0, zonder afwijkingen.',
        submittedAt: new Date(now - 2 * DAY),
        scores,
        totalScore:
          scores.length === CRITERIA.length
            ? Math.round(scores.reduce((s, x, i) => s + x.score * CRITERIA[i].weight, 0)) / 100
            : null,
      }),
    );

  await tender(
    TenderStatus.DRAFT,
    'Kantoorsoftware en opslag',
    ProductCategory.OFFICE_CLOUD,
    30,
    60,
  );
  const open = await tender(
    TenderStatus.OPEN_FOR_INTEREST,
    'Leerplatform primair onderwijs',
    ProductCategory.LEARNING_PLATFORM,
    14,
    45,
  );
  await interest(open.id, 'rivierenland', 5200, 18);
  await interest(open.id, 'horizon', 2100, 7);
  const offers = await tender(
    TenderStatus.OPEN_FOR_OFFERS,
    'Toetsing en analyse',
    ProductCategory.TESTING,
    -7,
    21,
  );
  await interest(offers.id, 'zuidwest', 8900, 11);
  await offer(offers.id, await product('toetsplein', ProductCategory.TESTING), []);
  const evaluation = await tender(
    TenderStatus.EVALUATION,
    'Digitaal rekenonderwijs',
    ProductCategory.DIGITAL_LEARNING_MATERIAL,
    -40,
    -3,
  );
  await interest(evaluation.id, 'rivierenland', 5200, 18);
  await offer(evaluation.id, await product('leerwijs', ProductCategory.DIGITAL_LEARNING_MATERIAL), [
    { criterion: 'prijs', score: 7 },
    { criterion: 'kwaliteit', score: 8 },
  ]);
  await em.query('INSERT INTO audit_seal_lifted (seal_key) VALUES ($1)', [
    `tender:${evaluation.id}`,
  ]);
  const awarded = await tender(
    TenderStatus.AWARDED,
    'Leerlingadministratie',
    ProductCategory.STUDENT_INFORMATION_SYSTEM,
    -90,
    -60,
  );
  await interest(awarded.id, 'zuidwest', 8900, 11);
  await interest(awarded.id, 'rivierenland', 5200, 18);
  const sis = await product('schoolkompas', ProductCategory.STUDENT_INFORMATION_SYSTEM);
  const winning = await offer(awarded.id, sis, [
    { criterion: 'prijs', score: 8 },
    { criterion: 'kwaliteit', score: 7 },
    { criterion: 'privacy', score: 9 },
  ]);
  await em.query('INSERT INTO audit_seal_lifted (seal_key) VALUES ($1)', [`tender:${awarded.id}`]);
  await tender(
    TenderStatus.CANCELLED,
    'Ouder- en schoolcommunicatie',
    ProductCategory.COMMUNICATION,
    -20,
    10,
    'Te weinig belangstelling van besturen om gezamenlijk in te kopen.',
  );

  // The awarded tender's deal, accepted by the vendor's signatory and published.
  const signatory = await em.findOneByOrFail(UserEntity, {
    email: 'bestuurder@schoolkompas.example.nl',
  });
  const deals = writerIn(em, FrameworkDealEntity);
  const deal = deals.create({
    id: randomUUID(),
    sectorBodyId,
    vendorId: sis.vendorId,
    productIds: [sis.id],
    tenderId: awarded.id,
    offerId: winning.id,
    title: 'Raamovereenkomst leerlingadministratie',
    // Not the offer's "zonder afwijkingen": the sector body negotiated the deviation below.
    terms:
      'Verwerkersovereenkomst volgens Model 4.0, met de afwijking over de bewaartermijn van logbestanden die hieronder staat. Prijzen per leerling per jaar volgens de staffel.',
    priceTiers: winning.priceTiers,
    modelVersion: '4.0',
    deviations: [
      {
        id: randomUUID(),
        clause: 'Artikel 9 (bewaartermijnen)',
        text: 'Logbestanden worden 6 maanden bewaard in plaats van 3.',
        topic: AgreementTopic.SECURITY,
      },
    ],
    validFrom: addDays(today, -50),
    validUntil: addDays(today, 3 * 365),
    status: 'PUBLISHED',
    publishedAt: new Date(now - 45 * DAY),
  });
  deal.vendorSignature = {
    signedById: signatory.id,
    signedAt: new Date(now - 46 * DAY).toISOString(),
    documentSha256: createHash('sha256').update(dealTermsDocument(deal)).digest('hex'),
  };
  await deals.save(deal);

  // Rivierenland's signatory joined: its FRAMEWORK agreement stands in its register.
  const joiner = await em.findOneByOrFail(UserEntity, {
    email: 'bestuurder@rivierenland.example.nl',
  });
  // Seeding acts for no organisation: it reads back what it wrote as the platform.
  const { row } = await writeFrameworkAgreement(em, SYSTEM, joiner.id, ids.rivierenland, {
    ...deal,
    vendorSignature: deal.vendorSignature,
  });
  await writerIn(em, ParticipationEntity).insert({
    dealId: deal.id,
    boardId: ids.rivierenland,
    joinedAt: new Date(),
    agreementId: row.id,
  });
}
