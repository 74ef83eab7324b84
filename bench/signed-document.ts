// What making an agreement's signed PDF adds to the transaction that makes it ACTIVE: the
// rendering of a typical agreement (two products with their leaflets, three deviations, two
// documents, two signatures) and of a large one (ten products, forty deviations), as the
// median and the slowest of many runs, and the size of the PDF.
//   node -r @swc-node/register bench/signed-document.ts [runs]
import {
  agreementContentJson,
  AgreementSource,
  DataSubject,
  DeviationAssessment,
  PersonalDataCategory,
  SignatureParty,
  TransferMechanism,
} from '@regie/domain';
import { createHash, randomUUID } from 'node:crypto';
import {
  renderSignedDocumentPdf,
  type SignedDocumentModel,
} from '../apps/api/src/agreements/signed-document-pdf';

const RUNS = Number(process.argv[2] ?? 30);

function model(products: number, deviations: number): SignedDocumentModel {
  const leaflets = Array.from({ length: products }, (_, i) => ({
    id: randomUUID(),
    product: `Leerwolk Module ${i + 1}`,
    version: 3,
    purposes: ['Het geven van onderwijs', 'Het volgen van de voortgang van leerlingen'],
    dataSubjects: [DataSubject.STUDENT, DataSubject.STAFF],
    dataCategories: [
      PersonalDataCategory.CONTACT_DETAILS,
      PersonalDataCategory.STUDY_PROGRESS,
      PersonalDataCategory.USAGE_LOGS,
    ],
    retention: [
      { category: PersonalDataCategory.STUDY_PROGRESS, period: 'tot 2 jaar na uitschrijving' },
    ],
    subprocessors: [
      {
        name: 'Cloud Inc.',
        service: 'hosting',
        country: 'US',
        transferMechanism: TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES,
      },
    ],
    locations: [{ country: 'NL', activity: 'opslag' }],
    breachNotificationHours: 24,
    privacyContactEmail: 'privacy@leerwolk.example.nl',
  }));
  const devs = Array.from({ length: deviations }, (_, i) => ({
    clause: `${i + 1}.2`,
    text: 'De aansprakelijkheid van de verwerker is beperkt tot het bedrag dat het bestuur in de twaalf maanden voor de schade betaalde.',
    assessment: DeviationAssessment.ACCEPTABLE_WITH_MEASURES,
    assessmentNote: 'Met een aanvullende verzekering.',
  }));
  const content = {
    parties: { boardId: randomUUID(), vendorId: randomUUID() },
    productIds: leaflets.map(() => randomUUID()),
    leafletIds: leaflets.map((l) => l.id),
    model: { name: 'Model Verwerkersovereenkomst', version: '4.0' },
    deviations: devs,
    validFrom: '2026-01-01',
    validUntil: '2028-12-31',
    documentSha256s: ['a'.repeat(64), 'b'.repeat(64)],
  };
  const contentJson = agreementContentJson(content);
  const contentSha256 = createHash('sha256').update(contentJson).digest('hex');
  return {
    agreementId: randomUUID(),
    source: AgreementSource.DIRECT,
    board: { name: 'Stichting Openbaar Primair Onderwijs Rivierenland', boardNumber: '41234' },
    vendor: { name: 'Leerwolk B.V.', kvkNumber: '12345678' },
    model: content.model,
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    products: leaflets.map((l) => l.product),
    leaflets,
    deviations: devs,
    documents: [
      { filename: 'beveiligingsbijlage.pdf', sha256: 'a'.repeat(64) },
      { filename: 'dienstbeschrijving.pdf', sha256: 'b'.repeat(64) },
    ],
    signatures: [SignatureParty.BOARD, SignatureParty.VENDOR].map((party) => ({
      party,
      signer: 'Bea Bestuurder',
      signedAt: new Date(),
      documentSha256: contentSha256,
    })),
    consent: null,
    contentJson,
    contentSha256,
    madeAt: new Date(),
  };
}

async function measure(label: string, m: SignedDocumentModel) {
  await renderSignedDocumentPdf(m); // warm-up: fonts read and parsed once per process
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    size = (await renderSignedDocumentPdf(m)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `${label}: median ${median.toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms, ${Math.round(size / 1024)} KiB`,
  );
}

async function main() {
  await measure('typical agreement (2 products, 3 deviations)', model(2, 3));
  await measure('large agreement (10 products, 40 deviations)', model(10, 40));
}

void main();
