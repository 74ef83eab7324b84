// The demo vendors' security attestations, each with a small real PDF made here
// (fictional certificates and reports: every body, auditor and number is made up).
// Per vendor: several types, one EXPIRING (within 90 days of the day the demo is
// loaded), one RESTRICTED pentest that a board was granted access to, all linked
// to the vendor's demo products.
import { Readable } from 'node:stream';
import {
  AccessRequestStatus,
  addDays,
  amsterdamDate,
  AttestationType as T,
  VerificationStatus,
  Visibility as V,
} from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { pdfKit } from '../common/heavy-modules';
import { AttestationAccessRequestEntity } from '../attestations/attestation-access-request.entity';
import { AttestationProductEntity } from '../attestations/attestation-product.entity';
import { AttestationEntity } from '../attestations/attestation.entity';
import { ATTESTATION_FILE_LINK } from '../attestations/attestations.service';
import { writerIn } from '../data-access';
import { FilesService } from '../files/files.service';
import { UserEntity } from '../identity/user.entity';
import { ProductEntity } from '../products/product.entity';

interface DemoAttestation {
  type: T;
  visibility: V;
  issuer: string;
  scope: string;
  /** Days from the day the demo is loaded. */
  issuedDaysAgo: number;
  validForDays: number;
  verified?: string;
  /** The board key granted access to this (RESTRICTED) one. */
  grantedTo?: string;
}

const ISSUERS = {
  cert: 'Stichting Certificering Onderwijs-ICT (fictief)',
  audit: 'Van Dalen & Kuipers Auditors (fictief)',
  pentest: 'Rode Haring Security B.V. (fictief)',
  us: 'Meridian Assurance LLP (fictional)',
};

/** Per vendor key of DEMO_ORGANISATIONS. */
const DEMO_ATTESTATIONS: Record<string, DemoAttestation[]> = {
  leerwijs: [
    {
      type: T.ISO27001,
      visibility: V.PUBLIC,
      issuer: ISSUERS.cert,
      scope: 'Ontwikkeling, hosting en beheer van Leerwijs Platform en Leerwijs Rekenen.',
      issuedDaysAgo: 300,
      validForDays: 795,
      verified: 'Certificaat en scope gecontroleerd in het register van de certificeerder.',
    },
    {
      type: T.NEN7510,
      visibility: V.SECTOR,
      issuer: ISSUERS.cert,
      scope: 'Informatiebeveiliging rond leerlingdossiers met zorggegevens (SO).',
      issuedDaysAgo: 1050,
      validForDays: 1110, // ends in 60 days: EXPIRING
    },
    {
      type: T.PENTEST,
      visibility: V.RESTRICTED,
      issuer: ISSUERS.pentest,
      scope: 'Penetratietest webapplicatie en API van Leerwijs Platform (grey box).',
      issuedDaysAgo: 90,
      validForDays: 365,
      grantedTo: 'rivierenland',
    },
  ],
  schoolkompas: [
    {
      type: T.ISO27001,
      visibility: V.PUBLIC,
      issuer: ISSUERS.cert,
      scope: 'Kompas Leerlingvolgsysteem en Kompas Ouderportaal, inclusief datacenterbeheer.',
      issuedDaysAgo: 500,
      validForDays: 1095,
      verified: 'Geldig certificaat; scope dekt beide producten.',
    },
    {
      type: T.ISAE3402,
      visibility: V.SECTOR,
      issuer: ISSUERS.audit,
      scope: 'ISAE 3402 type II over de beheersmaatregelen van de leerlingadministratie.',
      issuedDaysAgo: 340,
      validForDays: 375, // ends in 35 days: EXPIRING
    },
    {
      type: T.PENTEST,
      visibility: V.RESTRICTED,
      issuer: ISSUERS.pentest,
      scope: 'Penetratietest Kompas Ouderportaal (mobiele app en web).',
      issuedDaysAgo: 150,
      validForDays: 365,
      grantedTo: 'zuidwest',
    },
  ],
  toetsplein: [
    {
      type: T.ISO27001,
      visibility: V.PUBLIC,
      issuer: ISSUERS.cert,
      scope: 'Toetsplein Adaptief: ontwikkeling, afname en normering van toetsen.',
      issuedDaysAgo: 700,
      validForDays: 770, // ends in 70 days: EXPIRING
    },
    {
      type: T.TPM,
      visibility: V.SECTOR,
      issuer: ISSUERS.audit,
      scope: 'Third Party Memorandum over beschikbaarheid en integriteit van toetsresultaten.',
      issuedDaysAgo: 60,
      validForDays: 365,
    },
    {
      type: T.PENTEST,
      visibility: V.RESTRICTED,
      issuer: ISSUERS.pentest,
      scope: 'Penetratietest toetsomgeving en beheerportaal.',
      issuedDaysAgo: 200,
      validForDays: 365,
      grantedTo: 'rivierenland',
    },
  ],
  nimbus: [
    {
      type: T.SOC2_TYPE2,
      visibility: V.SECTOR,
      issuer: ISSUERS.us,
      scope: 'SOC 2 Type II: security, availability and confidentiality of Nimbus Workspace.',
      issuedDaysAgo: 320,
      validForDays: 350, // ends in 30 days: EXPIRING
    },
    {
      type: T.CSA_STAR,
      visibility: V.PUBLIC,
      issuer: ISSUERS.us,
      scope: 'CSA STAR Level 2 for Nimbus Workspace and Nimbus ID.',
      issuedDaysAgo: 100,
      validForDays: 1000,
      verified: 'Listed in the STAR registry; scope covers both products.',
    },
    {
      type: T.ISO27018,
      visibility: V.PUBLIC,
      issuer: ISSUERS.us,
      scope: 'Protection of personal data in the Nimbus public cloud.',
      issuedDaysAgo: 400,
      validForDays: 700,
    },
    {
      type: T.PENTEST,
      visibility: V.RESTRICTED,
      issuer: ISSUERS.us,
      scope: 'Penetration test summary, Nimbus ID single sign-on.',
      issuedDaysAgo: 45,
      validForDays: 365,
      grantedTo: 'zuidwest',
    },
  ],
};

/** A one-page PDF with the attestation's particulars; fictional, and saying so. */
function renderPdf(vendorName: string, a: DemoAttestation, issuedOn: string, validUntil: string) {
  return new Promise<Buffer>((resolve, reject) => {
    const PDFDocument = pdfKit();
    const doc = new PDFDocument({
      size: 'A4',
      margin: 64,
      info: { Title: `${a.type} ${vendorName}`, Author: a.issuer, Subject: 'Regie demo' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const title = a.type === T.PENTEST ? 'Penetratietestrapport (samenvatting)' : 'Certificaat';
    doc.fontSize(22).text(title);
    doc.moveDown().fontSize(14).text(a.type.replace('_', ' '));
    doc.moveDown().fontSize(11);
    doc.text(`Organisatie: ${vendorName}`);
    doc.text(`Uitgegeven door: ${a.issuer}`);
    doc.text(`Datum van afgifte: ${issuedOn}`);
    doc.text(`Geldig tot en met: ${validUntil}`);
    doc.moveDown().text(`Scope: ${a.scope}`);
    doc
      .moveDown(2)
      .fontSize(9)
      .fillColor('#666666')
      .text('Fictief document voor de demonstratie van Regie. Geen echte certificering.');
    doc.end();
  });
}

/**
 * Seeds the attestations in the demo's transaction `em`. `ids` maps the keys of
 * DEMO_ORGANISATIONS to the organisations made. Returns how many it made.
 */
export async function loadDemoAttestations(
  em: EntityManager,
  ids: Record<string, string>,
  files: FilesService,
): Promise<number> {
  const today = amsterdamDate();
  const reviewer = await em.findOneByOrFail(UserEntity, {
    email: 'beoordelaar@samendigitaal.example.nl',
  });
  let made = 0;
  for (const [vendorKey, list] of Object.entries(DEMO_ATTESTATIONS)) {
    const vendorId = ids[vendorKey];
    const vendor = await em.findOneByOrFail(UserEntity, {
      email: `redactie@${vendorKey.toLowerCase()}.example.nl`,
    });
    const products = await em.findBy(ProductEntity, { vendorId });
    const vendorName = (
      await em.query<{ name: string }[]>('SELECT name FROM organisation WHERE id = $1', [vendorId])
    )[0].name;
    for (const a of list) {
      const issuedOn = addDays(today, -a.issuedDaysAgo);
      const validUntil = addDays(issuedOn, a.validForDays);
      const pdf = await renderPdf(vendorName, a, issuedOn, validUntil);
      const stored = await files.storeGenerated(em, {
        organisationId: vendorId,
        filename: `${a.type.toLowerCase()}-${vendorKey}.pdf`,
        bytes: Readable.from([pdf]),
      });
      const attestations = writerIn(em, AttestationEntity);
      const attestation = attestations.create({
        vendorId,
        type: a.type,
        issuer: a.issuer,
        scope: a.scope,
        issuedOn,
        validUntil,
        visibility: a.visibility,
        documentFileId: stored.id,
        documentSha256: stored.sha256,
        createdById: vendor.id,
        ...(a.verified
          ? {
              verification: VerificationStatus.VERIFIED,
              verificationNote: a.verified,
              verifiedAt: new Date(),
              verifiedById: reviewer.id,
              verifiedByOrganisationId: ids.samenDigitaal,
            }
          : {}),
      });
      await attestations.save(attestation);
      await files.link(em, {
        fileId: stored.id,
        organisationId: vendorId,
        kind: ATTESTATION_FILE_LINK,
        linkId: attestation.id,
        field: 'documentFileId',
      });
      if (products.length)
        await writerIn(em, AttestationProductEntity).insert(
          products.map((p) => ({ attestationId: attestation.id, productId: p.id })),
        );
      if (a.grantedTo) {
        const fg = await em.findOneByOrFail(UserEntity, {
          email: `fg@${a.grantedTo.toLowerCase()}.example.nl`,
        });
        const requests = writerIn(em, AttestationAccessRequestEntity);
        await requests.save(
          requests.create({
            attestationId: attestation.id,
            requesterOrganisationId: ids[a.grantedTo],
            requestedById: fg.id,
            reason: 'Nodig voor de DPIA van het product dat onze scholen gebruiken.',
            status: AccessRequestStatus.GRANTED,
            decidedAt: new Date(),
            decidedById: vendor.id,
          }),
        );
      }
      made += 1;
    }
  }
  return made;
}
