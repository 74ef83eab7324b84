// An agreement's signed document (DOMAIN.md): the PDF of exactly what was signed, made in
// the very transaction that makes the agreement ACTIVE (signing's last signature, joining a
// framework deal), stored like any file and linked to the agreement, so that both parties
// read it under the agreement's own rule. Rendering inside that transaction costs it some
// tens of milliseconds, and buys what matters: no agreement is ever ACTIVE without its
// document, and no document outlives a rolled-back activation (its bytes, named by no row,
// go with the file sweep). Agreements that were ACTIVE before Regie made these documents
// get theirs from a backfill at start-up, one agreement per transaction, each locked and
// skipped by any other process doing the same.
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  agreementContentJson,
  AgreementSource,
  AgreementStatus,
  SignatureParty,
} from '@regie/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { sha256 } from '../auth/secrets';
import { SYSTEM, visibleIn, writerIn, type Reader } from '../data-access';
import type { StoredFileEntity } from '../files/stored-file.entity';
import { StoredFileEntity as StoredFile } from '../files/stored-file.entity';
import { FilesService } from '../files/files.service';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { FrameworkDealEntity } from '../procurement/framework-deal.entity';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { ProductEntity } from '../products/product.entity';
import { AGREEMENT_FILE_LINK, signedContent } from './agreement-content';
import { AgreementDocumentEntity } from './agreement-document.entity';
import { AgreementSignatureEntity } from './agreement-signature.entity';
import { AgreementEntity } from './agreement.entity';
import { GeneralOfferEntity } from './general-offer.entity';
import { renderSignedDocumentPdf, type SignedDocumentModel } from './signed-document-pdf';

/** How many agreements the start-up backfill renders before it looks again. */
const BACKFILL_BATCH = 20;

@Injectable()
export class SignedDocuments implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SignedDocuments.name);
  private backfilling: Promise<void> | undefined;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: FilesService,
  ) {}

  /**
   * Renders the PDF of ACTIVE agreement `agreementId` as it stands in `em` (the transaction
   * that activated it), stores it and links it to the agreement. `reader` is the one who
   * activated it (a party), or SYSTEM for the backfill and the demo data.
   */
  async produce(em: EntityManager, reader: Reader, agreementId: string): Promise<StoredFileEntity> {
    const row = await visibleIn(em, reader, AgreementEntity, 'a')
      .andWhere('a.id = :id', { id: agreementId })
      .getOneOrFail();
    if (row.status !== AgreementStatus.ACTIVE)
      throw new Error(`agreement ${row.id} is not ACTIVE: it has no signed document yet`);
    const model = await gatherSignedDocument(em, reader, row);
    const bytes = await renderSignedDocumentPdf(model);
    const file = await this.files.storeDocument(em, {
      organisationId: row.boardId,
      filename: signedDocumentFilename(model),
      bytes,
      link: { kind: AGREEMENT_FILE_LINK, id: row.id },
    });
    await writerIn(em, AgreementEntity).update({ id: row.id }, { signedDocumentFileId: file.id });
    return file;
  }

  /**
   * Makes the document of every ACTIVE agreement that has none (activated before Regie made
   * them): one agreement per transaction, locked, so that several processes share the work.
   * Returns how many it made.
   */
  async backfill(): Promise<number> {
    let made = 0;
    for (;;) {
      let batch = 0;
      for (let i = 0; i < BACKFILL_BATCH && !this.stopping; i++) {
        const done = await this.dataSource.transaction(async (em) => {
          // The platform's own chore across every organisation: SYSTEM reads.
          const next = await visibleIn(em, SYSTEM, AgreementEntity, 'a')
            .andWhere('a.status = :active AND a.signed_document_file_id IS NULL', {
              active: AgreementStatus.ACTIVE,
            })
            .orderBy('a.id')
            .setLock('pessimistic_write')
            .setOnLocked('skip_locked')
            .limit(1)
            .getOne();
          if (!next) return false;
          await this.produce(em, SYSTEM, next.id);
          return true;
        });
        if (!done) return made + batch;
        batch += 1;
      }
      made += batch;
      if (this.stopping || batch === 0) return made;
    }
  }

  onApplicationBootstrap(): void {
    // In the background: a large register upgraded to this version must not hold up the start.
    this.backfilling = this.backfill()
      .then((made) => {
        if (made > 0) this.logger.log(`made the signed documents of ${made} active agreements`);
      })
      .catch((error: unknown) =>
        this.logger.error(`making the missing signed documents failed: ${String(error)}`),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.backfilling;
  }
}

/** `verwerkersovereenkomst-<board>-<vendor>-<day>.pdf`, in plain letters. */
function signedDocumentFilename(model: SignedDocumentModel): string {
  const slug = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  const day = model.signatures.at(-1)?.signedAt.toISOString().slice(0, 10) ?? '';
  return `verwerkersovereenkomst-${slug(model.board.name)}-${slug(model.vendor.name)}-${day}.pdf`;
}

/** Everything the PDF says, read in `em` as `reader` sees it. */
export async function gatherSignedDocument(
  em: EntityManager,
  reader: Reader,
  row: AgreementEntity,
): Promise<SignedDocumentModel> {
  const content = await signedContent(em, reader, row);
  const contentJson = agreementContentJson(content);
  const organisations = await em
    .getRepository(OrganisationEntity)
    .findBy({ id: In([row.boardId, row.vendorId]) });
  const board = organisations.find((o) => o.id === row.boardId)!;
  const vendor = organisations.find((o) => o.id === row.vendorId)!;
  const products = content.productIds.length
    ? await em.getRepository(ProductEntity).findBy({ id: In([...content.productIds]) })
    : [];
  const productName = new Map(products.map((p) => [p.id, p.name]));
  const leaflets = content.leafletIds.length
    ? await visibleIn(em, reader, PrivacyLeafletEntity, 'l')
        .andWhere('l.id = ANY(:ids::uuid[])', { ids: [...content.leafletIds] })
        .getMany()
    : [];
  const documents = await visibleIn(em, reader, AgreementDocumentEntity, 'd')
    .andWhere('d.agreement_id = :id', { id: row.id })
    .orderBy('d.attached_at')
    .getMany();
  const documentFiles = documents.length
    ? await visibleIn(em, reader, StoredFile, 'f')
        .andWhere('f.id = ANY(:ids::uuid[])', { ids: documents.map((d) => d.fileId) })
        .getMany()
    : [];
  const filename = new Map(documentFiles.map((f) => [f.id, f.filename]));
  const signatures = await visibleIn(em, reader, AgreementSignatureEntity, 's')
    .andWhere('s.agreement_id = :id', { id: row.id })
    .orderBy('s.signed_at')
    .addOrderBy('s.party')
    .getMany();
  // For an offer or a deal the agreement's own signatures are the board's: the vendor's
  // consent is its signature on the offer or the deal, shown as such (and never twice, also
  // where an older agreement still carries a copy of it as a vendor signature).
  const own =
    row.source === AgreementSource.DIRECT
      ? signatures
      : signatures.filter((s) => s.party === SignatureParty.BOARD);
  const consent = await vendorConsent(em, reader, row);
  const people = await names(em, [
    ...own.map((s) => s.signedById),
    ...(consent ? [consent.signedById] : []),
  ]);
  return {
    agreementId: row.id,
    source: row.source,
    board: { name: board.name, boardNumber: board.boardNumber },
    vendor: { name: vendor.name, kvkNumber: vendor.kvkNumber },
    model: content.model,
    validFrom: content.validFrom,
    validUntil: content.validUntil,
    products: content.productIds
      .map((id) => productName.get(id) ?? id)
      .sort((a, b) => a.localeCompare(b)),
    leaflets: leaflets
      .map((l) => ({
        id: l.id,
        product: productName.get(l.productId) ?? l.productId,
        version: l.version,
        purposes: l.purposes,
        dataSubjects: l.dataSubjects,
        dataCategories: l.dataCategories,
        retention: l.retention,
        subprocessors: l.subprocessors,
        locations: l.locations,
        breachNotificationHours: l.breachNotificationHours,
        privacyContactEmail: l.privacyContactEmail,
      }))
      .sort((a, b) => a.product.localeCompare(b.product)),
    deviations: content.deviations.map((d) => ({
      clause: d.clause,
      text: d.text,
      assessment: d.assessment as SignedDocumentModel['deviations'][number]['assessment'],
      assessmentNote: d.assessmentNote,
    })),
    documents: documents.map((d) => ({
      filename: filename.get(d.fileId) ?? d.fileId,
      sha256: d.sha256.trim(),
    })),
    signatures: own.map((s) => ({
      party: s.party,
      signer: people.get(s.signedById) ?? null,
      signedAt: s.signedAt,
      documentSha256: s.documentSha256,
    })),
    consent: consent
      ? {
          kind: consent.kind,
          title: consent.title,
          signer: people.get(consent.signedById) ?? null,
          signedAt: consent.signedAt,
          documentSha256: consent.documentSha256,
        }
      : null,
    contentJson,
    contentSha256: sha256(contentJson),
    madeAt: new Date(),
  };
}

/** The vendor's signature on the offer or the deal an agreement rests on; none for DIRECT. */
async function vendorConsent(
  em: EntityManager,
  reader: Reader,
  row: AgreementEntity,
): Promise<{
  kind: 'GENERAL_OFFER' | 'FRAMEWORK';
  title: string | null;
  signedById: string;
  signedAt: Date;
  documentSha256: string | null;
} | null> {
  if (row.source === AgreementSource.GENERAL_OFFER && row.generalOfferId) {
    // The accepting board sees the offer, also after its withdrawal.
    const offer = await visibleIn(em, reader, GeneralOfferEntity, 'o')
      .andWhere('o.id = :id', { id: row.generalOfferId })
      .getOneOrFail();
    return {
      kind: 'GENERAL_OFFER',
      title: null,
      signedById: offer.publishedById,
      signedAt: offer.publishedAt,
      documentSha256: offer.termsSha256.trim(),
    };
  }
  if (row.source === AgreementSource.FRAMEWORK && row.frameworkDealId) {
    // A board that joined a deal reads it (its participation names it).
    const deal = await visibleIn(em, reader, FrameworkDealEntity, 'd')
      .andWhere('d.id = :id', { id: row.frameworkDealId })
      .getOne();
    if (!deal?.vendorSignature) return null;
    return {
      kind: 'FRAMEWORK',
      title: deal.title,
      signedById: deal.vendorSignature.signedById,
      signedAt: new Date(deal.vendorSignature.signedAt),
      documentSha256: deal.vendorSignature.documentSha256 ?? null,
    };
  }
  return null;
}

async function names(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await em
    .getRepository(UserEntity)
    .find({ select: { id: true, name: true }, where: { id: In([...new Set(ids)]) } });
  return new Map(users.map((u) => [u.id, u.name]));
}
