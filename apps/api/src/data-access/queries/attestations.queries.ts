// Attestations' statements that join the links to products, built here where raw
// joins are allowed: each applies the visibility rule of every organisation-owned
// table it touches (da.condition), or says why none is due.
import type { AttestationType } from '@regie/domain';
import { AttestationProductEntity } from '../../attestations/attestation-product.entity';
import {
  AttestationEntity,
  attestationRowSelect,
  type AttestationRow,
} from '../../attestations/attestation.entity';
import type { DataAccess } from '../data-access';
import type { Reader } from '../reader';

/**
 * VendorFilter.attestationType: the vendor (row `vendorAlias` of organisation) holds
 * an attestation of `type` that has not expired on `today` (both bound parameters).
 * Vendor search has no reader to apply a rule for, so a SECTOR attestation counts
 * too, as it always has: another vendor searching learns that the vendor holds one
 * (not what it says). Narrowing that needs the reader in vendor search.
 */
export function attestationOfVendorSql(vendorAlias: string, type: string, today: string): string {
  return (
    `EXISTS (SELECT 1 FROM attestation a WHERE a.vendor_id = ${vendorAlias}.id AND a.type = ${type} ` +
    `AND a.valid_until >= ${today})`
  );
}

/**
 * The attestations covering each product that the reader sees, ordered by type and
 * the longest valid first: one statement, the links joined in.
 */
export function attestationsCoveringProducts(
  da: DataAccess,
  reader: Reader,
  productIds: readonly string[],
) {
  const covers = da.condition(reader, 'attestation_product', 'ap');
  // Plain rows, not hydrated entities: the hot read of a product or vendor page.
  return da
    .visible(reader, AttestationEntity, 'a')
    .select(attestationRowSelect('a'))
    .innerJoin(AttestationProductEntity, 'ap', `ap.attestation_id = a.id AND ${covers.sql}`)
    .addSelect('ap.product_id', 'coveredProductId')
    .andWhere('ap.product_id = ANY(:productIds::uuid[])', { productIds })
    .orderBy('a.type')
    .addOrderBy('a.valid_until', 'DESC')
    .addOrderBy('a.id')
    .getRawMany<AttestationRow & { coveredProductId: string }>();
}

/** The types of the reader's visible attestations covering each product, unexpired on `today`. */
export function validAttestationTypesOfProducts(
  da: DataAccess,
  reader: Reader,
  productIds: readonly string[],
  today: string,
): Promise<{ productId: string; type: AttestationType }[]> {
  const covers = da.condition(reader, 'attestation_product', 'ap');
  return da
    .visible(reader, AttestationEntity, 'a')
    .innerJoin(AttestationProductEntity, 'ap', `ap.attestation_id = a.id AND ${covers.sql}`)
    .select('ap.product_id', 'productId')
    .addSelect('a.type', 'type')
    .distinct(true)
    .andWhere('ap.product_id = ANY(:ids::uuid[])', { ids: productIds })
    .andWhere('a.valid_until >= :today', { today })
    .orderBy('ap.product_id')
    .addOrderBy('a.type')
    .getRawMany<{ productId: string; type: AttestationType }>();
}
