// The board's maturity against the sector's standards for boards (DOMAIN.md "Minimum standards
// and assessments"): per published BOARD standard its newest submitted levels against the
// minimum and the development line, as a chart with a table, what it planned, and its gap
// ("4 van 12 eisen onder het minimum"). Its FG and admins start an assessment or continue the
// open draft. Only the board's members see any of it.
import {
  MaturityOverviewDocument,
  MaturityStartDocument,
  type MaturityAssessmentFragment,
  type MaturityStandardFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { MaturityChart, MaturityTable } from './maturity-chart';
import { maturitySummary } from './maturity-view';
import './maturity.css';

export function MaturityPage() {
  const { t } = useI18n();
  const { current } = useViewer();
  const board = current?.organisation;
  const isBoard = board?.kind === 'BOARD';
  const [result, reexecute] = useQuery({
    query: MaturityOverviewDocument,
    variables: { boardId: board?.id ?? '' },
    pause: !isBoard,
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (!board || !isBoard)
    return (
      <>
        <PageHeading title={t('maturity.title')} />
        <p>{t('maturity.notBoard')}</p>
      </>
    );
  const standards = (result.data?.minimumStandards ?? []).filter(
    (s) => s.subject === 'BOARD' && s.status === 'PUBLISHED',
  );
  const assessments = result.data?.boardAssessments ?? [];
  return (
    <>
      <PageHeading title={t('maturity.title')} />
      <p className="lead">{t('maturity.lead', { board: board.name })}</p>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={result.data !== undefined}
        retry={reload}
      >
        {standards.length === 0 && <p>{t('maturity.noStandards')}</p>}
        {standards.map((standard) => (
          <StandardSection
            key={standard.id}
            boardId={board.id}
            boardName={board.name}
            standard={standard}
            assessments={assessments.filter((a) => a.standard.id === standard.id)}
          />
        ))}
      </DataState>
    </>
  );
}

function StandardSection(props: {
  boardId: string;
  boardName: string;
  standard: MaturityStandardFragment;
  assessments: readonly MaturityAssessmentFragment[];
}) {
  const { t, formatDate } = useI18n();
  const { user } = useViewer();
  const navigate = useNavigate();
  const [, start] = useMutation(MaturityStartDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const { standard } = props;
  const draft = props.assessments.find((a) => a.status === 'DRAFT');
  const submitted = props.assessments
    .filter((a) => a.status === 'SUBMITTED' && a.submittedAt)
    .sort((a, b) => (a.submittedAt! < b.submittedAt! ? 1 : -1));
  const newest = submitted[0];
  const summary = newest ? maturitySummary(standard.requirements, newest.answers) : null;
  const assessor = may(user, 'startBoardAssessment', props.boardId);
  const headingId = `standard-${standard.id}`;
  const title = `${standard.name} ${standard.version}`;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{t('maturity.byBody', { body: standard.sectorBody.name })}</p>
      {!newest && <p>{t('maturity.none')}</p>}
      {newest && summary && (
        <>
          <p className="card__figure">
            {t('maturity.gap', { below: summary.below, total: summary.total })}
          </p>
          {summary.lines > 0 && (
            <p>{t('maturity.line', { met: summary.targetMet, lines: summary.lines })}</p>
          )}
          <p className="muted">
            {t('maturity.submittedOn', { date: formatDate(newest.submittedAt!) })}
          </p>
          <MaturityChart
            summary={summary}
            caption={t('maturity.chart.caption', { date: formatDate(newest.submittedAt!) })}
          />
          <MaturityTable summary={summary} />
        </>
      )}
      {submitted.length > 1 && (
        <>
          <h3>{t('maturity.history')}</h3>
          <ul>
            {submitted.slice(1).map((a) => (
              <li key={a.id}>
                <Link to={`/maturity/assessments/${a.id}`}>
                  {t('maturity.historyItem', {
                    date: formatDate(a.submittedAt!),
                    met: a.minimumMet,
                    total: a.requirementTotal,
                  })}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {draft && (
        <p>
          {t('maturity.draftOpen', {
            answered: draft.answers.length,
            total: draft.requirementTotal,
          })}{' '}
          <Link to={`/maturity/assessments/${draft.id}`}>{t('maturity.continue')}</Link>
        </p>
      )}
      {!draft && assessor && (
        <>
          <ProblemMessage problem={problem} />
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              setProblem(null);
              const answer = await outcome(
                start({ input: { boardId: props.boardId, standardId: standard.id } }),
              );
              setBusy(false);
              if (!answer.ok) setProblem(answer.problem);
              else navigate(`/maturity/assessments/${answer.data.startBoardAssessment.id}`);
            }}
          >
            {newest ? t('maturity.reassess') : t('maturity.start')}
          </button>
        </>
      )}
      {!assessor && (
        <p className="muted">{t('maturity.onlyAssessors', { board: props.boardName })}</p>
      )}
    </section>
  );
}
