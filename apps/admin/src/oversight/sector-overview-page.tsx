// The sector overview (Sectorbeeld): where the sector stands against one published standard,
// for boards, sector bodies, a supervisor's inspectors and the platform admin. The choice of
// standard and sector is kept in the address. Charts are plain HTML bars, each with its figures
// in words for a screen reader and the same figures in a table: no chart library is needed for
// bars, and a table would be needed beside any of them anyway.
import {
  OversightSectorOverviewDocument,
  OversightStandardsDocument,
  type OversightSectorOverviewQuery,
} from '@regie/graphql-client';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { apiProblem, type ApiProblem } from '../api/api-problem';
import { may } from '../auth/permissions';
import { NotForYourRole } from '../auth/role-gate';
import { downloadWithToken } from '../files/download';
import { exportFilename } from '../files/export-filename';
import { FieldFrame } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { TableFrame } from '../ui/table-frame';
import { OverviewProductsTable } from './overview-products-table';
import './oversight.css';

const SECTORS = ['PO', 'SO', 'VO', 'VSO', 'MBO', 'HO'] as const;
type Overview = NonNullable<OversightSectorOverviewQuery['sectorOverview']>;

export function SectorOverviewPage() {
  const { user, current } = useViewer();
  const { t } = useI18n();
  if (!may(user, 'sectorOverview', current?.organisation.id ?? null))
    return <NotForYourRole operation="sectorOverview" title={t('oversight.title')} />;
  return <SectorOverview />;
}

function SectorOverview() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const standardId = params.get('standard') ?? '';
  const sector = params.get('sector') ?? '';
  const [standards] = useQuery({ query: OversightStandardsDocument });
  const published = (standards.data?.minimumStandards ?? []).filter(
    (s) => s.status === 'PUBLISHED',
  );
  const [overview, reexecute] = useQuery({
    query: OversightSectorOverviewDocument,
    variables: { standardId, sector: (sector || null) as never },
    pause: !standardId,
    requestPolicy: 'cache-and-network',
  });
  const problem = apiProblem(overview.error);
  const sectorMessage =
    problem?.kind === 'invalidInput' ? (problem.fields['sector'] ?? undefined) : undefined;

  const [choice, setChoice] = useState({ standard: standardId, sector });
  const ids = {
    standard: { control: useId(), hint: useId(), error: useId() },
    sector: { control: useId(), hint: useId(), error: useId() },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    const standard = choice.standard || published[0]?.id || '';
    if (standard) next.set('standard', standard);
    if (choice.sector) next.set('sector', choice.sector);
    setParams(next);
  };

  return (
    <>
      <PageHeading title={t('oversight.title')} />
      <p className="lead">{t('oversight.lead')}</p>
      <DataState
        fetching={standards.fetching}
        error={standards.error}
        hasData={Boolean(standards.data)}
        retry={() => undefined}
      >
        {published.length === 0 ? (
          <p>{t('oversight.noStandards')}</p>
        ) : (
          <form
            className="panel form oversight-choice"
            onSubmit={submit}
            aria-label={t('oversight.choose')}
          >
            <FieldFrame ids={ids.standard} label={t('oversight.standard')} message={undefined}>
              <select
                id={ids.standard.control}
                className="field__input"
                value={choice.standard || published[0].id}
                onChange={(e) => setChoice({ ...choice, standard: e.target.value })}
              >
                {published.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} {s.version} ({s.sectorBody.name})
                  </option>
                ))}
              </select>
            </FieldFrame>
            <FieldFrame
              ids={ids.sector}
              label={t('oversight.sector')}
              hint={t('oversight.sectorHint')}
              message={sectorMessage}
            >
              <select
                id={ids.sector.control}
                className="field__input"
                value={choice.sector}
                aria-invalid={sectorMessage ? true : undefined}
                aria-describedby={`${ids.sector.hint} ${ids.sector.error}`}
                onChange={(e) => setChoice({ ...choice, sector: e.target.value })}
              >
                <option value="">{t('oversight.allSectors')}</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(`sector.${s}`)}
                  </option>
                ))}
              </select>
            </FieldFrame>
            <div className="form__actions">
              <button type="submit" className="button">
                {t('oversight.show')}
              </button>
            </div>
          </form>
        )}
      </DataState>
      {standardId && !sectorMessage && (
        <DataState
          fetching={overview.fetching}
          error={overview.error}
          hasData={overview.data !== undefined}
          retry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          {overview.data?.sectorOverview ? (
            <Figures key={`${standardId}:${sector}`} overview={overview.data.sectorOverview} />
          ) : (
            <p className="notice notice--info">{t('oversight.notFound')}</p>
          )}
        </DataState>
      )}
    </>
  );
}

function Figures({ overview }: { overview: Overview }) {
  const { t, formatDateTime } = useI18n();
  const id = useId();
  const title = t(overview.sector ? 'oversight.headingSector' : 'oversight.heading', {
    standard: overview.standard.name,
    version: overview.standard.version,
    sector: overview.sector ? t(`sector.${overview.sector}`) : '',
  });
  const boardStandard = overview.standard.subject === 'BOARD';
  return (
    <section className="oversight" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">
        {t('oversight.generatedAt', { at: formatDateTime(overview.generatedAt) })}{' '}
        {t('oversight.smallCountRule')}
      </p>
      <Downloads overview={overview} />
      {boardStandard ? (
        <BoardFigures overview={overview} />
      ) : (
        <ProductFigures overview={overview} />
      )}
    </section>
  );
}

/** A count as shown: withheld where the small-count rule hides it. */
function useCount() {
  const { t, formatNumber } = useI18n();
  return (value: number | null | undefined) =>
    value === null || value === undefined ? t('oversight.withheld') : formatNumber(value);
}

function ProductFigures({ overview }: { overview: Overview }) {
  const { t } = useI18n();
  const count = useCount();
  const id = useId();
  const total = overview.agreementsInForce;
  const onCompliant = overview.agreementsOnCompliantProducts;
  const shownBar = total !== null && total !== undefined && total > 0 && onCompliant !== null;
  const share = shownBar ? (onCompliant! / total!) * 100 : 0;
  const compliant = overview.products.filter((p) => p.compliant).length;
  return (
    <section aria-labelledby={`${id}-products`}>
      <h3 id={`${id}-products`}>{t('oversight.products.title')}</h3>
      <p>
        {onCompliant === null || onCompliant === undefined || total === null || total === undefined
          ? t('oversight.products.summaryWithheld')
          : t('oversight.products.summary', {
              onCompliant: count(onCompliant),
              total: count(total),
            })}
      </p>
      {shownBar && (
        <div className="oversight-share">
          <div
            className="oversight-share__track"
            role="img"
            aria-label={`${t('oversight.products.chart')}: ${t('oversight.products.onCompliant', {
              count: count(onCompliant),
            })}, ${t('oversight.products.other', { count: count(total! - onCompliant!) })}`}
          >
            <span className="oversight-share__part" style={{ width: `${share}%` }} />
          </div>
          <ul className="oversight-legend" aria-hidden="true">
            <li>
              <span className="oversight-swatch oversight-swatch--compliant" />
              {t('oversight.products.onCompliant', { count: count(onCompliant) })}
            </li>
            <li>
              <span className="oversight-swatch" />
              {t('oversight.products.other', { count: count(total! - onCompliant!) })}
            </li>
          </ul>
        </div>
      )}
      {overview.products.length === 0 ? (
        <p>{t('oversight.products.none')}</p>
      ) : (
        <>
          <p>
            {t('oversight.products.compliantCount', {
              compliant: String(compliant),
              count: String(overview.products.length),
            })}
          </p>
          <OverviewProductsTable products={overview.products} count={count} />
        </>
      )}
    </section>
  );
}

function BoardFigures({ overview }: { overview: Overview }) {
  const { t, formatDate } = useI18n();
  const count = useCount();
  const id = useId();
  const levels = [1, 2, 3, 4, 5];
  return (
    <section aria-labelledby={`${id}-boards`}>
      <h3 id={`${id}-boards`}>{t('oversight.boards.title')}</h3>
      <p>
        {overview.boardsAtMinimum === null || overview.boardsAssessed === null
          ? t('oversight.boards.summaryWithheld')
          : t('oversight.boards.summary', {
              atMinimum: count(overview.boardsAtMinimum),
              assessed: count(overview.boardsAssessed),
            })}
      </p>
      <p className="muted" id={`${id}-hint`}>
        {t('oversight.boards.chartHint')}
      </p>
      <ul className="oversight-spreads" aria-describedby={`${id}-hint`}>
        {overview.requirements.map((r) => {
          const shown = r.levelCounts.every((c) => c !== null);
          const total = shown ? r.levelCounts.reduce<number>((s, c) => s + (c ?? 0), 0) : 0;
          const label = shown
            ? t('oversight.boards.bar', {
                code: r.requirement.code,
                levels: levels
                  .map((level, i) =>
                    t('oversight.boards.barLevel', {
                      level: String(level),
                      count: count(r.levelCounts[i]),
                    }),
                  )
                  .join(', '),
              })
            : t('oversight.boards.barWithheld', { code: r.requirement.code });
          return (
            <li key={r.requirement.id} className="oversight-spread">
              <span className="oversight-spread__code" aria-hidden="true">
                {r.requirement.code}
              </span>
              <div className="oversight-spread__track" role="img" aria-label={label}>
                {shown && total > 0
                  ? r.levelCounts.map((c, i) =>
                      c ? (
                        <span
                          key={i}
                          className={`oversight-spread__part oversight-level-${i + 1}`}
                          style={{ width: `${(c / total) * 100}%` }}
                        >
                          {c}
                        </span>
                      ) : null,
                    )
                  : !shown && (
                      <span className="oversight-spread__withheld">{t('oversight.withheld')}</span>
                    )}
              </div>
            </li>
          );
        })}
      </ul>
      <ul className="oversight-legend" aria-hidden="true">
        {levels.map((level) => (
          <li key={level}>
            <span className={`oversight-swatch oversight-level-${level}`} />
            {t('oversight.level', { level: String(level) })}
          </li>
        ))}
      </ul>
      <TableFrame label={t('oversight.table')}>
        <table className="table">
          <caption>{t('oversight.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('oversight.requirement')}</th>
              <th scope="col" className="numeric">
                {t('oversight.minimumLevel')}
              </th>
              <th scope="col">{t('oversight.targetLevel')}</th>
              <th scope="col" className="numeric">
                {t('oversight.assessed')}
              </th>
              <th scope="col" className="numeric">
                {t('oversight.atMinimum')}
              </th>
              <th scope="col" className="numeric">
                {t('oversight.atTarget')}
              </th>
              {levels.map((level) => (
                <th key={level} scope="col" className="numeric">
                  {t('oversight.level', { level: String(level) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.requirements.map((r) => (
              <tr key={r.requirement.id}>
                <th scope="row">
                  {r.requirement.code} {r.requirement.title}
                </th>
                <td className="numeric">{r.requirement.minimumLevel ?? '–'}</td>
                <td>
                  {r.requirement.targetLevel && r.requirement.targetDate
                    ? t('oversight.targetLine', {
                        level: String(r.requirement.targetLevel),
                        date: formatDate(r.requirement.targetDate),
                      })
                    : '–'}
                </td>
                <td className="numeric">{count(r.boardsAssessed)}</td>
                <td className="numeric">{count(r.boardsAtMinimum)}</td>
                <td className="numeric">
                  {r.requirement.targetLevel ? count(r.boardsAtTarget) : '–'}
                </td>
                {r.levelCounts.map((c, i) => (
                  <td key={i} className="numeric">
                    {count(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}

function Downloads({ overview }: { overview: Overview }) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    if (busy) return;
    setBusy(format);
    setProblem(null);
    setSaid(null);
    const filename = exportFilename(
      'sectorbeeld',
      `${overview.standard.name} ${overview.standard.version} ${overview.sector ?? ''}`,
      format,
    );
    const query = overview.sector ? `?sector=${overview.sector}` : '';
    const answer = await downloadWithToken(
      `/api/standards/${overview.standard.id}/overview.${format}${query}`,
      filename,
    );
    setBusy(null);
    if (!answer.ok) setProblem(answer.problem);
    else setSaid(t('oversight.downloaded', { filename }));
  };
  return (
    <div className="oversight-downloads" role="group" aria-labelledby={`${id}-download`}>
      <span id={`${id}-download`} className="visually-hidden">
        {t('oversight.download')}
      </span>
      <div className="download-actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void download(format)}
          >
            {busy === format ? t('oversight.downloading') : t(`oversight.${format}` as MessageKey)}
          </button>
        ))}
      </div>
      <p role="status" className={said ? 'notice notice--success' : 'visually-hidden'}>
        {said ?? ''}
      </p>
      <ProblemMessage problem={problem} />
    </div>
  );
}
