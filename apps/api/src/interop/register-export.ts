// The processor register as files an FG hands to the supervisory authority (DOMAIN.md "The
// register an FG must keep"): one row per agreement in force, in the chosen language, every
// code written as words, lists one item a line within their cell, and no internal ids.
import { type Locale, message, TransferMechanism, usesPersonalNumbers } from '@regie/domain';
import { countryName, word, words, yesNo } from '../common/export-words';
import { type ExportColumn, tableCsv, tableXlsx } from '../common/table-export';
import type { RegisterEntry } from './register-entry.types';

export const REGISTER_COLUMNS: readonly ExportColumn<RegisterEntry>[] = [
  { header: 'export.register.vendor', value: (e) => e.vendor.name },
  { header: 'export.register.products', value: (e) => e.products.map((p) => p.name) },
  { header: 'export.register.purposes', value: (e) => e.purposes },
  {
    header: 'export.register.dataSubjects',
    value: (e, l) => words('DataSubject', e.dataSubjects, l),
  },
  {
    header: 'export.register.dataCategories',
    value: (e, l) => words('PersonalDataCategory', e.dataCategories, l),
  },
  {
    header: 'export.register.personalNumbers',
    value: (e, l) => yesNo(usesPersonalNumbers(e), l),
  },
  {
    header: 'export.register.retention',
    value: (e, l) =>
      e.retention.map((r) =>
        message('export.register.retentionRule', l, {
          category: word('PersonalDataCategory', r.category, l),
          period: r.period,
        }),
      ),
  },
  {
    header: 'export.register.subprocessors',
    value: (e, l) =>
      e.subprocessors.map((s) =>
        message('export.register.subprocessor', l, {
          name: s.name,
          service: s.service,
          country: countryName(s.country, l),
          mechanism: word('TransferMechanism', s.transferMechanism, l),
        }),
      ),
  },
  {
    header: 'export.register.locations',
    value: (e, l) =>
      e.locations.map((x) =>
        message('export.register.location', l, {
          country: countryName(x.country, l),
          activity: x.activity,
        }),
      ),
  },
  {
    header: 'export.register.transferMechanisms',
    value: (e, l) => {
      // What safeguards the transfers outside the EEA; inside it there is nothing to name.
      const used = new Set<TransferMechanism>(
        e.subprocessors
          .map((s) => s.transferMechanism)
          .filter((m) => m !== TransferMechanism.NOT_APPLICABLE),
      );
      return used.size
        ? words(
            'TransferMechanism',
            Object.values(TransferMechanism).filter((m) => used.has(m)),
            l,
          )
        : message('export.none', l);
    },
  },
  { header: 'export.register.dataOutsideEea', value: (e, l) => yesNo(e.dataOutsideEea, l) },
  {
    header: 'export.register.validFrom',
    value: (e) => (e.validFrom ? { date: e.validFrom } : null),
  },
  {
    header: 'export.register.validUntil',
    value: (e, l) => (e.validUntil ? { date: e.validUntil } : message('export.openEnded', l)),
  },
  {
    header: 'export.register.attestations',
    value: (e, l) =>
      e.attestationTypes.length
        ? words('AttestationType', e.attestationTypes, l)
        : message('export.none', l),
  },
  { header: 'export.register.expiredAttestations', value: (e) => e.expiredAttestationCount },
  { header: 'export.register.openDeviations', value: (e) => e.openDeviations },
];

export function registerCsv(entries: readonly RegisterEntry[], locale: Locale): Buffer {
  return tableCsv(REGISTER_COLUMNS, entries, locale);
}

export function registerXlsx(entries: readonly RegisterEntry[], locale: Locale): Promise<Buffer> {
  return tableXlsx(REGISTER_COLUMNS, entries, locale, 'export.register.sheet');
}
