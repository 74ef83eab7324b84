// Agreements written straight into a test's database, as the agreements module leaves them
// once signed (or not yet): status, dates, both signatures, the leaflets fixed at submission,
// deviations. For tests of what reads agreements: register, Edu-V, incidents, reminders.
import { randomUUID } from 'node:crypto';
import {
  addDays,
  AgreementSource,
  AgreementStatus,
  amsterdamDate,
  AttestationType,
  DeviationAssessment,
  SignatureParty,
} from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { AgreementDeviationEntity } from '../../apps/api/src/agreements/agreement-deviation.entity';
import { AgreementLeafletEntity } from '../../apps/api/src/agreements/agreement-leaflet.entity';
import { AgreementProductEntity } from '../../apps/api/src/agreements/agreement-product.entity';
import { AgreementSignatureEntity } from '../../apps/api/src/agreements/agreement-signature.entity';
import { AgreementEntity } from '../../apps/api/src/agreements/agreement.entity';
import { ProductEntity } from '../../apps/api/src/products/product.entity';
import type { TestApp } from './test-app';

export interface SeedAgreement {
  boardId: string;
  vendorId: string;
  productIds: string[];
  status?: AgreementStatus;
  /** Days from today (Amsterdam); defaults: activated 30 days ago, open-ended. */
  activatedDaysAgo?: number;
  validFrom?: string | null;
  validUntil?: string | null;
  terminationDate?: string | null;
  supersededOn?: string | null;
  /** Fix these leaflet ids with the agreement; default: the products' current leaflets. */
  leafletIds?: string[];
  /** Fix no leaflets at all (an agreement made before leaflets were fixed). */
  noFixedLeaflets?: boolean;
  deviations?: (DeviationAssessment | null)[];
  /** Moves createdAt, so "newest" is deterministic. */
  createdAt?: Date;
}

export async function seedAgreement(app: TestApp, input: SeedAgreement): Promise<string> {
  const ds = app.running.app.get(DataSource);
  const status = input.status ?? AgreementStatus.ACTIVE;
  const signed = status === AgreementStatus.ACTIVE;
  const today = amsterdamDate();
  const activatedOn = signed ? addDays(today, -(input.activatedDaysAgo ?? 30)) : null;
  return ds.transaction(async (em) => {
    const agreement = await em.save(
      em.create(AgreementEntity, {
        boardId: input.boardId,
        vendorId: input.vendorId,
        source: AgreementSource.DIRECT,
        createdByParty: SignatureParty.BOARD,
        status,
        modelName: 'Model Verwerkersovereenkomst',
        modelVersion: '4.0',
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        activatedOn,
        terminationDate: input.terminationDate ?? null,
        terminationReason: input.terminationDate ? 'Contract beëindigd' : null,
        supersededOn: input.supersededOn ?? null,
        leafletsFixedAt: input.noFixedLeaflets ? null : new Date(),
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      }),
    );
    for (const productId of input.productIds) {
      await em.save(em.create(AgreementProductEntity, { agreementId: agreement.id, productId }));
    }
    if (!input.noFixedLeaflets) {
      const leafletIds =
        input.leafletIds ??
        (await em.getRepository(ProductEntity).findBy({ id: In(input.productIds) }))
          .map((p) => p.currentLeafletId)
          .filter((id): id is string => id !== null);
      const leaflets: { id: string; product_id: string }[] = leafletIds.length
        ? await em.query('SELECT id, product_id FROM privacy_leaflet WHERE id = ANY($1::uuid[])', [
            leafletIds,
          ])
        : [];
      for (const l of leaflets) {
        await em.save(
          em.create(AgreementLeafletEntity, {
            agreementId: agreement.id,
            leafletId: l.id,
            productId: l.product_id,
          }),
        );
      }
    }
    for (const [i, assessment] of (input.deviations ?? []).entries()) {
      await em.save(
        em.create(AgreementDeviationEntity, {
          agreementId: agreement.id,
          clause: `${i + 1}.1`,
          text: 'Aansprakelijkheid beperkt tot de contractwaarde',
          // A direct agreement's deviations are a party's proposals.
          addedBy: SignatureParty.VENDOR,
          assessment,
          assessedAt: assessment ? new Date() : null,
        }),
      );
    }
    if (signed) {
      for (const party of [SignatureParty.BOARD, SignatureParty.VENDOR]) {
        await em.save(
          em.create(AgreementSignatureEntity, {
            agreementId: agreement.id,
            party,
            signedById: randomUUID(),
            signedAt: new Date(),
            documentSha256: '0'.repeat(64),
          }),
        );
      }
    }
    return agreement.id;
  });
}

/** An attestation of `vendorId` covering `productIds`, valid until `validUntil`. */
export async function seedAttestation(
  app: TestApp,
  input: {
    vendorId: string;
    productIds: string[];
    type: AttestationType;
    validUntil: string;
    supersedesId?: string;
  },
): Promise<string> {
  const ds = app.running.app.get(DataSource);
  return ds.transaction(async (em) => {
    const [file]: { id: string }[] = await em.query(
      `INSERT INTO stored_file (id, owner_organisation_id, filename, media_type, size, sha256,
         link_kind, link_id, linked_at)
       VALUES (gen_random_uuid(), $1, 'certificaat.pdf', 'application/pdf', 1, repeat('0', 64),
               'attestation', NULL, now())
       RETURNING id`,
      [input.vendorId],
    );
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO attestation (vendor_id, type, issuer, scope, issued_on, valid_until,
         visibility, document_file_id, document_sha256, supersedes_id)
       VALUES ($1, $2, 'Certificeerder B.V.', 'Alle diensten', $3::date - 365, $3, 'PUBLIC',
               $4, repeat('0', 64), $5)
       RETURNING id`,
      [input.vendorId, input.type, input.validUntil, file.id, input.supersedesId ?? null],
    );
    for (const productId of input.productIds) {
      await em.query(
        'INSERT INTO attestation_product (attestation_id, product_id) VALUES ($1, $2)',
        [row.id, productId],
      );
    }
    return row.id;
  });
}
