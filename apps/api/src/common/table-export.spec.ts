import { Locale } from '@regie/domain';
import { parse } from 'csv-parse/sync';
import { amsterdamDateTime, type ExportColumn, tableCsv } from './table-export';

interface Row {
  name: string;
  items: string[];
  at: Date;
}

const COLUMNS: ExportColumn<Row>[] = [
  { header: 'export.register.vendor', value: (r) => r.name },
  { header: 'export.register.products', value: (r) => r.items },
  { header: 'export.breachLog.discoveredAt', value: (r) => ({ at: r.at }) },
];

describe('a table as CSV', () => {
  const rows: Row[] = [
    { name: 'Aap; Noot "en" Mies', items: ['Eén', 'Twee'], at: new Date('2026-03-29T00:30:00Z') },
    { name: '=HYPERLINK("http://x")', items: [], at: new Date('2026-07-01T12:00:00Z') },
  ];
  const csv = tableCsv(COLUMNS, rows, Locale.NL);

  it('reads back record for record, lists one item a line within their quoted cell', () => {
    const text = csv.toString('utf8');
    expect(text.startsWith('\ufeffLeverancier;Producten;Ontdekt\r\n')).toBe(true);
    expect(text).toContain('"Eén\nTwee"');
    const records: string[][] = parse(csv, { bom: true, delimiter: ';', record_delimiter: '\r\n' });
    expect(records).toEqual([
      ['Leverancier', 'Producten', 'Ontdekt'],
      ['Aap; Noot "en" Mies', 'Eén\nTwee', '2026-03-29 01:30'],
      [`'=HYPERLINK("http://x")`, '', '2026-07-01 14:00'],
    ]);
  });

  it('writes moments as the time in the Netherlands, summer time included', () => {
    expect(amsterdamDateTime(new Date('2026-01-15T23:59:00Z'))).toBe('2026-01-16 00:59');
    expect(amsterdamDateTime(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16 00:00');
  });
});
