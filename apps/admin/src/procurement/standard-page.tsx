// One minimum standard, read-only: its requirements, and the publish step for a draft. A
// published standard never changes; a change is a new version.
import {
  ProcurementPublishStandardDocument,
  ProcurementStandardDocument,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { StepButton, StepProblem } from './procurement-ui';
import { TableFrame } from '../ui/table-frame';

export function StandardPage() {
  const { t, formatList, formatDate } = useI18n();
  const { standardId = '' } = useParams();
  const { user } = useViewer();
  const [result, reexecute] = useQuery({
    query: ProcurementStandardDocument,
    variables: { id: standardId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [, publish] = useMutation(ProcurementPublishStandardDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const standard = result.data?.minimumStandard;
  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={result.data !== undefined}
      retry={reload}
    >
      {!standard && <PageHeading title={t('procurement.notFound')} />}
      {standard && (
        <>
          <PageHeading title={`${standard.name} ${standard.version}`} />
          <p>
            <span
              className={`badge procurement-badge procurement-badge--${standard.status.toLowerCase()}`}
            >
              {t(`procurement.standardStatus.${standard.status}`)}
            </span>{' '}
            <span className="muted">
              {standard.sectorBody.name} · {t(`procurement.standard.subject.${standard.subject}`)}
            </span>
          </p>
          {notice && (
            <div className="notice notice--success" role="status">
              <p>{notice}</p>
            </div>
          )}
          <StepProblem problem={problem} reload={reload} />
          {standard.status === 'DRAFT' &&
            may(user, 'publishMinimumStandard', standard.sectorBody.id) && (
              <div className="panel">
                <p>{t('procurement.standard.publishText')}</p>
                <StepButton
                  run={() => publish({ id: standard.id })}
                  onProblem={setProblem}
                  done={() => {
                    setNotice(t('procurement.standard.published'));
                    reload();
                  }}
                >
                  {t('procurement.standard.publish')}
                </StepButton>
              </div>
            )}
          <TableFrame label={t('procurement.standard.requirements')}>
            <table className="table">
              <caption>{t('procurement.standard.requirements')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('procurement.requirement.code')}</th>
                  <th scope="col">{t('procurement.requirement.title')}</th>
                  <th scope="col">{t('procurement.requirement.mandatory')}</th>
                  <th scope="col">
                    {standard.subject === 'BOARD'
                      ? t('procurement.requirement.levels')
                      : t('procurement.requirement.evidence')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {standard.requirements.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.code}</th>
                    <td>
                      <strong>{r.title}</strong>
                      <br />
                      {r.description}
                    </td>
                    <td>{r.mandatory ? t('procurement.yes') : t('procurement.no')}</td>
                    <td>
                      {standard.subject === 'BOARD'
                        ? [
                            r.minimumLevel != null &&
                              t('procurement.requirement.levelsText', { minimum: r.minimumLevel }),
                            r.targetLevel != null &&
                              r.targetDate &&
                              t('procurement.requirement.lineText', {
                                level: r.targetLevel,
                                date: formatDate(r.targetDate),
                              }),
                          ]
                            .filter(Boolean)
                            .join(', ') || '—'
                        : r.evidenceTypes.length
                          ? formatList(r.evidenceTypes.map((type) => t(`attestationType.${type}`)))
                          : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        </>
      )}
    </DataState>
  );
}
