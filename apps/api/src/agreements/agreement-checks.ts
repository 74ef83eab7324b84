// Checks of a new agreement's or offer's input that several use cases share: the
// parties are a board and a vendor, the products are the vendor's, the dates in order.
import { OrganisationKind } from '@regie/domain';
import { EntityManager, In } from 'typeorm';
import { invalidField, notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';

export async function checkParties(em: EntityManager, boardId: string, vendorId: string) {
  const ids = [boardId, vendorId];
  if (!ids.every(isUuid)) throw notFound();
  const rows = await em.findBy(OrganisationEntity, { id: In(ids) });
  const kindOf = new Map(rows.map((r) => [r.id, r.kind]));
  if (!kindOf.has(boardId) || !kindOf.has(vendorId)) throw notFound();
  if (kindOf.get(boardId) !== OrganisationKind.BOARD)
    throw invalidField('input.boardId', 'agreement.notABoard');
  if (kindOf.get(vendorId) !== OrganisationKind.VENDOR)
    throw invalidField('input.vendorId', 'agreement.notAVendor');
}

/**
 * Products are public: one that does not exist is NOT_FOUND, another vendor's is
 * BAD_USER_INPUT naming it. Returns the ids, once each.
 */
export async function checkProducts(
  em: EntityManager,
  vendorId: string,
  ids: readonly string[],
  field: string,
): Promise<string[]> {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (!unique.every(isUuid)) throw notFound();
  const rows = await em.findBy(ProductEntity, { id: In(unique) });
  if (rows.length !== unique.length) throw notFound();
  const vendorOf = new Map(rows.map((r) => [r.id, r.vendorId]));
  const wrong = ids.findIndex((id) => vendorOf.get(id.toLowerCase()) !== vendorId);
  if (wrong >= 0) throw invalidField(`${field}.${wrong}`, 'agreement.productOfOtherVendor');
  return unique;
}

export function checkDates(validFrom: string | null, validUntil: string | null) {
  if (validFrom && validUntil && validUntil < validFrom)
    throw invalidField('input.validUntil', 'agreement.validUntilBeforeValidFrom');
}
