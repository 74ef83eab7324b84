// Factories for procurement tests: standards, tenders and deals made the way the
// sector body makes them, and a clock hand that moves a tender's deadlines.
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is read loosely
type LooseObject = Record<string, any>;

export const HOUR = 3_600_000;

export function must(res: { data?: LooseObject | null; errors?: unknown[] }, field: string) {
  if (res.errors) throw new Error(`${field} refused: ${JSON.stringify(res.errors)}`);
  return res.data![field];
}

export async function publishedStandard(
  app: TestApp,
  token: string,
  sectorBodyId: string,
  requirements: LooseObject[] = [
    {
      code: 'ISO',
      title: 'Informatiebeveiliging',
      description: 'ISO 27001',
      mandatory: true,
      evidenceTypes: ['ISO27001'],
    },
    { code: 'EER', title: 'Gegevens in de EER', description: 'Opslag in de EER', mandatory: true },
    { code: 'TOE', title: 'Toegankelijkheid', description: 'WCAG 2.1', mandatory: false },
  ],
  subject: 'PRODUCT' | 'BOARD' = 'PRODUCT',
): Promise<LooseObject> {
  const created = must(
    await app.graphql(
      `mutation ($input: CreateMinimumStandardInput!) { createMinimumStandard(input: $input) { id requirements { id code } } }`,
      {
        input: {
          sectorBodyId,
          name: 'Minimale standaard leerplatforms',
          version: '1.0',
          subject,
          requirements,
        },
      },
      { token },
    ),
    'createMinimumStandard',
  );
  must(
    await app.graphql(
      `mutation ($id: ID!) { publishMinimumStandard(id: $id) { id } }`,
      { id: created.id },
      { token },
    ),
    'publishMinimumStandard',
  );
  return created;
}

export const CRITERIA = [
  { name: 'prijs', weight: 40 },
  { name: 'kwaliteit', weight: 35 },
  { name: 'privacy', weight: 25 },
];

export const CREATE_TENDER = `mutation ($input: CreateTenderInput!) { createTender(input: $input) { id status } }`;

export async function createTender(
  app: TestApp,
  token: string,
  sectorBodyId: string,
  overrides: LooseObject = {},
): Promise<string> {
  const now = Date.now();
  const tender = must(
    await app.graphql(
      CREATE_TENDER,
      {
        input: {
          sectorBodyId,
          title: 'Leerplatform PO 2027',
          description: 'Een gezamenlijke aanbesteding voor een leerplatform.',
          category: 'LEARNING_PLATFORM',
          interestDeadline: new Date(now + 24 * HOUR).toISOString(),
          offerDeadline: new Date(now + 48 * HOUR).toISOString(),
          criteria: CRITERIA,
          ...overrides,
        },
      },
      { token },
    ),
    'createTender',
  );
  return tender.id;
}

/** Moves a deadline to an hour ago: time passes without waiting. */
export async function passDeadline(app: TestApp, tenderId: string, which: 'interest' | 'offer') {
  const ds = app.running.app.get(DataSource);
  const past = new Date(Date.now() - HOUR);
  if (which === 'interest')
    await ds.query(`UPDATE tender SET interest_deadline = $2 WHERE id = $1`, [tenderId, past]);
  else
    await ds.query(
      `UPDATE tender SET interest_deadline = LEAST(interest_deadline, $2), offer_deadline = $3 WHERE id = $1`,
      [tenderId, new Date(past.getTime() - HOUR), past],
    );
}

export async function tenderAction(app: TestApp, token: string, mutation: string, id: string) {
  return app.graphql(
    `mutation ($id: ID!) { ${mutation}(id: $id) { id status } }`,
    { id },
    { token },
  );
}

export const SUBMIT_OFFER = `mutation ($input: SubmitOfferInput!) { submitOffer(input: $input) { id totalScore priceTiers { minStudents pricePerStudentCents } } }`;

export const TIERS = [
  { minStudents: 0, pricePerStudentCents: 1200 },
  { minStudents: 1000, pricePerStudentCents: 1000 },
  { minStudents: 10000, pricePerStudentCents: 800 },
];
