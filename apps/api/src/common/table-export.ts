// Tables an FG hands over (the processor register, the breach log) as CSV and XLSX, written
// the same way whatever the table: headings and words from the message catalogue in the
// chosen language, lists one item a line within their cell, dates as dates.
// CSV: RFC 4180 by csv-stringify, `;` between fields (Excel with Dutch regional settings,
// where the comma is the decimal separator), CRLF between records, a byte order mark so
// that Excel reads UTF-8, and every field quoted that holds a `;`, a quote or a line break.
// XLSX: one sheet by exceljs, the heading row bold and frozen, filters on every column,
// each column as wide as its texts need (within bounds), long texts wrapped.
import { Locale, message, type MessageKey } from '@regie/domain';
import { stringify } from 'csv-stringify/sync';
import { excelJs } from './heavy-modules';

/** A calendar date (YYYY-MM-DD), a moment, a number, a text or a list of texts. */
export type CellValue =
  { readonly date: string } | { readonly at: Date } | number | string | readonly string[] | null;

export interface ExportColumn<T> {
  readonly header: MessageKey;
  readonly value: (row: T, locale: Locale) => CellValue;
}

/** The narrowest and widest a column gets, in characters. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;
const TIME_ZONE = 'Europe/Amsterdam';

/** The text of a cell in a CSV file (and the width it needs in a workbook). */
function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (isList(value)) return value.join('\n');
  if ('date' in value) return value.date;
  return amsterdamDateTime(value.at);
}

function isList(value: CellValue): value is readonly string[] {
  return Array.isArray(value);
}

/** `YYYY-MM-DD HH:mm`, the wall-clock time in the Netherlands, as an FG reads it. */
export function amsterdamDateTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/**
 * A text a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage
 * return first) gets a leading apostrophe: a vendor's product name or an incident's title
 * must never run in the FG's Excel (OWASP's advice on CSV injection).
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function tableCsv<T>(
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  locale: Locale,
): Buffer {
  const records = rows.map((row) =>
    columns.map((c) => {
      const value = c.value(row, locale);
      return typeof value === 'number' ? String(value) : inert(cellText(value));
    }),
  );
  const text = stringify([columns.map((c) => message(c.header, locale)), ...records], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF), not a bare line
    // feed: a list's line breaks must be quoted too, or Excel starts a new row at each.
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(text, 'utf8');
}

export async function tableXlsx<T>(
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  locale: Locale,
  sheetName: MessageKey,
): Promise<Buffer> {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = 'Regie';
  const sheet = workbook.addWorksheet(message(sheetName, locale), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  const headers = columns.map((c) => message(c.header, locale));
  const values = rows.map((row) => columns.map((c) => c.value(row, locale)));
  sheet.columns = columns.map((_, i) => ({
    width: columnWidth([headers[i], ...values.map((r) => cellText(r[i]))]),
  }));
  const heading = sheet.addRow(headers);
  heading.font = { bold: true };
  heading.alignment = { vertical: 'top', wrapText: true };
  for (const row of values) {
    const added = sheet.addRow(row.map(workbookValue));
    row.forEach((value, i) => {
      const cell = added.getCell(i + 1);
      cell.alignment = { vertical: 'top', wrapText: true };
      if (value !== null && typeof value === 'object' && !isList(value))
        cell.numFmt = 'date' in value ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
    });
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, values.length + 1), column: columns.length },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * What a workbook cell holds: dates as real dates (Excel keeps no time zone, so a moment is
 * written as its Amsterdam wall-clock time), numbers as numbers, lists one item a line.
 */
function workbookValue(value: CellValue): string | number | Date | null {
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  if (isList(value)) return value.join('\n');
  if ('date' in value) return new Date(`${value.date}T00:00:00Z`);
  return new Date(`${amsterdamDateTime(value.at).replace(' ', 'T')}:00Z`);
}

/** Wide enough for the longest line of the column's texts, within MIN_WIDTH..MAX_WIDTH. */
function columnWidth(texts: readonly string[]): number {
  let longest = 0;
  for (const text of texts)
    for (const line of text.split('\n')) longest = Math.max(longest, [...line].length);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}
