// Factories for the sector overview's tests: board standards, boards' submitted maturity
// assessments and vendors' assessments written straight into a test's database (the
// overview reads them; their own lifecycles are tested elsewhere), and the overview's query.
import { randomUUID } from 'node:crypto';
import { AssessmentStatus, ComplianceAnswer, ReviewVerdict, StandardSubject } from '@regie/domain';
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

export interface BoardRequirement {
  id: string;
  code: string;
  minimumLevel: number;
  targetLevel: number | null;
  targetDate: string | null;
}

/** A published BOARD standard of `sectorBodyId`, with these requirements' levels. */
export async function seedBoardStandard(
  app: TestApp,
  sectorBodyId: string,
  levels: { minimumLevel: number; targetLevel?: number | null; targetDate?: string | null }[],
  options: { status?: 'DRAFT' | 'PUBLISHED'; name?: string } = {},
): Promise<{ id: string; requirements: BoardRequirement[] }> {
  const requirements = levels.map((l, i) => ({
    id: randomUUID(),
    code: `N${String(i + 1).padStart(3, '0')}`,
    title: `Norm ${i + 1}`,
    description: 'Een norm voor informatiebeveiliging en privacy',
    mandatory: true,
    evidenceTypes: [],
    minimumLevel: l.minimumLevel,
    targetLevel: l.targetLevel ?? null,
    targetDate: l.targetLevel ? (l.targetDate ?? '2028-08-01') : null,
  }));
  const status = options.status ?? 'PUBLISHED';
  const [row]: { id: string }[] = await app.running.app.get(DataSource).query(
    `INSERT INTO minimum_standard (sector_body_id, name, version, status, subject, requirements, published_at)
     VALUES ($1, $2, '1.0', $3::standard_status, $4::standard_subject, $5::jsonb,
             CASE WHEN $3::text = 'PUBLISHED' THEN now() END) RETURNING id`,
    [
      sectorBodyId,
      options.name ?? 'Normenkader informatiebeveiliging en privacy',
      status,
      StandardSubject.BOARD,
      JSON.stringify(requirements),
    ],
  );
  return {
    id: row.id,
    requirements: requirements.map(({ id, code, minimumLevel, targetLevel, targetDate }) => ({
      id,
      code,
      minimumLevel,
      targetLevel,
      targetDate,
    })),
  };
}

/** A board's maturity assessment against a board standard: levels per requirement id. */
export async function seedBoardAssessment(
  app: TestApp,
  input: {
    boardId: string;
    standardId: string;
    levels: Record<string, number>;
    status?: AssessmentStatus;
    /** Days ago it was submitted (newest wins). */
    daysAgo?: number;
  },
): Promise<string> {
  const status = input.status ?? AssessmentStatus.SUBMITTED;
  const answers = Object.entries(input.levels).map(([requirementId, level]) => ({
    requirementId,
    level,
    explanation: null,
    plannedLevel: null,
    plannedBy: null,
  }));
  const [row]: { id: string }[] = await app.running.app.get(DataSource).query(
    `INSERT INTO board_assessment (board_id, standard_id, status, answers, submitted_at)
     VALUES ($1, $2, $3::assessment_status, $4::jsonb,
             CASE WHEN $3::text = 'SUBMITTED' THEN now() - make_interval(days => $5::int) END)
     RETURNING id`,
    [input.boardId, input.standardId, status, JSON.stringify(answers), input.daysAgo ?? 1],
  );
  return row.id;
}

/** A vendor's assessment of a product: answers per requirement id, evidence by attestation id. */
export async function seedProductAssessment(
  app: TestApp,
  input: {
    productId: string;
    vendorId: string;
    standardId: string;
    answers: Record<string, { answer: ComplianceAnswer; evidenceIds?: string[] }>;
    status?: AssessmentStatus;
    daysAgo?: number;
  },
): Promise<string> {
  const status = input.status ?? AssessmentStatus.SUBMITTED;
  const answers = Object.entries(input.answers).map(([requirementId, a]) => ({
    requirementId,
    answer: a.answer,
    explanation: null,
    evidenceIds: a.evidenceIds ?? [],
    verdict: ReviewVerdict.PENDING,
    reviewNote: null,
  }));
  const [row]: { id: string }[] = await app.running.app.get(DataSource).query(
    `INSERT INTO assessment (product_id, vendor_id, standard_id, status, answers, submitted_at)
     VALUES ($1, $2, $3, $4::assessment_status, $5::jsonb,
             CASE WHEN $4::text <> 'DRAFT' THEN now() - make_interval(days => $6::int) END)
     RETURNING id`,
    [
      input.productId,
      input.vendorId,
      input.standardId,
      status,
      JSON.stringify(answers),
      input.daysAgo ?? 1,
    ],
  );
  return row.id;
}

export const OVERVIEW = `query ($standardId: ID!, $sector: Sector) {
  sectorOverview(standardId: $standardId, sector: $sector) {
    standard { id name } sector
    products { product { id name vendor { id name } } assessment { id status mandatoryMet mandatoryTotal }
      compliant boardsInForce validAttestationTypes }
    agreementsInForce agreementsOnCompliantProducts boardsAssessed boardsAtMinimum
    requirements { requirement { id code } boardsAssessed boardsAtMinimum boardsAtTarget levelCounts }
    generatedAt
  }
}`;

/** A REST download with the caller's token and language. */
export function download(app: TestApp, path: string, token?: string, lang: 'nl' | 'en' = 'nl') {
  return fetch(`${app.url}${path}`, {
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'accept-language': lang,
    },
  });
}
