// Processing agreements written straight into the test's database, as the
// agreement lifecycle leaves them (an ACTIVE one with its activation day), for
// tests of modules that only read agreements: incidents, reminders.
import { addDays, AgreementSource, AgreementStatus, amsterdamDate } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AgreementProductEntity } from '../../apps/api/src/agreements/agreement-product.entity';
import { AgreementEntity } from '../../apps/api/src/agreements/agreement.entity';
import type { TestApp } from './test-app';

export interface SeedAgreement {
  boardId: string;
  vendorId: string;
  productIds: string[];
  status?: AgreementStatus;
  /** Days from today; an ACTIVE agreement was activated this many days ago (default 30). */
  activatedDaysAgo?: number;
  validUntil?: string | null;
  terminationDate?: string | null;
}

export async function seedAgreement(app: TestApp, input: SeedAgreement): Promise<string> {
  const ds = app.running.app.get(DataSource);
  const today = amsterdamDate();
  const status = input.status ?? AgreementStatus.ACTIVE;
  const active = status === AgreementStatus.ACTIVE;
  const activatedOn = active ? addDays(today, -(input.activatedDaysAgo ?? 30)) : null;
  return ds.transaction(async (em) => {
    const row = await em.save(
      em.create(AgreementEntity, {
        boardId: input.boardId,
        vendorId: input.vendorId,
        source: AgreementSource.DIRECT,
        status,
        modelName: 'Model Verwerkersovereenkomst Privacyconvenant',
        modelVersion: '4.0',
        validFrom: null,
        validUntil: input.validUntil === undefined ? addDays(today, 700) : input.validUntil,
        activatedOn,
        terminationDate: input.terminationDate ?? null,
        leafletsFixedAt: active ? new Date(Date.now() - 40 * 86_400_000) : null,
      }),
    );
    await em.insert(
      AgreementProductEntity,
      input.productIds.map((productId) => ({ agreementId: row.id, productId })),
    );
    return row.id;
  });
}
