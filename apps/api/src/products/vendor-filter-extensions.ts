// VendorFilter fields whose facts live in modules above products (attestations,
// procurement). Those modules contribute the SQL condition here when they start,
// so that products never imports them (ARCHITECTURE.md: modules depend downward).
import { Injectable } from '@nestjs/common';
import type { AttestationType } from '@regie/domain';

export interface VendorFilterExtensionValues {
  attestationType: AttestationType;
  hasPublishedDeal: boolean;
}

export type VendorFilterExtensionField = keyof VendorFilterExtensionValues;

/**
 * A condition on the vendor row aliased `o` (organisation). `bind` adds a query
 * parameter and returns its placeholder; never put a value into the SQL itself.
 */
export type VendorCondition<F extends VendorFilterExtensionField> = (
  value: VendorFilterExtensionValues[F],
  bind: (value: unknown) => string,
) => string;

@Injectable()
export class VendorFilterExtensions {
  private readonly conditions = new Map<VendorFilterExtensionField, unknown>();

  contribute<F extends VendorFilterExtensionField>(field: F, condition: VendorCondition<F>): void {
    if (this.conditions.has(field)) throw new Error(`VendorFilter.${field}: contributed twice`);
    this.conditions.set(field, condition);
  }

  /** The contributed condition, or undefined while no module provides it. */
  condition<F extends VendorFilterExtensionField>(field: F): VendorCondition<F> | undefined {
    return this.conditions.get(field) as VendorCondition<F> | undefined;
  }
}
