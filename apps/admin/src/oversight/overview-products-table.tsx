// The products of a product standard's overview. At sector scale they are thousands (every
// product assessed or in use), so the table is filtered as you type, by a part of the product's
// or the vendor's name and by result, and draws a hundred rows at a time; the status line says
// how many match.
import type { OversightSectorOverviewQuery } from '@regie/graphql-client';
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { TableFrame } from '../ui/table-frame';

type OverviewProduct = NonNullable<
  OversightSectorOverviewQuery['sectorOverview']
>['products'][number];

/** Rows drawn at once, and added by "show more". */
export const ROWS_AT_ONCE = 100;

const RESULTS = ['all', 'compliant', 'notCompliant', 'notAssessed'] as const;
type Result = (typeof RESULTS)[number];

function hasResult(p: OverviewProduct, result: Result): boolean {
  if (result === 'compliant') return p.compliant;
  if (result === 'notCompliant') return !!p.assessment && !p.compliant;
  if (result === 'notAssessed') return !p.assessment;
  return true;
}

export function OverviewProductsTable(props: {
  products: readonly OverviewProduct[];
  /** How a count of boards is written (a withheld one in words). */
  count: (value: number | null | undefined) => string;
}) {
  const { t, formatList, formatNumber } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const [result, setResult] = useState<Result>('all');
  const [rows, setRows] = useState(ROWS_AT_ONCE);
  const matching = useMemo(() => {
    const phrase = search.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
    const has = (name: string) => name.toLocaleLowerCase('nl').includes(phrase);
    return props.products.filter(
      (p) => hasResult(p, result) && (has(p.product.name) || has(p.product.vendor.name)),
    );
  }, [props.products, search, result]);
  const shown = matching.slice(0, rows);
  return (
    <>
      <form
        className="filters"
        role="search"
        aria-label={t('oversight.products.filter')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-search`}>
            {t('oversight.products.search')}
          </label>
          <input
            id={`${id}-search`}
            className="field__input"
            type="search"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value);
              setRows(ROWS_AT_ONCE);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-result`}>
            {t('oversight.products.result')}
          </label>
          <select
            id={`${id}-result`}
            className="field__input"
            value={result}
            onChange={(event) => {
              setResult(event.target.value as Result);
              setRows(ROWS_AT_ONCE);
            }}
          >
            {RESULTS.map((r) => (
              <option key={r} value={r}>
                {t(`oversight.products.result.${r}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status">
        {t('oversight.products.shown', {
          shown: formatNumber(shown.length),
          count: matching.length,
          matching: formatNumber(matching.length),
        })}
      </p>
      {shown.length > 0 && (
        <TableFrame label={t('oversight.products.title')}>
          <table className="table">
            <caption className="visually-hidden">{t('oversight.products.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('oversight.product')}</th>
                <th scope="col">{t('oversight.vendor')}</th>
                <th scope="col">{t('oversight.compliant')}</th>
                <th scope="col" className="numeric">
                  {t('oversight.boardsInForce')}
                </th>
                <th scope="col">{t('oversight.attestations')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.product.id}>
                  <th scope="row">{p.product.name}</th>
                  <td>{p.product.vendor.name}</td>
                  <td>
                    {p.assessment
                      ? t(p.compliant ? 'oversight.compliantYes' : 'oversight.compliantNo', {
                          met: String(p.assessment.mandatoryMet),
                          total: String(p.assessment.mandatoryTotal),
                        })
                      : t('oversight.notAssessed')}
                  </td>
                  <td className="numeric">{props.count(p.boardsInForce)}</td>
                  <td>
                    {formatList(
                      p.validAttestationTypes.map((type) => t(`attestationType.${type}`)),
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {matching.length > shown.length && (
        <p>
          <button type="button" className="button" onClick={() => setRows(rows + ROWS_AT_ONCE)}>
            {t('oversight.products.more', {
              count: Math.min(ROWS_AT_ONCE, matching.length - shown.length),
            })}
          </button>
        </p>
      )}
    </>
  );
}
