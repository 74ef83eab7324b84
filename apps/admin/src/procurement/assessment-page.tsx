// A product's self-assessment against a minimum standard. Its vendor answers each requirement
// (with its own attestations as evidence) and submits; a sector body's reviewer confirms or
// disputes each answer, with the evidence in view.
import {
  ProcurementAnswerRequirementDocument,
  ProcurementAssessmentDocument,
  ProcurementReviewAnswerDocument,
  ProcurementSubmitAssessmentDocument,
  ProcurementVendorWorkDocument,
  type ComplianceAnswer,
  type ProcurementAssessmentFragment,
  type ReviewVerdict,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { StepButton, StepProblem } from './procurement-ui';
import { PlainField } from './row-fields';

const ANSWERS: readonly ComplianceAnswer[] = [
  'MEETS',
  'PARTIAL',
  'DOES_NOT_MEET',
  'NOT_APPLICABLE',
];
const VERDICTS: readonly ReviewVerdict[] = ['CONFIRMED', 'DISPUTED', 'PENDING'];

type Requirement = ProcurementAssessmentFragment['standard']['requirements'][number];
type Answer = ProcurementAssessmentFragment['answers'][number];

export function AssessmentPage() {
  const { t, formatNumber, formatDate } = useI18n();
  const { assessmentId = '' } = useParams();
  const { user, current } = useViewer();
  const [result, reexecute] = useQuery({
    query: ProcurementAssessmentDocument,
    variables: { id: assessmentId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [, submit] = useMutation(ProcurementSubmitAssessmentDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const assessment = result.data?.assessment;
  const vendorId = assessment?.product.vendor.id ?? '';
  const answering =
    assessment?.status === 'DRAFT' &&
    current?.organisation.id === vendorId &&
    may(user, 'answerRequirement', vendorId);
  const reviewing =
    assessment?.status !== 'DRAFT' &&
    current?.organisation.kind === 'SECTOR_BODY' &&
    may(user, 'reviewAnswer', current.organisation.id);

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={result.data !== undefined}
      retry={reload}
    >
      {!assessment && <PageHeading title={t('procurement.notFound')} />}
      {assessment && (
        <>
          <PageHeading
            title={t('procurement.assessment.title', {
              product: assessment.product.name,
              standard: `${assessment.standard.name} ${assessment.standard.version}`,
            })}
          />
          <p>
            <span
              className={`badge procurement-badge procurement-badge--${assessment.status.toLowerCase()}`}
            >
              {t(`procurement.assessmentStatus.${assessment.status}`)}
            </span>{' '}
            <span className="muted">
              {assessment.product.vendor.name}
              {assessment.submittedAt &&
                ` · ${t('procurement.assessment.submittedOn', { at: formatDate(assessment.submittedAt) })}`}
            </span>
          </p>
          <p className="card__figure">
            {t('procurement.assessment.mandatoryMet', {
              met: assessment.mandatoryMet,
              total: assessment.mandatoryTotal,
            })}
          </p>
          <p>
            {t('procurement.assessment.confirmed', {
              count: formatNumber(assessment.confirmedCount),
            })}
          </p>
          {notice && (
            <div className="notice notice--success" role="status">
              <p>{notice}</p>
            </div>
          )}
          <StepProblem problem={problem} reload={reload} />
          {assessment.standard.requirements.map((requirement) => (
            <RequirementPanel
              key={requirement.id}
              assessment={assessment}
              requirement={requirement}
              answer={assessment.answers.find((a) => a.requirement.id === requirement.id)}
              answering={Boolean(answering)}
              reviewing={Boolean(reviewing)}
              vendorId={vendorId}
            />
          ))}
          {answering && (
            <div className="procurement-actions">
              <StepButton
                run={() => submit({ id: assessment.id })}
                onProblem={setProblem}
                done={() => {
                  setNotice(t('procurement.assessment.submitted'));
                  reload();
                }}
              >
                {t('procurement.assessment.submit')}
              </StepButton>
            </div>
          )}
        </>
      )}
    </DataState>
  );
}

function RequirementPanel(props: {
  assessment: ProcurementAssessmentFragment;
  requirement: Requirement;
  answer: Answer | undefined;
  answering: boolean;
  reviewing: boolean;
  vendorId: string;
}) {
  const { t, formatDate, formatList } = useI18n();
  const { requirement, answer } = props;
  const headingId = `requirement-${requirement.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {requirement.code} — {requirement.title}
      </h2>
      <p>{requirement.description}</p>
      <p className="muted">
        {requirement.mandatory
          ? t('procurement.requirement.isMandatory')
          : t('procurement.requirement.optional')}
        {requirement.evidenceTypes.length > 0 &&
          ` · ${t('procurement.requirement.evidenceNeeded', { types: formatList(requirement.evidenceTypes.map((type) => t(`attestationType.${type}`))) })}`}
      </p>
      {answer && (
        <dl className="facts">
          <div>
            <dt>{t('procurement.assessment.answer')}</dt>
            <dd>{t(`procurement.answer.${answer.answer}`)}</dd>
          </div>
          {answer.explanation && (
            <div>
              <dt>{t('procurement.assessment.explanation')}</dt>
              <dd>{answer.explanation}</dd>
            </div>
          )}
          <div>
            <dt>{t('procurement.assessment.evidence')}</dt>
            <dd>
              {answer.evidence.length === 0
                ? '—'
                : answer.evidence.map((e) => (
                    <span key={e.id} className="procurement-evidence">
                      {t(`attestationType.${e.type}`)} · {e.issuer} ·{' '}
                      {t('procurement.attestation.validUntil', { date: formatDate(e.validUntil) })}{' '}
                      · {t(`attestationValidity.${e.validity}`)}
                      {e.document && (
                        <>
                          {' '}
                          · <a href={e.document.url}>{t('procurement.attestation.document')}</a>
                        </>
                      )}
                      <br />
                    </span>
                  ))}
            </dd>
          </div>
          <div>
            <dt>{t('procurement.assessment.verdict')}</dt>
            <dd>
              {t(`procurement.verdict.${answer.verdict}`)}
              {answer.reviewNote && ` — ${answer.reviewNote}`}
            </dd>
          </div>
        </dl>
      )}
      {props.answering && (
        <AnswerForm
          assessmentId={props.assessment.id}
          requirement={requirement}
          answer={answer}
          vendorId={props.vendorId}
        />
      )}
      {props.reviewing && answer && (
        <ReviewForm assessmentId={props.assessment.id} requirement={requirement} answer={answer} />
      )}
    </section>
  );
}

function AnswerForm(props: {
  assessmentId: string;
  requirement: Requirement;
  answer: Answer | undefined;
  vendorId: string;
}) {
  const { t } = useI18n();
  const [work] = useQuery({
    query: ProcurementVendorWorkDocument,
    variables: { vendorId: props.vendorId },
  });
  const [, save] = useMutation(ProcurementAnswerRequirementDocument);
  const [answer, setAnswer] = useState<ComplianceAnswer>(props.answer?.answer ?? 'MEETS');
  const [explanation, setExplanation] = useState(props.answer?.explanation ?? '');
  const [evidence, setEvidence] = useState<string[]>(props.answer?.evidence.map((e) => e.id) ?? []);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const attestations = work.data?.organisation?.attestations ?? [];
  const id = `answer-${props.requirement.id}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        setSaved(false);
        const result = await outcome(
          save({
            input: {
              assessmentId: props.assessmentId,
              requirementId: props.requirement.id,
              answer,
              explanation: explanation.trim() || null,
              evidenceIds: evidence,
            },
          }),
        );
        if (!result.ok) setProblem(result.problem);
        else setSaved(true);
      }}
    >
      <ProblemMessage problem={problem} />
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('procurement.assessment.answerFor', { code: props.requirement.code })}
        </label>
        <select
          id={id}
          className="field__input"
          value={answer}
          onChange={(e) => setAnswer(e.target.value as ComplianceAnswer)}
        >
          {ANSWERS.map((a) => (
            <option key={a} value={a}>
              {t(`procurement.answer.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <PlainField
        label={t('procurement.assessment.explanation')}
        value={explanation}
        onChange={setExplanation}
        multiline
      />
      {attestations.length > 0 && (
        <fieldset className="field field--group">
          <legend className="field__label">{t('procurement.assessment.evidence')}</legend>
          {attestations.map((a) => (
            <label key={a.id} className="checkbox">
              <input
                type="checkbox"
                checked={evidence.includes(a.id)}
                onChange={(e) =>
                  setEvidence(
                    e.target.checked ? [...evidence, a.id] : evidence.filter((x) => x !== a.id),
                  )
                }
              />
              {t(`attestationType.${a.type}`)} · {a.issuer}
            </label>
          ))}
        </fieldset>
      )}
      <div className="procurement-actions">
        <button type="submit" className="button button--secondary">
          {t('procurement.assessment.saveAnswer', { code: props.requirement.code })}
        </button>
        <span role="status">{saved ? t('action.saved') : ''}</span>
      </div>
    </form>
  );
}

function ReviewForm(props: { assessmentId: string; requirement: Requirement; answer: Answer }) {
  const { t } = useI18n();
  const [, review] = useMutation(ProcurementReviewAnswerDocument);
  const [verdict, setVerdict] = useState<ReviewVerdict>(props.answer.verdict);
  const [note, setNote] = useState(props.answer.reviewNote ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const name = `verdict-${props.requirement.id}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        setSaved(false);
        const result = await outcome(
          review({
            input: {
              assessmentId: props.assessmentId,
              requirementId: props.requirement.id,
              verdict,
              note: note.trim() || null,
            },
          }),
        );
        if (!result.ok) setProblem(result.problem);
        else setSaved(true);
      }}
    >
      <ProblemMessage problem={problem} />
      <fieldset className="field field--group">
        <legend className="field__label">
          {t('procurement.review.verdictFor', { code: props.requirement.code })}
        </legend>
        {VERDICTS.map((v) => (
          <label key={v} className="checkbox">
            <input
              type="radio"
              name={name}
              value={v}
              checked={verdict === v}
              onChange={() => setVerdict(v)}
            />
            {t(`procurement.verdict.${v}`)}
          </label>
        ))}
      </fieldset>
      <PlainField label={t('procurement.review.note')} value={note} onChange={setNote} multiline />
      <div className="procurement-actions">
        <button type="submit" className="button button--secondary">
          {t('procurement.review.save', { code: props.requirement.code })}
        </button>
        <span role="status">{saved ? t('action.saved') : ''}</span>
      </div>
    </form>
  );
}
