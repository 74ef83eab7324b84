// Demo reviews boards shared of products' terms: a few published, some anonymous, one with
// the vendor's response, so that the product pages and the comparison show what boards found.
// None is of Leerwijs Platform, whose review a journey shares from an agreement.
import { AgreementTopic as T, FindingVerdict as V, RiskLevel } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { writerIn } from '../data-access';
import { UserEntity } from '../identity/user.entity';
import { ProductReviewEntity, type StoredFinding } from '../product-reviews/product-review.entity';
import { ProductEntity } from '../products/product.entity';

const DAY = 24 * 60 * 60 * 1000;

interface DemoReview {
  board: string;
  vendor: string;
  product: string;
  anonymous: boolean;
  riskLevel: RiskLevel;
  summary: string;
  findings: StoredFinding[];
  daysAgo: number;
  response?: string;
}

const DEMO_REVIEWS: DemoReview[] = [
  {
    board: 'rivierenland',
    vendor: 'schoolkompas',
    product: 'Kompas Leerlingvolgsysteem',
    anonymous: false,
    riskLevel: RiskLevel.LOW,
    summary: 'Volgt het model op bijna alle punten; de bewaartermijnen zijn ruim maar uitgelegd.',
    findings: [
      { topic: T.SECURITY, verdict: V.MEETS_MODEL, note: 'ISO 27001, jaarlijkse pentest.' },
      {
        topic: T.DELETION_AND_RETURN,
        verdict: V.DEVIATES_ACCEPTABLY,
        note: 'Verwijderen binnen 3 maanden in plaats van 1; export in CSV beschikbaar.',
      },
    ],
    daysAgo: 40,
    response: 'Vanaf het volgende schooljaar verwijderen we binnen 1 maand.',
  },
  {
    board: 'zuidwest',
    vendor: 'schoolkompas',
    product: 'Kompas Leerlingvolgsysteem',
    anonymous: true,
    riskLevel: RiskLevel.MEDIUM,
    summary: 'Bruikbaar, maar de meldtermijn voor datalekken is te ruim.',
    findings: [
      {
        topic: T.BREACH_NOTIFICATION,
        verdict: V.DEVIATES_UNACCEPTABLY,
        note: 'Melden binnen 72 uur; wij hebben 24 uur nodig.',
      },
    ],
    daysAgo: 12,
  },
  {
    board: 'horizon',
    vendor: 'toetsplein',
    product: 'Toetsplein Adaptief',
    anonymous: true,
    riskLevel: RiskLevel.HIGH,
    summary: 'Subverwerkers buiten de EER zonder afdoende waarborgen.',
    findings: [
      {
        topic: T.INTERNATIONAL_TRANSFERS,
        verdict: V.DEVIATES_UNACCEPTABLY,
        note: 'Analysedienst in de VS zonder standaardcontractbepalingen.',
      },
      { topic: T.SUBPROCESSORS, verdict: V.DEVIATES_ACCEPTABLY, note: 'Lijst is actueel.' },
    ],
    daysAgo: 5,
  },
];

/** Seeds the reviews in the demo's transaction `em`; returns how many it made. */
export async function loadDemoReviews(
  em: EntityManager,
  ids: Record<string, string>,
): Promise<number> {
  const reviews = writerIn(em, ProductReviewEntity);
  for (const spec of DEMO_REVIEWS) {
    const product = await em.findOneByOrFail(ProductEntity, {
      vendorId: ids[spec.vendor],
      name: spec.product,
    });
    const fg = await em.findOneByOrFail(UserEntity, { email: `fg@${spec.board}.example.nl` });
    const editor = await em.findOneByOrFail(UserEntity, {
      email: `redactie@${spec.vendor}.example.nl`,
    });
    const publishedAt = new Date(Date.now() - spec.daysAgo * DAY);
    await reviews.save(
      reviews.create({
        productId: product.id,
        boardId: ids[spec.board],
        leafletId: product.currentLeafletId,
        anonymous: spec.anonymous,
        riskLevel: spec.riskLevel,
        summary: spec.summary,
        findings: spec.findings,
        publishedAt,
        publishedById: fg.id,
        withdrawnAt: null,
        withdrawnById: null,
        vendorResponse: spec.response ?? null,
        vendorRespondedAt: spec.response ? new Date(publishedAt.getTime() + 2 * DAY) : null,
        vendorRespondedById: spec.response ? editor.id : null,
      }),
    );
  }
  return DEMO_REVIEWS.length;
}
