// The privacy leaflet's rules that do not need a database: what it flags, and its
// small lifecycle (a draft is saved again and again, then published for good).
// Shared by the API (to enforce and to filter) and the admin (to show).
import { LeafletStatus, PersonalDataCategory, TransferMechanism } from './enums';
import { isInEea } from './identifiers';

export interface LeafletSubprocessor {
  readonly country: string;
  readonly transferMechanism: TransferMechanism;
}

export interface LeafletContent {
  readonly dataCategories: readonly PersonalDataCategory[];
  readonly subprocessors: readonly LeafletSubprocessor[];
  readonly locations: readonly { readonly country: string }[];
}

/**
 * A sub-processor outside the EEA without a transfer mechanism: allowed (it is
 * what the vendor declares), but flagged wherever the leaflet is shown or compared.
 */
export function transferWithoutSafeguards(subprocessor: LeafletSubprocessor): boolean {
  return (
    !isInEea(subprocessor.country) && subprocessor.transferMechanism === TransferMechanism.NONE
  );
}

/**
 * Outside the EEA a transfer needs a mechanism, or an explicit NONE; NOT_APPLICABLE
 * there would hide the transfer.
 */
export function lacksTransferMechanism(subprocessor: LeafletSubprocessor): boolean {
  return (
    !isInEea(subprocessor.country) &&
    subprocessor.transferMechanism === TransferMechanism.NOT_APPLICABLE
  );
}

/** Whether any location or sub-processor of the leaflet lies outside the EEA. */
export function dataOutsideEea(
  leaflet: Pick<LeafletContent, 'subprocessors' | 'locations'>,
): boolean {
  return (
    leaflet.locations.some((l) => !isInEea(l.country)) ||
    leaflet.subprocessors.some((s) => !isInEea(s.country))
  );
}

/** BSN or PGN: their use is restricted by law and always flagged. */
export function usesPersonalNumbers(leaflet: Pick<LeafletContent, 'dataCategories'>): boolean {
  return leaflet.dataCategories.includes(PersonalDataCategory.PERSONAL_NUMBER);
}

export type LeafletAction = 'saveDraft' | 'publish';

/**
 * The leaflet lifecycle: the next status after `action`, or null when the current
 * status does not allow it. A published version never changes: saving starts (or
 * continues) the product's one draft, which becomes the next version.
 */
export function leafletTransition(
  status: LeafletStatus,
  action: LeafletAction,
): LeafletStatus | null {
  if (status !== LeafletStatus.DRAFT) return null;
  return action === 'publish' ? LeafletStatus.PUBLISHED : LeafletStatus.DRAFT;
}
