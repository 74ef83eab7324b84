// Factories for products and privacy leaflets: written straight into the test's own
// database when a test needs many, through the API when the test is about the API.
import { randomUUID } from 'node:crypto';
import {
  DataSubject,
  LeafletStatus,
  OrganisationKind,
  PersonalDataCategory,
  ProductCategory,
  Sector,
  TransferMechanism,
} from '@regie/domain';
import { DataSource } from 'typeorm';
import { PrivacyLeafletEntity } from '../../apps/api/src/products/privacy-leaflet.entity';
import { ProductEntity } from '../../apps/api/src/products/product.entity';
import { createOrganisation } from './identity';
import type { TestApp } from './test-app';

/** A complete leaflet input as saveLeafletDraft takes it; `overrides` replace fields. */
export function leafletInput(productId: string, overrides: Record<string, unknown> = {}) {
  return {
    productId,
    purposes: ['Het geven van onderwijs en begeleiden van leerlingen'],
    dataSubjects: [DataSubject.STUDENT, DataSubject.STAFF],
    dataCategories: [PersonalDataCategory.CONTACT_DETAILS, PersonalDataCategory.STUDY_PROGRESS],
    retention: [
      { category: PersonalDataCategory.STUDY_PROGRESS, period: 'tot 2 jaar na uitschrijving' },
    ],
    subprocessors: [
      {
        name: 'Hosting B.V.',
        service: 'hosting',
        country: 'NL',
        transferMechanism: TransferMechanism.NOT_APPLICABLE,
      },
    ],
    locations: [{ country: 'NL', activity: 'opslag en verwerking' }],
    breachNotificationHours: 24,
    privacyContactEmail: 'privacy@example.nl',
    ...overrides,
  };
}

export interface SeededProduct {
  id: string;
  leafletId: string | null;
}

/**
 * A vendor with `products` products, each with a published leaflet when `published`
 * (inside the EEA unless `outsideEea`), written directly (no audit events).
 */
export async function seedVendor(
  app: TestApp,
  options: {
    name?: string;
    products?: number;
    published?: boolean;
    outsideEea?: boolean;
    category?: ProductCategory;
    sectors?: Sector[];
    productName?: string;
    description?: string;
  } = {},
): Promise<{ vendorId: string; products: SeededProduct[] }> {
  const vendorId = await createOrganisation(app, {
    kind: OrganisationKind.VENDOR,
    name: options.name ?? `Leverancier ${randomUUID().slice(0, 8)}`,
  });
  const ds = app.running.app.get(DataSource);
  const products: SeededProduct[] = [];
  for (let i = 0; i < (options.products ?? 1); i++) {
    const product = await ds.getRepository(ProductEntity).save({
      vendorId,
      name: options.productName ?? `Product ${i + 1}`,
      category: options.category ?? ProductCategory.LEARNING_PLATFORM,
      description: options.description ?? null,
      sectors: options.sectors ?? [Sector.PO],
      dataServices: [],
      currentLeafletId: null,
    });
    let leafletId: string | null = null;
    if (options.published ?? true) {
      const country = options.outsideEea ? 'US' : 'NL';
      const leaflet = await ds.getRepository(PrivacyLeafletEntity).save({
        productId: product.id,
        version: 1,
        status: LeafletStatus.PUBLISHED,
        purposes: ['Onderwijs'],
        dataSubjects: [DataSubject.STUDENT],
        dataCategories: [PersonalDataCategory.CONTACT_DETAILS],
        retention: [],
        subprocessors: [],
        locations: [{ country, activity: 'opslag' }],
        dataOutsideEea: !!options.outsideEea,
        breachNotificationHours: 24,
        privacyContactEmail: null,
        publishedAt: new Date(),
      });
      await ds.getRepository(ProductEntity).update(product.id, { currentLeafletId: leaflet.id });
      leafletId = leaflet.id;
    }
    products.push({ id: product.id, leafletId });
  }
  return { vendorId, products };
}

/**
 * `count` vendors named `<prefix> 00`, `<prefix> 01`, …, each with `productsEach`
 * products with a published leaflet inside the EEA: a few statements, whatever the count.
 */
export async function seedManyVendors(
  app: TestApp,
  options: { prefix: string; count: number; productsEach: number },
): Promise<void> {
  const ds = app.running.app.get(DataSource);
  await ds.transaction(async (em) => {
    const vendors: { id: string }[] = await em.query(
      `INSERT INTO organisation (kind, name)
       SELECT 'VENDOR', $1 || ' ' || lpad(i::text, 2, '0') FROM generate_series(0, $2 - 1) AS i
       RETURNING id`,
      [options.prefix, options.count],
    );
    await em.query(
      `INSERT INTO product (vendor_id, name, category, sectors)
       SELECT v, 'Product ' || n, 'LEARNING_PLATFORM', '{PO}'
         FROM unnest($1::uuid[]) AS v, generate_series(1, $2) AS n`,
      [vendors.map((v) => v.id), options.productsEach],
    );
    await em.query(
      `INSERT INTO privacy_leaflet (product_id, version, status, purposes, data_subjects,
         data_categories, retention, subprocessors, locations, data_outside_eea,
         breach_notification_hours, published_at)
       SELECT p.id, 1, 'PUBLISHED', '{Onderwijs}', '{STUDENT}', '{CONTACT_DETAILS}', '[]', '[]',
              '[{"country":"NL","activity":"opslag"}]', false, 24, now()
         FROM product p WHERE p.vendor_id = ANY($1::uuid[])`,
      [vendors.map((v) => v.id)],
    );
    await em.query(
      `UPDATE product p SET current_leaflet_id = l.id FROM privacy_leaflet l
        WHERE l.product_id = p.id AND p.vendor_id = ANY($1::uuid[])`,
      [vendors.map((v) => v.id)],
    );
    // One public ISO 27001 per vendor, covering all its products, with its document.
    await em.query(
      `INSERT INTO stored_file (id, owner_organisation_id, filename, media_type, size, sha256,
         link_kind, link_id, linked_at)
       SELECT gen_random_uuid(), v, 'iso27001.pdf', 'application/pdf', 1, repeat('0', 64),
              'attestation', NULL, now()
         FROM unnest($1::uuid[]) AS v`,
      [vendors.map((v) => v.id)],
    );
    await em.query(
      `INSERT INTO attestation (vendor_id, type, issuer, scope, issued_on, valid_until,
         visibility, document_file_id, document_sha256)
       SELECT f.owner_organisation_id, 'ISO27001', 'Certificeerder B.V.', 'Alle diensten',
              current_date - 30, current_date + 365, 'PUBLIC', f.id, f.sha256
         FROM stored_file f WHERE f.owner_organisation_id = ANY($1::uuid[])`,
      [vendors.map((v) => v.id)],
    );
    await em.query(
      `INSERT INTO attestation_product (attestation_id, product_id)
       SELECT a.id, p.id FROM attestation a JOIN product p ON p.vendor_id = a.vendor_id
        WHERE a.vendor_id = ANY($1::uuid[])`,
      [vendors.map((v) => v.id)],
    );
  });
}
