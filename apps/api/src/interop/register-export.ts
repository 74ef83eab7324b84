// The processor register as files an FG keeps: CSV and XLSX, one row per entry, in
// the columns of RegisterEntry. A person reads these files: enumerations are written as
// words in the file's language (Leerlingen, Persoonsgebonden nummer, ISO/IEC 27001) and
// countries by name, as the admin shows them; several values in one cell go on separate lines.
import { enumLabel, formatCountryIn, languageOf, Locale, usesPersonalNumbers } from '@regie/domain';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { RegisterEntry } from './register-entry.types';

type Cell = string | number | Date | null;

interface Column {
  readonly header: Record<Locale, string>;
  /** Width in characters, for the workbook. */
  readonly width: number;
  readonly value: (entry: RegisterEntry, locale: Locale) => Cell;
  /** A calendar date: a real date cell in the workbook. */
  readonly date?: boolean;
}

const yesNo = (value: boolean, locale: Locale) =>
  locale === Locale.EN ? (value ? 'yes' : 'no') : value ? 'ja' : 'nee';
const lines = (values: readonly string[]) => values.join('\n');
const country = (code: string, locale: Locale) => formatCountryIn(languageOf(locale), code);

export const REGISTER_COLUMNS: readonly Column[] = [
  {
    header: { NL: 'Overeenkomst', EN: 'Agreement' },
    width: 38,
    value: (e) => e.agreementId,
  },
  { header: { NL: 'Leverancier', EN: 'Vendor' }, width: 28, value: (e) => e.vendor.name },
  {
    header: { NL: 'Producten', EN: 'Products' },
    width: 28,
    value: (e) => lines(e.products.map((p) => p.name)),
  },
  { header: { NL: 'Doeleinden', EN: 'Purposes' }, width: 40, value: (e) => lines(e.purposes) },
  {
    header: { NL: 'Betrokkenen', EN: 'Data subjects' },
    width: 16,
    value: (e, l) => lines(e.dataSubjects.map((s) => enumLabel('dataSubject', s, l))),
  },
  {
    header: { NL: 'Categorieën persoonsgegevens', EN: 'Categories of personal data' },
    width: 28,
    value: (e, l) => lines(e.dataCategories.map((c) => enumLabel('dataCategory', c, l))),
  },
  {
    header: { NL: 'Persoonsnummers (BSN/PGN)', EN: 'Personal numbers (BSN/PGN)' },
    width: 14,
    value: (e, l) => yesNo(usesPersonalNumbers(e), l),
  },
  {
    header: { NL: 'Bewaartermijnen', EN: 'Retention' },
    width: 40,
    value: (e, l) =>
      lines(e.retention.map((r) => `${enumLabel('dataCategory', r.category, l)}: ${r.period}`)),
  },
  {
    header: { NL: 'Subverwerkers', EN: 'Sub-processors' },
    width: 40,
    value: (e, l) =>
      lines(
        e.subprocessors.map(
          (s) =>
            `${s.name} (${s.service}, ${country(s.country, l)}, ${enumLabel('transferMechanism', s.transferMechanism, l)})`,
        ),
      ),
  },
  {
    header: { NL: 'Locaties', EN: 'Locations' },
    width: 28,
    value: (e, l) => lines(e.locations.map((x) => `${country(x.country, l)}: ${x.activity}`)),
  },
  {
    header: { NL: 'Gegevens buiten de EER', EN: 'Data outside the EEA' },
    width: 14,
    value: (e, l) => yesNo(e.dataOutsideEea, l),
  },
  {
    header: { NL: 'Geldig tot', EN: 'Valid until' },
    width: 12,
    value: (e) => e.validUntil,
    date: true,
  },
  {
    header: { NL: 'Attestaties', EN: 'Attestations' },
    width: 16,
    value: (e, l) => lines(e.attestationTypes.map((t) => enumLabel('attestationType', t, l))),
  },
  {
    header: { NL: 'Verlopen attestaties', EN: 'Expired attestations' },
    width: 12,
    value: (e) => e.expiredAttestationCount,
  },
  {
    header: { NL: 'Open afwijkingen', EN: 'Open deviations' },
    width: 12,
    value: (e) => e.openDeviations,
  },
];

/**
 * UTF-8 with a byte order mark and `;` between fields, CRLF between records: what
 * Excel with Dutch regional settings opens by double-click without an import wizard
 * (a comma is the decimal separator there).
 */
export function registerCsv(entries: readonly RegisterEntry[], locale: Locale): Buffer {
  const rows = entries.map((e) =>
    REGISTER_COLUMNS.map((c) => {
      const v = c.value(e, locale);
      return v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : v;
    }),
  );
  const text = stringify([REGISTER_COLUMNS.map((c) => c.header[locale]), ...rows], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}

/** A workbook with one sheet: bold frozen header row, sized columns, real date cells. */
export async function registerXlsx(
  entries: readonly RegisterEntry[],
  locale: Locale,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Regie';
  const sheet = workbook.addWorksheet(
    locale === Locale.EN ? 'Processor register' : 'Verwerkersregister',
    {
      views: [{ state: 'frozen', ySplit: 1 }],
    },
  );
  sheet.columns = REGISTER_COLUMNS.map((c) => ({
    header: c.header[locale],
    width: c.width,
    style: c.date ? { numFmt: 'yyyy-mm-dd' } : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    sheet.addRow(
      REGISTER_COLUMNS.map((c) => {
        const v = c.value(e, locale);
        // A calendar date is midnight UTC: Excel dates carry no time zone.
        return c.date && typeof v === 'string' ? new Date(`${v}T00:00:00Z`) : v;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
