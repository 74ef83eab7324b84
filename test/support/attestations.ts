// Factories for attestation tests: products made directly, attestations made the
// way a vendor makes them (an upload, then createAttestation).
import { randomUUID } from 'node:crypto';
import { addDays, amsterdamDate, ProductCategory } from '@regie/domain';
import { DataSource } from 'typeorm';
import { ProductEntity } from '../../apps/api/src/products/product.entity';
import { fixture } from '../fixtures/pdfs';
import { uploadPdf } from './files';
import type { TestApp } from './test-app';

export async function createProduct(
  app: TestApp,
  vendorId: string,
  name?: string,
): Promise<string> {
  const repo = app.running.app.get(DataSource).getRepository(ProductEntity);
  const row = await repo.save(
    repo.create({
      vendorId,
      name: name ?? `Product ${randomUUID().slice(0, 8)}`,
      category: ProductCategory.LEARNING_PLATFORM,
    }),
  );
  return row.id;
}

export const ATTESTATION_FIELDS = `id type issuer scope issuedOn validUntil visibility validity
  verification verificationNote documentSha256 createdAt vendor { id name }
  document { id filename mediaType size sha256 url } supersedes { id }`;

export const CREATE_ATTESTATION = `mutation ($input: CreateAttestationInput!) {
  createAttestation(input: $input) { ${ATTESTATION_FIELDS} }
}`;

export interface AttestationOptions {
  vendorId: string;
  type?: string;
  visibility?: 'PUBLIC' | 'SECTOR' | 'RESTRICTED';
  issuedOn?: string;
  validUntil?: string;
  productIds?: string[];
  supersedesId?: string;
  documentFileId?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is read loosely
type LooseObject = Record<string, any>;

/** An attestation with a freshly uploaded PDF; fails the test when refused. */
export async function createAttestation(
  app: TestApp,
  token: string,
  options: AttestationOptions,
): Promise<LooseObject> {
  const today = amsterdamDate();
  const documentFileId =
    options.documentFileId ??
    (await uploadPdf(app, token, fixture('tiny.pdf'), { organisationId: options.vendorId })).id;
  const res = await app.graphql(
    CREATE_ATTESTATION,
    {
      input: {
        vendorId: options.vendorId,
        type: options.type ?? 'ISO27001',
        issuer: 'Certificeringsinstelling Voorbeeld B.V.',
        scope: 'Ontwikkeling en beheer van het leerplatform.',
        issuedOn: options.issuedOn ?? addDays(today, -100),
        validUntil: options.validUntil ?? addDays(today, 700),
        visibility: options.visibility ?? 'PUBLIC',
        productIds: options.productIds ?? [],
        documentFileId,
        supersedesId: options.supersedesId,
      },
    },
    { token },
  );
  if (res.errors) throw new Error(`createAttestation refused: ${JSON.stringify(res.errors)}`);
  return res.data!.createAttestation;
}
