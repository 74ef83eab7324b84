// The sector overview as files (RUNTIME.md: GET /api/standards/:standardId/overview.csv and
// .xlsx): the same figures as sectorOverview, under the same small-count rule, in the chosen
// language. A withheld count reads "afgeschermd" ("withheld"); a figure that does not apply is
// left empty. For a product standard a totals row and a row per product; for a board
// standard a row for every requirement together and one per requirement.
import { type Locale, message, StandardSubject } from '@regie/domain';
import { word, yesNo } from '../common/export-words';
import { type CellValue, type ExportColumn, tableCsv, tableXlsx } from '../common/table-export';
import type { ShownOverview } from './sector-overview.service';
import type { ProductOverview, RequirementOverview } from './sector-overview.types';

const figure = (n: number | null, locale: Locale): CellValue =>
  n === null ? message('export.sectorOverview.withheld', locale) : n;

type ProductRow =
  { total: ShownOverview['overview'] } | { product: ProductOverview; vendor: string };
type RequirementRow = { total: ShownOverview['overview'] } | { requirement: RequirementOverview };

const PRODUCT_COLUMNS: readonly ExportColumn<ProductRow>[] = [
  {
    header: 'export.sectorOverview.vendor',
    value: (r, l) => ('total' in r ? message('export.sectorOverview.total', l) : r.vendor),
  },
  {
    header: 'export.sectorOverview.product',
    value: (r) => ('total' in r ? null : r.product.product.name),
  },
  {
    header: 'export.sectorOverview.assessedOn',
    value: (r) =>
      'total' in r || !r.product.assessment?.submittedAt
        ? null
        : { at: r.product.assessment.submittedAt },
  },
  {
    header: 'export.sectorOverview.compliant',
    value: (r, l) =>
      'total' in r
        ? null
        : r.product.assessment
          ? yesNo(r.product.compliant, l)
          : message('export.sectorOverview.notAssessed', l),
  },
  {
    header: 'export.sectorOverview.boardsInForce',
    value: (r, l) => ('total' in r ? null : figure(r.product.boardsInForce, l)),
  },
  {
    header: 'export.sectorOverview.agreementsInForce',
    value: (r, l) => ('total' in r ? figure(r.total.agreementsInForce, l) : null),
  },
  {
    header: 'export.sectorOverview.agreementsOnCompliantProducts',
    value: (r, l) => ('total' in r ? figure(r.total.agreementsOnCompliantProducts, l) : null),
  },
  {
    header: 'export.sectorOverview.validAttestationTypes',
    value: (r, l) =>
      'total' in r
        ? null
        : r.product.validAttestationTypes.map((t) => word('AttestationType', t, l)),
  },
];

const level = (i: number): ExportColumn<RequirementRow> => ({
  header: `export.sectorOverview.level${i + 1}` as 'export.sectorOverview.level1',
  value: (r, l) => ('total' in r ? null : figure(r.requirement.levelCounts[i] ?? null, l)),
});

const REQUIREMENT_COLUMNS: readonly ExportColumn<RequirementRow>[] = [
  {
    header: 'export.sectorOverview.code',
    value: (r, l) =>
      'total' in r
        ? message('export.sectorOverview.everyRequirement', l)
        : r.requirement.requirement.code,
  },
  {
    header: 'export.sectorOverview.requirement',
    value: (r) => ('total' in r ? null : r.requirement.requirement.title),
  },
  {
    header: 'export.sectorOverview.minimumLevel',
    value: (r) => ('total' in r ? null : (r.requirement.stored.minimumLevel ?? null)),
  },
  {
    header: 'export.sectorOverview.targetLevel',
    value: (r) => ('total' in r ? null : (r.requirement.stored.targetLevel ?? null)),
  },
  {
    header: 'export.sectorOverview.targetDate',
    value: (r) =>
      'total' in r || !r.requirement.stored.targetDate
        ? null
        : { date: r.requirement.stored.targetDate },
  },
  {
    header: 'export.sectorOverview.boardsAssessed',
    value: (r, l) =>
      figure('total' in r ? r.total.boardsAssessed : r.requirement.boardsAssessed, l),
  },
  {
    header: 'export.sectorOverview.boardsAtMinimum',
    value: (r, l) =>
      figure('total' in r ? r.total.boardsAtMinimum : r.requirement.boardsAtMinimum, l),
  },
  {
    header: 'export.sectorOverview.boardsAtTarget',
    value: (r, l) =>
      'total' in r || !r.requirement.stored.targetLevel
        ? null
        : figure(r.requirement.boardsAtTarget, l),
  },
  ...[0, 1, 2, 3, 4].map(level),
];

function table(shown: ShownOverview) {
  const { overview } = shown;
  if (shown.subject === StandardSubject.BOARD)
    return {
      columns: REQUIREMENT_COLUMNS,
      rows: [
        { total: overview },
        ...overview.requirements.map((requirement) => ({ requirement })),
      ] as RequirementRow[],
    };
  return {
    columns: PRODUCT_COLUMNS,
    rows: [
      { total: overview },
      ...overview.products.map((product) => ({
        product,
        vendor: shown.vendorNames.get(product.product.vendorId) ?? '',
      })),
    ] as ProductRow[],
  };
}

export function sectorOverviewCsv(shown: ShownOverview, locale: Locale): Buffer {
  const { columns, rows } = table(shown);
  return tableCsv(columns as ExportColumn<unknown>[], rows, locale);
}

export function sectorOverviewXlsx(shown: ShownOverview, locale: Locale): Promise<Buffer> {
  const { columns, rows } = table(shown);
  return tableXlsx(columns as ExportColumn<unknown>[], rows, locale, 'export.sectorOverview.sheet');
}
