// Questions other modules (incidents, reminders, the processor register) ask about
// agreements, with the stored+derived status rules in one place. The conditions are
// SQL over an alias that the caller's own visible query holds; the one statement
// here that names agreement tables applies their visibility rules itself.
import { AgreementStatus } from '@regie/domain';
import type { EntityManager } from 'typeorm';
import { readerParameters, SYSTEM } from '../reader';
import { visibleCondition } from '../visibility';

/**
 * SQL for "agreement `alias` is ACTIVE and in force on :today", matching
 * agreementInForce: stored ACTIVE, from validFrom (or the activation day) to
 * validUntil, not terminated before today, not superseded on or before today.
 * Binds the parameter `today` (YYYY-MM-DD, Europe/Amsterdam).
 */
export function inForceCondition(alias: string): string {
  return `${alias}.status = '${AgreementStatus.ACTIVE}'
    AND COALESCE(${alias}.valid_from, ${alias}.activated_on) <= :today::date
    AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= :today::date)
    AND (${alias}.termination_date IS NULL OR ${alias}.termination_date >= :today::date)
    AND (${alias}.superseded_on IS NULL OR ${alias}.superseded_on > :today::date)`;
}

/**
 * SQL for the status of agreement `alias` as shown on :today, matching
 * effectiveAgreementStatus: an ACTIVE agreement shows SUPERSEDED, TERMINATED or
 * EXPIRED from the first day after whichever end came first.
 */
export function effectiveStatusSql(alias: string): string {
  const superseded = `COALESCE(${alias}.superseded_on, 'infinity'::date)`;
  const terminated = `COALESCE(${alias}.termination_date + 1, 'infinity'::date)`;
  const expired = `COALESCE(${alias}.valid_until + 1, 'infinity'::date)`;
  return `(CASE
    WHEN ${alias}.status <> '${AgreementStatus.ACTIVE}' THEN ${alias}.status::text
    WHEN LEAST(${superseded}, ${terminated}, ${expired}) > :today::date THEN '${AgreementStatus.ACTIVE}'
    WHEN ${superseded} <= ${terminated} AND ${superseded} <= ${expired} THEN '${AgreementStatus.SUPERSEDED}'
    WHEN ${terminated} <= ${expired} THEN '${AgreementStatus.TERMINATED}'
    ELSE '${AgreementStatus.EXPIRED}' END)`;
}

/**
 * The boards with an agreement ACTIVE and in force on `today` that covers any of
 * `productIds`, each once: whom the platform tells when something changes about a
 * product (attestation reminders).
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
    .where(visibleCondition('agreement', 'a'))
    .andWhere(visibleCondition('agreement_product', 'ap'))
    // Who is to hear of it is the platform's own fan-out, whoever's agreements they are.
    .setParameters(readerParameters(SYSTEM))
    .andWhere('ap.product_id IN (:...productIds)', { productIds: [...productIds] })
    .andWhere(inForceCondition('a'), { today })
    .orderBy('a.board_id')
    .getRawMany();
  return rows.map((r) => r.board_id);
}
