// The leaflet draft form's values and rules, apart from the screen: a leaflet (or nothing) to
// values, values to the API's LeafletInput, and the messages for the repeated rows (the same
// rules and message keys as the API, so that both say the same thing).
import { isCountryCode, lacksTransferMechanism, TransferMechanism } from '@regie/domain';
import type { LeafletInput, RegistryLeafletFragment } from '@regie/graphql-client';
import type { SharedMessage } from '../i18n';
import { check, email, required, wholeNumber } from '../forms/rules';
import type { Rules } from '../forms/use-form';

export interface SubprocessorRow {
  name: string;
  service: string;
  country: string;
  transferMechanism: string;
}

export type LeafletValues = {
  purposes: string;
  dataSubjects: string[];
  dataCategories: string[];
  retention: { category: string; period: string }[];
  subprocessors: SubprocessorRow[];
  locations: { country: string; activity: string }[];
  breachNotificationHours: string;
  privacyContactEmail: string;
};

export const emptySubprocessor = (): SubprocessorRow => ({
  name: '',
  service: '',
  country: '',
  transferMechanism: TransferMechanism.NOT_APPLICABLE,
});

/** A new draft starts from the newest version, so that a change is only what changes. */
export function leafletValues(leaflet: RegistryLeafletFragment | undefined): LeafletValues {
  if (!leaflet) {
    return {
      purposes: '',
      dataSubjects: [],
      dataCategories: [],
      retention: [],
      subprocessors: [],
      locations: [{ country: 'NL', activity: '' }],
      breachNotificationHours: '24',
      privacyContactEmail: '',
    };
  }
  return {
    purposes: leaflet.purposes.join('\n'),
    dataSubjects: [...leaflet.dataSubjects],
    dataCategories: [...leaflet.dataCategories],
    retention: leaflet.retention.map(({ category, period }) => ({ category, period })),
    subprocessors: leaflet.subprocessors.map(({ name, service, country, transferMechanism }) => ({
      name,
      service,
      country,
      transferMechanism,
    })),
    locations: leaflet.locations.map(({ country, activity }) => ({ country, activity })),
    breachNotificationHours: String(leaflet.breachNotificationHours),
    privacyContactEmail: leaflet.privacyContactEmail ?? '',
  };
}

export function purposeLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function leafletInput(productId: string, values: LeafletValues): LeafletInput {
  return {
    productId,
    purposes: purposeLines(values.purposes),
    dataSubjects: values.dataSubjects as LeafletInput['dataSubjects'],
    dataCategories: values.dataCategories as LeafletInput['dataCategories'],
    retention: values.retention.map((r) => ({
      category: r.category as LeafletInput['dataCategories'][number],
      period: r.period.trim(),
    })),
    subprocessors: values.subprocessors.map((s) => ({
      name: s.name.trim(),
      service: s.service.trim(),
      country: s.country.trim().toUpperCase(),
      transferMechanism: s.transferMechanism as TransferMechanism,
    })),
    locations: values.locations.map((l) => ({
      country: l.country.trim().toUpperCase(),
      activity: l.activity.trim(),
    })),
    breachNotificationHours: Number(values.breachNotificationHours),
    privacyContactEmail: values.privacyContactEmail.trim() || null,
  };
}

const country = (value: string): SharedMessage | null =>
  check(value, [required]) ??
  (isCountryCode(value.trim().toUpperCase()) ? null : { key: 'field.country' });

/** The top-level fields' rules; the repeated rows are checked by rowMessages. */
export const leafletRules: Rules<LeafletValues> = {
  purposes: [(v: string) => (purposeLines(v).length ? null : { key: 'field.required' })],
  dataSubjects: [required],
  dataCategories: [required],
  locations: [required],
  breachNotificationHours: [required, wholeNumber(0, 720)],
  privacyContactEmail: [email],
};

/**
 * The message for each field of a repeated row that breaks a rule, keyed like the API's field
 * paths (`subprocessors.0.country`), so that the API's own messages land in the same place.
 */
export function rowMessages(
  values: Partial<
    Pick<LeafletValues, 'retention' | 'subprocessors' | 'locations' | 'dataCategories'>
  >,
): Record<string, SharedMessage> {
  const messages: Record<string, SharedMessage> = {};
  const put = (path: string, message: SharedMessage | null) => {
    if (message) messages[path] = message;
  };
  values.subprocessors?.forEach((s, i) => {
    put(`subprocessors.${i}.name`, check(s.name, [required]));
    put(`subprocessors.${i}.service`, check(s.service, [required]));
    put(`subprocessors.${i}.country`, country(s.country));
    if (
      isCountryCode(s.country.trim().toUpperCase()) &&
      lacksTransferMechanism({
        country: s.country.trim().toUpperCase(),
        transferMechanism: s.transferMechanism as TransferMechanism,
      })
    )
      put(`subprocessors.${i}.transferMechanism`, { key: 'leaflet.transferMechanismOutsideEea' });
  });
  values.locations?.forEach((l, i) => {
    put(`locations.${i}.country`, country(l.country));
    put(`locations.${i}.activity`, check(l.activity, [required]));
  });
  values.retention?.forEach((r, i) => {
    put(`retention.${i}.category`, check(r.category, [required]));
    if (r.category && values.dataCategories && !values.dataCategories.includes(r.category))
      put(`retention.${i}.category`, { key: 'leaflet.retentionCategoryNotListed' });
    put(`retention.${i}.period`, check(r.period, [required]));
  });
  return messages;
}
