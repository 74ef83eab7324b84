// Questions other modules (incidents, attestation notices, the processor register)
// ask about agreements, with the stored+derived status rules in one place.
import { AgreementStatus } from '@regie/domain';
import type { EntityManager } from 'typeorm';

/**
 * SQL for "agreement `alias` is ACTIVE and in force on :today", matching
 * agreementInForce: stored ACTIVE, from validFrom (or the activation day) to
 * validUntil, not terminated before today, not superseded on or before today.
 * Binds the parameter `today` (YYYY-MM-DD, Europe/Amsterdam).
 */
export function inForceCondition(alias: string): string {
  return `${alias}.status = '${AgreementStatus.ACTIVE}'
    AND COALESCE(${alias}.valid_from, ${alias}.activated_on) <= :today
    AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= :today)
    AND (${alias}.termination_date IS NULL OR ${alias}.termination_date >= :today)
    AND (${alias}.superseded_on IS NULL OR ${alias}.superseded_on > :today)`;
}

/**
 * The boards with an agreement ACTIVE and in force on `today` that covers any of
 * `productIds`, each once.
 */
export async function boardsWithActiveAgreementsOn(
  em: EntityManager,
  productIds: readonly string[],
  today: string,
): Promise<string[]> {
  if (productIds.length === 0) return [];
  const rows: { board_id: string }[] = await em
    .createQueryBuilder()
    .select('DISTINCT a.board_id', 'board_id')
    .from('agreement', 'a')
    .innerJoin('agreement_product', 'ap', 'ap.agreement_id = a.id')
    .where('ap.product_id IN (:...productIds)', { productIds: [...productIds] })
    .andWhere(inForceCondition('a'), { today })
    .orderBy('a.board_id')
    .getRawMany();
  return rows.map((r) => r.board_id);
}
