// The demo boards' processing agreements, dated from the day the demo is loaded.
// Each board has one ACTIVE agreement in force with every demo vendor (so incidents
// and notices find affected boards), one of them expiring within 60 days and one
// accepted on Nimbus' general offer; a new version in DRAFT, one IN_REVIEW with
// deviations (one not yet assessed), and an old one that has EXPIRED.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  addDays,
  agreementContentJson,
  AgreementSource,
  AgreementStatus,
  AgreementTopic,
  amsterdamDate,
  DeviationAssessment,
  GeneralOfferStatus,
  generalOfferTermsJson,
  SignatureParty,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { pdfKit } from '../common/heavy-modules';
import { AgreementDeviationEntity } from '../agreements/agreement-deviation.entity';
import { AgreementDocumentEntity } from '../agreements/agreement-document.entity';
import { AgreementLeafletEntity } from '../agreements/agreement-leaflet.entity';
import { AgreementProductEntity } from '../agreements/agreement-product.entity';
import { AgreementSignatureEntity } from '../agreements/agreement-signature.entity';
import { AgreementEntity } from '../agreements/agreement.entity';
import {
  GENERAL_OFFER_FILE_LINK,
  MODEL_NAME,
  signedContent,
} from '../agreements/agreement-content';
import { GeneralOfferProductEntity } from '../agreements/general-offer-product.entity';
import { GeneralOfferEntity } from '../agreements/general-offer.entity';
import { SYSTEM, writerIn } from '../data-access';
import { FilesService } from '../files/files.service';
import { UserEntity } from '../identity/user.entity';
import { ProductEntity } from '../products/product.entity';

const BOARDS = ['rivierenland', 'zuidwest', 'horizon'];
const OFFER_VENDOR = 'nimbus';
const DAY = 24 * 60 * 60 * 1000;

interface DemoDeviation {
  clause: string;
  text: string;
  topic: AgreementTopic;
  assessment: DeviationAssessment | null;
  note?: string;
}

interface DemoAgreement {
  vendor: string;
  stage: AgreementStatus.DRAFT | AgreementStatus.IN_REVIEW | AgreementStatus.ACTIVE;
  /** Days from the day the demo is loaded; null: open. */
  validFrom: number | null;
  validUntil: number | null;
  /** Only the vendor's first product, else all of them. */
  firstProductOnly?: boolean;
  deviations?: DemoDeviation[];
  generalOffer?: boolean;
  /** Index in this list of the agreement this one replaces. */
  supersedes?: number;
  /** The vendor drafted it (and proposed its deviations); else the board's procurement. */
  draftedByVendor?: boolean;
}

const DEMO_AGREEMENTS: DemoAgreement[] = [
  {
    vendor: 'leerwijs',
    stage: AgreementStatus.ACTIVE,
    validFrom: -200,
    validUntil: 530,
    deviations: [
      {
        clause: '8.3',
        text: 'Sub-verwerkers worden 30 dagen vooraf gemeld in plaats van 60.',
        topic: AgreementTopic.SUBPROCESSORS,
        assessment: DeviationAssessment.ACCEPTABLE,
        note: 'Gebruikelijk in de sector.',
      },
    ],
  },
  { vendor: 'schoolkompas', stage: AgreementStatus.ACTIVE, validFrom: -700, validUntil: 45 },
  { vendor: 'toetsplein', stage: AgreementStatus.ACTIVE, validFrom: -120, validUntil: null },
  {
    vendor: OFFER_VENDOR,
    stage: AgreementStatus.ACTIVE,
    validFrom: -30,
    validUntil: 700,
    generalOffer: true,
  },
  // The renewal of the one with Schoolkompas that is about to end.
  {
    vendor: 'schoolkompas',
    stage: AgreementStatus.DRAFT,
    validFrom: 46,
    validUntil: 1141,
    supersedes: 1,
  },
  {
    vendor: 'leerwijs',
    stage: AgreementStatus.IN_REVIEW,
    validFrom: null,
    validUntil: 730,
    firstProductOnly: true,
    draftedByVendor: true,
    deviations: [
      {
        clause: '11.2',
        text: 'Aansprakelijkheid beperkt tot het factuurbedrag van twaalf maanden.',
        topic: AgreementTopic.LIABILITY,
        assessment: DeviationAssessment.ACCEPTABLE_WITH_MEASURES,
        note: 'Alleen met een cyberverzekering van ten minste € 1 mln.',
      },
      {
        clause: '9.1',
        text: 'Datalekken worden binnen 72 uur gemeld in plaats van 24 uur.',
        topic: AgreementTopic.BREACH_NOTIFICATION,
        assessment: null,
      },
    ],
  },
  { vendor: 'toetsplein', stage: AgreementStatus.ACTIVE, validFrom: -1100, validUntil: -40 },
];

/** The offer's terms: a one-page PDF, fictional and saying so. */
function renderTerms(vendorName: string, products: string[]): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const PDFDocument = pdfKit();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 64,
      info: { Title: `Algemeen aanbod ${vendorName}`, Author: vendorName, Subject: 'Regie demo' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(20).text('Algemeen aanbod verwerkersovereenkomst');
    doc.moveDown().fontSize(11);
    doc.text(`Verwerker: ${vendorName}`);
    doc.text(`Model Verwerkersovereenkomst 4.0, zonder afwijkingen.`);
    doc.text(`Producten: ${products.join(', ')}`);
    doc.moveDown().text('Elk schoolbestuur dat dit aanbod aanvaardt, sluit deze overeenkomst.');
    doc
      .moveDown(2)
      .fontSize(9)
      .fillColor('#666666')
      .text('Fictief document voor de demonstratie van Regie.');
    doc.end();
  });
}

async function userId(em: EntityManager, email: string): Promise<string> {
  return (await em.findOneByOrFail(UserEntity, { email })).id;
}

/** Seeds the agreements in the demo's transaction `em`; returns how many it made. */
export async function loadDemoAgreements(
  em: EntityManager,
  ids: Record<string, string>,
  files: FilesService,
): Promise<number> {
  const today = amsterdamDate();
  const productsOf = new Map<string, ProductEntity[]>();
  for (const vendor of new Set(DEMO_AGREEMENTS.map((a) => a.vendor)))
    productsOf.set(
      vendor,
      await em.find(ProductEntity, { where: { vendorId: ids[vendor] }, order: { name: 'ASC' } }),
    );

  // Nimbus publishes its standing terms for all of its products.
  const offerProducts = productsOf.get(OFFER_VENDOR)!;
  const vendorName = (
    await em.query<{ name: string }[]>('SELECT name FROM organisation WHERE id = $1', [
      ids[OFFER_VENDOR],
    ])
  )[0].name;
  const terms = await files.storeGenerated(em, {
    organisationId: ids[OFFER_VENDOR],
    filename: `algemeen-aanbod-${OFFER_VENDOR}.pdf`,
    bytes: Readable.from([
      await renderTerms(
        vendorName,
        offerProducts.map((p) => p.name),
      ),
    ]),
  });
  const offers = writerIn(em, GeneralOfferEntity);
  const offerId = randomUUID();
  const offer = await offers.save(
    offers.create({
      id: offerId,
      vendorId: ids[OFFER_VENDOR],
      modelVersion: '4.0',
      termsFileId: terms.id,
      termsSha256: terms.sha256,
      signatureSha256: createHash('sha256')
        .update(
          generalOfferTermsJson({
            id: offerId,
            vendorId: ids[OFFER_VENDOR],
            productIds: offerProducts.map((p) => p.id),
            modelVersion: '4.0',
            termsSha256: terms.sha256,
          }),
        )
        .digest('hex'),
      status: GeneralOfferStatus.PUBLISHED,
      publishedById: await userId(em, `bestuurder@${OFFER_VENDOR}.example.nl`),
      publishedAt: new Date(Date.now() - 60 * DAY),
    }),
  );
  await files.link(em, {
    fileId: terms.id,
    organisationId: ids[OFFER_VENDOR],
    kind: GENERAL_OFFER_FILE_LINK,
    linkId: offer.id,
    field: 'termsFileId',
  });
  await writerIn(em, GeneralOfferProductEntity).insert(
    offerProducts.map((p) => ({ generalOfferId: offer.id, productId: p.id })),
  );

  const agreements = writerIn(em, AgreementEntity);
  const deviations = writerIn(em, AgreementDeviationEntity);
  let made = 0;
  for (const board of BOARDS) {
    const list: AgreementEntity[] = [];
    for (const spec of DEMO_AGREEMENTS) {
      const products = productsOf.get(spec.vendor)!;
      const covered = spec.firstProductOnly ? products.slice(0, 1) : products;
      const validFrom = spec.validFrom === null ? null : addDays(today, spec.validFrom);
      const row = await agreements.save(
        agreements.create({
          boardId: ids[board],
          vendorId: ids[spec.vendor],
          source: spec.generalOffer ? AgreementSource.GENERAL_OFFER : AgreementSource.DIRECT,
          status: spec.stage,
          modelName: MODEL_NAME,
          modelVersion: '4.0',
          validFrom,
          validUntil: spec.validUntil === null ? null : addDays(today, spec.validUntil),
          supersedesId: spec.supersedes === undefined ? null : list[spec.supersedes].id,
          generalOfferId: spec.generalOffer ? offer.id : null,
          vendorConsentSha256: spec.generalOffer ? offer.signatureSha256 : null,
          createdById: await userId(
            em,
            spec.draftedByVendor
              ? `redactie@${spec.vendor}.example.nl`
              : `inkoop@${board}.example.nl`,
          ),
          createdByParty: spec.draftedByVendor ? SignatureParty.VENDOR : SignatureParty.BOARD,
        }),
      );
      list.push(row);
      await writerIn(em, AgreementProductEntity).insert(
        covered.map((p) => ({ agreementId: row.id, productId: p.id })),
      );
      for (const d of spec.deviations ?? [])
        await deviations.save(
          deviations.create({
            agreementId: row.id,
            clause: d.clause,
            text: d.text,
            topic: d.topic,
            addedBy: spec.draftedByVendor ? SignatureParty.VENDOR : SignatureParty.BOARD,
            assessment: d.assessment,
            assessmentNote: d.note ?? null,
            assessedAt: d.assessment ? new Date() : null,
            assessedById: d.assessment ? await userId(em, `fg@${board}.example.nl`) : null,
          }),
        );
      if (spec.generalOffer)
        await writerIn(em, AgreementDocumentEntity).insert({
          agreementId: row.id,
          fileId: terms.id,
          sha256: terms.sha256,
        });
      if (spec.stage !== AgreementStatus.DRAFT) {
        const leaflets = covered.filter((p) => p.currentLeafletId);
        if (leaflets.length)
          await writerIn(em, AgreementLeafletEntity).insert(
            leaflets.map((p) => ({
              agreementId: row.id,
              leafletId: p.currentLeafletId!,
              productId: p.id,
            })),
          );
        await agreements.update({ id: row.id }, { leafletsFixedAt: new Date() });
      }
      if (spec.stage === AgreementStatus.ACTIVE) await sign(em, row, board, spec, today);
      made += 1;
    }
  }
  return made;
}

/**
 * The signatures over the canonical content, a few days before the agreement began: both
 * parties', or for an accepted general offer the board's alone (the vendor's consent is its
 * signature on the offer, which the content names).
 */
async function sign(
  em: EntityManager,
  row: AgreementEntity,
  board: string,
  spec: DemoAgreement,
  today: string,
) {
  const activatedOn = addDays(today, Math.min(spec.validFrom ?? 0, 0) - 3);
  const signedAt = new Date(`${activatedOn}T10:00:00Z`);
  // Seeding acts for no organisation: it reads back what it wrote as the platform.
  const documentSha256 = createHash('sha256')
    .update(agreementContentJson(await signedContent(em, SYSTEM, row)))
    .digest('hex');
  await writerIn(em, AgreementSignatureEntity).insert([
    {
      agreementId: row.id,
      party: SignatureParty.BOARD,
      signedById: await userId(em, `bestuurder@${board}.example.nl`),
      signedAt,
      documentSha256,
    },
    ...(spec.generalOffer
      ? []
      : [
          {
            agreementId: row.id,
            party: SignatureParty.VENDOR,
            signedById: await userId(em, `bestuurder@${spec.vendor}.example.nl`),
            signedAt: new Date(signedAt.getTime() + DAY),
            documentSha256,
          },
        ]),
  ]);
  await writerIn(em, AgreementEntity).update({ id: row.id }, { activatedOn });
}
