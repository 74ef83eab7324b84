// Procurement's statements that reach into other organisation-owned tables, built
// here where raw joins and SQL are allowed: each applies the visibility rule of
// every organisation-owned table it touches (da.condition), or says why none is due.
import { AgreementProductEntity } from '../../agreements/agreement-product.entity';
import { AgreementEntity } from '../../agreements/agreement.entity';
import type { AgreementStatus } from '@regie/domain';
import type { DataAccess } from '../data-access';
import type { Reader } from '../reader';

/**
 * VendorFilter.hasPublishedDeal: the vendor (row `vendorAlias` of organisation) has a
 * published deal that has not expired on `today` (a bound parameter). Vendor search
 * has no reader to apply a rule for, and needs none: a PUBLISHED deal is visible to
 * every reader (procurement.rules.ts, frameworkDeal).
 */
export function publishedDealOfVendorSql(vendorAlias: string, today: string): string {
  return `EXISTS (SELECT 1 FROM framework_deal d WHERE d.vendor_id = ${vendorAlias}.id
    AND d.status = 'PUBLISHED' AND d.valid_until >= ${today}::date)`;
}

export interface NewestAgreementRow {
  product_id: string;
  status: AgreementStatus;
  valid_until: string | null;
  termination_date: string | null;
  superseded_on: string | null;
}

/**
 * Per product, the stored state of the board's newest agreement covering it that the
 * reader sees (the product comparison's myAgreementStatus): one statement.
 */
export function newestAgreementsOfBoard(
  da: DataAccess,
  reader: Reader,
  boardId: string,
  productIds: readonly string[],
): Promise<NewestAgreementRow[]> {
  const covers = da.condition(reader, 'agreement_product', 'ap');
  return da
    .visible(reader, AgreementEntity, 'a')
    .innerJoin(AgreementProductEntity, 'ap', `ap.agreement_id = a.id AND ${covers.sql}`)
    .select('ap.product_id', 'product_id')
    .addSelect('a.status', 'status')
    .addSelect('a.valid_until::text', 'valid_until')
    .addSelect('a.termination_date::text', 'termination_date')
    .addSelect('a.superseded_on::text', 'superseded_on')
    .distinctOn(['ap.product_id'])
    .andWhere('a.board_id = :boardId', { boardId })
    .andWhere('ap.product_id = ANY(:productIds::uuid[])', { productIds })
    .orderBy('ap.product_id')
    .addOrderBy('a.created_at', 'DESC')
    .addOrderBy('a.id', 'DESC')
    .getRawMany<NewestAgreementRow>();
}
