// One of the board's maturity assessments. While it is a draft its FG or admin answers each
// requirement: today's level (1-5), an explanation, and a plan (a level by a date); each answer
// is saved on its own. Submitting asks first (ui/confirm-dialog.tsx), saying the gap it records;
// a submitted assessment is frozen, and reassessing starts a new one from the Maturity page.
import {
  MaturityAnswerDocument,
  MaturityAssessmentDocument,
  MaturitySubmitDocument,
  type MaturityAssessmentFragment,
} from '@regie/graphql-client';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { formatDateInput, parseDateInput } from '../forms/date-input';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { ConfirmStep, StepOutcome } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import { PlainField } from '../procurement/row-fields';
import { MaturityChart, MaturityTable } from './maturity-chart';
import { LEVELS, maturitySummary } from './maturity-view';
import './maturity.css';

type Requirement = MaturityAssessmentFragment['standard']['requirements'][number];
type Answer = MaturityAssessmentFragment['answers'][number];

export function MaturityAssessmentPage() {
  const { t, formatDate } = useI18n();
  const { assessmentId = '' } = useParams();
  const { user } = useViewer();
  const [result, reexecute] = useQuery({
    query: MaturityAssessmentDocument,
    variables: { id: assessmentId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [, submit] = useMutation(MaturitySubmitDocument);
  const [done, setDone] = useState<string | null>(null);
  const assessment = result.data?.boardAssessment;

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={result.data !== undefined}
      retry={reload}
    >
      {!assessment && (
        <>
          <PageHeading title={t('maturity.assessment.notFound')} />
          <p>
            <Link to="/maturity">{t('maturity.assessment.back')}</Link>
          </p>
        </>
      )}
      {assessment && (
        <AssessmentView
          assessment={assessment}
          answering={
            assessment.status === 'DRAFT' && may(user, 'answerMaturity', assessment.board.id)
          }
          done={done}
          submitStep={
            <ConfirmStep
              title={t('maturity.confirm.title')}
              binding={t('maturity.confirm.binding', {
                board: assessment.board.name,
                standard: `${assessment.standard.name} ${assessment.standard.version}`,
                below: maturitySummary(assessment.standard.requirements, assessment.answers).below,
                total: assessment.requirementTotal,
              })}
              details={t('maturity.confirm.details', { board: assessment.board.name })}
              confirmLabel={t('maturity.confirm.yes', { board: assessment.board.name })}
              run={() => outcome(submit({ id: assessment.id }))}
              onDone={() => {
                setDone(t('maturity.done.submitted'));
                reload();
              }}
              onReload={reload}
            >
              {t('maturity.assessment.submit')}
            </ConfirmStep>
          }
          formatDate={formatDate}
        />
      )}
    </DataState>
  );
}

function AssessmentView(props: {
  assessment: MaturityAssessmentFragment;
  answering: boolean;
  done: string | null;
  submitStep: ReactNode;
  formatDate: (value: string) => string;
}) {
  const { t } = useI18n();
  const { assessment, formatDate } = props;
  const summary = maturitySummary(assessment.standard.requirements, assessment.answers);
  const standard = `${assessment.standard.name} ${assessment.standard.version}`;
  return (
    <>
      <PageHeading title={t('maturity.assessment.title', { standard })} />
      <p>
        <span
          className={`badge procurement-badge procurement-badge--${assessment.status.toLowerCase()}`}
        >
          {t(`maturity.assessment.status.${assessment.status}`)}
        </span>{' '}
        <span className="muted">
          {assessment.board.name}
          {assessment.submittedAt &&
            ` · ${t('maturity.submittedOn', { date: formatDate(assessment.submittedAt) })}`}
        </span>
      </p>
      <StepOutcome>
        {props.done && (
          <>
            {props.done} <Link to="/maturity">{t('maturity.assessment.back')}</Link>
          </>
        )}
      </StepOutcome>
      <p className="card__figure">
        {assessment.status === 'DRAFT'
          ? t('maturity.assessment.progress', { answered: summary.answered, total: summary.total })
          : t('maturity.gap', { below: summary.below, total: summary.total })}
      </p>
      {assessment.status !== 'DRAFT' && (
        <>
          <p>{t('maturity.assessment.frozen')}</p>
          <MaturityChart
            summary={summary}
            caption={t('maturity.chart.caption', {
              date: formatDate(assessment.submittedAt ?? ''),
            })}
          />
          <MaturityTable summary={summary} />
        </>
      )}
      {props.answering &&
        assessment.standard.requirements.map((requirement) => (
          <RequirementForm
            key={requirement.id}
            assessmentId={assessment.id}
            requirement={requirement}
            answer={assessment.answers.find((a) => a.requirement.id === requirement.id)}
          />
        ))}
      {props.answering && (
        <div className="panel">
          {summary.answered < summary.total ? (
            <p>{t('maturity.assessment.submitHint')}</p>
          ) : (
            props.submitStep
          )}
        </div>
      )}
      <p>
        <Link to="/maturity">{t('maturity.assessment.back')}</Link>
      </p>
    </>
  );
}

function RequirementForm(props: {
  assessmentId: string;
  requirement: Requirement;
  answer: Answer | undefined;
}) {
  const { t, formatDate } = useI18n();
  const { requirement, answer } = props;
  const [, save] = useMutation(MaturityAnswerDocument);
  const [level, setLevel] = useState(answer ? String(answer.level) : '');
  const [explanation, setExplanation] = useState(answer?.explanation ?? '');
  const [plannedLevel, setPlannedLevel] = useState(
    answer?.plannedLevel ? String(answer.plannedLevel) : '',
  );
  const [plannedBy, setPlannedBy] = useState(formatDateInput(answer?.plannedBy));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const headingId = `requirement-${requirement.id}`;
  const levelId = `level-${requirement.id}`;
  const plannedId = `planned-${requirement.id}`;
  const fieldError = (name: string) =>
    errors[name] ?? (problem?.kind === 'invalidInput' ? problem.fields[name] : undefined);
  const otherErrors =
    problem?.kind === 'invalidInput'
      ? Object.entries(problem.fields)
          .filter(([name]) => !['level', 'plannedLevel', 'plannedBy', 'explanation'].includes(name))
          .map(([, message]) => message)
      : [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {requirement.code} {requirement.title}
      </h2>
      <p>{requirement.description}</p>
      <p className="muted maturity-requirement__facts">
        {requirement.minimumLevel != null &&
          t('maturity.assessment.requirementFacts', { minimum: requirement.minimumLevel })}
        {requirement.targetLevel != null &&
          requirement.targetDate &&
          ` · ${t('maturity.assessment.requirementLine', {
            level: requirement.targetLevel,
            date: formatDate(requirement.targetDate),
          })}`}
      </p>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setProblem(null);
          setSaved(false);
          const local: Record<string, string> = {};
          if (!level) local.level = t('maturity.assessment.levelRequired');
          const by = plannedBy.trim() ? parseDateInput(plannedBy) : null;
          if (plannedBy.trim() && !by) local.plannedBy = t('maturity.assessment.dateInvalid');
          setErrors(local);
          if (Object.keys(local).length) return;
          const result = await outcome(
            save({
              input: {
                assessmentId: props.assessmentId,
                requirementId: requirement.id,
                level: Number(level),
                explanation: explanation.trim() || null,
                plannedLevel: plannedLevel ? Number(plannedLevel) : null,
                plannedBy: by,
              },
            }),
          );
          if (!result.ok) setProblem(result.problem);
          else setSaved(true);
        }}
      >
        <ProblemMessage problem={problem} details={otherErrors} />
        <div className="maturity-answer">
          <LevelSelect
            id={levelId}
            label={t('maturity.assessment.level')}
            value={level}
            onChange={setLevel}
            empty={t('maturity.assessment.chooseLevel')}
            error={fieldError('level')}
            required
          />
          <LevelSelect
            id={plannedId}
            label={t('maturity.assessment.plannedLevel')}
            value={plannedLevel}
            onChange={setPlannedLevel}
            empty={t('maturity.assessment.noPlannedLevel')}
            error={fieldError('plannedLevel')}
          />
          <PlainField
            label={t('maturity.assessment.plannedBy')}
            hint={`${t('maturity.assessment.plannedByHint')} ${t('field.dateFormat')}`}
            value={plannedBy}
            onChange={setPlannedBy}
            error={fieldError('plannedBy')}
          />
        </div>
        <PlainField
          label={t('maturity.assessment.explanation')}
          value={explanation}
          onChange={setExplanation}
          error={fieldError('explanation')}
          multiline
        />
        <div className="procurement-actions">
          <button type="submit" className="button button--secondary">
            {t('maturity.assessment.save', { code: requirement.code })}
          </button>
          <span role="status">
            {saved ? t('maturity.assessment.saved', { code: requirement.code }) : ''}
          </span>
        </div>
      </form>
    </section>
  );
}

/** A level 1-5 (or none) as a native select: reachable and changeable with the keyboard. */
function LevelSelect(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  empty: string;
  error?: string;
  required?: boolean;
}) {
  const { t } = useI18n();
  const errorId = `${props.id}-error`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        className="field__input"
        value={props.value}
        aria-required={props.required || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.empty}</option>
        {LEVELS.map((l) => (
          <option key={l} value={String(l)}>
            {t('maturity.level', { level: l })}
          </option>
        ))}
      </select>
      {props.error && (
        <p id={errorId} className="field__error">
          {props.error}
        </p>
      )}
    </div>
  );
}
