// A board's processor register (art. 30 GDPR): one line per active agreement, on screen and
// as CSV or XLSX files fetched with the person's token. The page takes the window's full width
// and the table scrolls inside its frame.
import { AgreementsRegisterDocument } from '@regie/graphql-client';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { downloadWithToken } from '../files/download';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { useCalendarDate } from './agreement-ui';
import { registerFilename } from './register-filename';

export function RegisterPage() {
  const { t, formatList, formatNumber, formatCountry } = useI18n();
  const { current } = useViewer();
  const day = useCalendarDate();
  const board = current?.organisation.kind === 'BOARD' ? current.organisation : undefined;
  const [result, reexecute] = useQuery({
    query: AgreementsRegisterDocument,
    variables: { boardId: board?.id ?? '' },
    pause: !board,
  });
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const entries = result.data?.processorRegister;

  if (!board)
    return (
      <>
        <PageHeading title={t('agreements.register.title')} />
        <p>{t('agreements.register.notBoard')}</p>
      </>
    );

  const download = async (format: 'csv' | 'xlsx') => {
    if (busy) return;
    setBusy(format);
    setProblem(null);
    setSaid(null);
    const filename = registerFilename(board.name, format);
    const answer = await downloadWithToken(`/api/boards/${board.id}/register.${format}`, filename);
    setBusy(null);
    if (!answer.ok) setProblem(answer.problem);
    else setSaid(t('agreements.register.downloaded', { filename }));
  };

  return (
    <div className="page--wide">
      <PageHeading title={t('agreements.register.title')} />
      <p>{t('agreements.register.intro')}</p>
      <div className="download-actions">
        {(['csv', 'xlsx'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void download(format)}
          >
            {busy === format
              ? t('agreements.register.downloading')
              : t(`agreements.register.${format}`)}
          </button>
        ))}
      </div>
      <p role="status" className={said ? 'notice notice--success' : 'visually-hidden'}>
        {said ?? ''}
      </p>
      <ProblemMessage problem={problem} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(entries)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {entries && entries.length === 0 && <p>{t('agreements.register.none')}</p>}
        {entries && entries.length > 0 && (
          <>
            <p>{t('agreements.register.count', { count: entries.length })}</p>
            <div
              className="table-scroll table-frame"
              // Wide: the keyboard scrolls it once it has the focus.
              tabIndex={0}
              role="region"
              aria-label={t('agreements.register.title')}
            >
              <table className="table register-table">
                <caption className="visually-hidden">{t('agreements.register.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('agreements.register.vendor')}</th>
                    <th scope="col">{t('agreements.register.products')}</th>
                    <th scope="col">{t('agreements.register.purposes')}</th>
                    <th scope="col">{t('agreements.register.subjects')}</th>
                    <th scope="col">{t('agreements.register.categories')}</th>
                    <th scope="col">{t('agreements.register.subprocessors')}</th>
                    <th scope="col">{t('agreements.register.validUntil')}</th>
                    <th scope="col">{t('agreements.register.attestations')}</th>
                    <th scope="col">{t('agreements.register.deviations')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.agreement.id}>
                      <th scope="row">
                        <Link to={`/agreements/${entry.agreement.id}`}>{entry.vendor.name}</Link>
                      </th>
                      <td>{formatList(entry.products.map((p) => p.name))}</td>
                      <td>{formatList(entry.purposes)}</td>
                      <td>{formatList(entry.dataSubjects.map((s) => t(`dataSubject.${s}`)))}</td>
                      <td>
                        {entry.dataCategories.map((c, i) => (
                          <span key={c} className={c === 'PERSONAL_NUMBER' ? 'flag' : undefined}>
                            {i > 0 && ', '}
                            {c === 'PERSONAL_NUMBER' && '⚠ '}
                            {t(`dataCategory.${c}`)}
                          </span>
                        ))}
                      </td>
                      <td>
                        {formatList(
                          entry.subprocessors.map((s) => `${s.name} (${formatCountry(s.country)})`),
                        )}
                        {entry.dataOutsideEea && (
                          <span className="flag"> ⚠ {t('agreements.register.outsideEea')}</span>
                        )}
                      </td>
                      <td>
                        {entry.validUntil ? day(entry.validUntil) : t('agreements.list.open')}
                      </td>
                      <td>
                        {formatList(entry.attestationTypes.map((a) => t(`attestationType.${a}`))) ||
                          t('value.none')}
                        {entry.expiredAttestationCount > 0 && (
                          <span className="flag">
                            {' '}
                            (
                            {t('agreements.register.expired', {
                              count: entry.expiredAttestationCount,
                            })}
                            )
                          </span>
                        )}
                      </td>
                      <td className={entry.openDeviations > 0 ? 'flag' : undefined}>
                        {formatNumber(entry.openDeviations)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </DataState>
    </div>
  );
}
