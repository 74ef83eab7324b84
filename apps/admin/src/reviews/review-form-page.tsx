// A board's FG shares a review of a product's terms: the leaflet version read, a risk level, a
// summary and findings per topic, named or anonymous. Started from an agreement (?agreement=),
// the findings come from its assessed deviations (topic, the FG's verdict, its note) and the
// version from the leaflet the agreement rests on. Before publishing, the form says that even
// an anonymous review may give its author away to the vendor; publishing asks first.
import {
  AgreementTopic,
  FindingVerdict,
  findingsFromDeviations,
  RiskLevel,
  type DraftFinding,
} from '@regie/domain';
import {
  ReviewsNewReviewDocument,
  ReviewsPublishDocument,
  type ReviewsNewReviewQuery,
} from '@regie/graphql-client';
import { useId, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FieldMessage } from '../forms/fields';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { ConfirmDialog, type StepResult } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import './reviews.css';

const TOPICS = Object.values(AgreementTopic);
const VERDICTS = Object.values(FindingVerdict);
const RISKS = Object.values(RiskLevel);

type Product = NonNullable<ReviewsNewReviewQuery['product']>;
type Agreement = NonNullable<ReviewsNewReviewQuery['agreement']>;

export function ReviewFormPage() {
  const { t } = useI18n();
  const productId = useParams().productId ?? '';
  const agreementId = useSearchParams()[0].get('agreement');
  const [result, reexecute] = useQuery({
    query: ReviewsNewReviewDocument,
    variables: { productId, agreementId: agreementId ?? '', withAgreement: Boolean(agreementId) },
  });
  const product = result.data?.product;
  if (result.data && !product) return <NotFoundPage />;
  return (
    <>
      <PageHeading
        title={
          product ? t('reviews.form.title', { product: product.name }) : t('reviews.section.title')
        }
      />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(product)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {product && <ReviewForm product={product} agreement={result.data?.agreement ?? null} />}
      </DataState>
    </>
  );
}

interface Values {
  leafletId: string;
  riskLevel: RiskLevel | '';
  summary: string;
  findings: DraftFinding[];
  anonymous: boolean;
}

function initialValues(product: Product, agreement: Agreement | null): Values {
  const agreed = agreement?.leaflets.find((l) => l.product.id === product.id);
  const prefilled = agreement ? findingsFromDeviations(agreement.deviations) : [];
  return {
    leafletId: agreed?.id ?? product.currentLeaflet?.id ?? '',
    riskLevel: '',
    summary: '',
    findings: prefilled.length
      ? prefilled
      : [
          {
            topic: AgreementTopic.SUBJECT_AND_DURATION,
            verdict: FindingVerdict.MEETS_MODEL,
            note: '',
          },
        ],
    anonymous: false,
  };
}

function ReviewForm({ product, agreement }: { product: Product; agreement: Agreement | null }) {
  const { t, shared } = useI18n();
  const { user, current } = useViewer();
  const navigate = useNavigate();
  const prefix = useId();
  const [, publish] = useMutation(ReviewsPublishDocument);
  const [values, setValues] = useState<Values>(() => initialValues(product, agreement));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [asking, setAsking] = useState(false);
  const published = useRef(false);
  // From an agreement: for its board; else for the board the person works for now.
  const candidate =
    agreement?.board ?? (current?.organisation.kind === 'BOARD' ? current.organisation : undefined);
  const board =
    candidate && may(user, 'publishProductReview', candidate.id) ? candidate : undefined;
  const versions = useMemo(
    () =>
      product.leaflets
        .filter((l) => l.status === 'PUBLISHED')
        .sort((a, b) => b.version - a.version),
    [product.leaflets],
  );

  if (!board) return <p>{t('reviews.form.notFg')}</p>;
  const vendor = product.vendor.name;
  const id = (field: string) => `${prefix}-${field.replace(/\./g, '-')}`;
  const set = (patch: Partial<Values>, cleared: string[] = []) => {
    setValues((v) => ({ ...v, ...patch }));
    if (cleared.length)
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !cleared.includes(k))));
  };
  const setFinding = (index: number, patch: Partial<DraftFinding>) =>
    set(
      { findings: values.findings.map((f, i) => (i === index ? { ...f, ...patch } : f)) },
      Object.keys(patch).map((k) => `findings.${index}.${k}`),
    );

  /** The client's own checks: the API names the same fields. */
  const check = (): Record<string, string> => {
    const required = shared({ key: 'field.required' });
    const found: Record<string, string> = {};
    if (!values.riskLevel) found.riskLevel = required;
    if (!values.summary.trim()) found.summary = required;
    const seen = new Set<string>();
    values.findings.forEach((f, i) => {
      if (seen.has(f.topic))
        found[`findings.${i}.topic`] = shared({ key: 'productReview.topicTwice' });
      seen.add(f.topic);
      if (!f.note.trim()) found[`findings.${i}.note`] = required;
    });
    if (values.findings.length === 0) found.findings = shared({ key: 'field.notEmpty' });
    return found;
  };

  const run = async (): Promise<StepResult> => {
    const answer = await outcome(
      publish({
        input: {
          boardId: board.id,
          productId: product.id,
          leafletId: values.leafletId || null,
          riskLevel: values.riskLevel as RiskLevel,
          summary: values.summary.trim(),
          findings: values.findings.map((f) => ({ ...f, note: f.note.trim() })),
          anonymous: values.anonymous,
        },
      }),
    );
    if (!answer.ok) {
      if (answer.problem.kind === 'invalidInput') setErrors(answer.problem.fields);
      return answer;
    }
    published.current = true;
    return { ok: true };
  };

  const fieldProps = (field: string, hint = false) => ({
    id: id(field),
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [hint && `${id(field)}-hint`, errors[field] && `${id(field)}-error`]
        .filter(Boolean)
        .join(' ') || undefined,
  });

  return (
    <>
      <p>{t('reviews.form.intro', { vendor })}</p>
      {agreement && <p className="notice notice--info">{t('reviews.form.fromAgreement')}</p>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const found = check();
          setErrors(found);
          const first = Object.keys(found)[0];
          if (first) {
            document.getElementById(id(first === 'findings' ? 'add' : first))?.focus();
            return;
          }
          setAsking(true);
        }}
      >
        <p>
          <strong>{t('reviews.form.board', { board: board.name })}</strong>
        </p>
        <div className="field">
          <label className="field__label" htmlFor={id('leafletId')}>
            {t('reviews.form.leaflet')}
          </label>
          <select
            {...fieldProps('leafletId')}
            className="field__input"
            value={values.leafletId}
            onChange={(e) => set({ leafletId: e.target.value }, ['leafletId'])}
          >
            {versions.length === 0 && <option value="">{t('reviews.form.leafletNone')}</option>}
            {versions.map((l) => (
              <option key={l.id} value={l.id}>
                {t('reviews.form.leafletOption', { version: l.version })}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id('leafletId')}-error`} message={errors.leafletId} />
        </div>

        <fieldset className={`field${errors.riskLevel ? ' field--invalid' : ''}`}>
          <legend className="field__label">
            {t('reviews.form.riskLevel')}
            <span className="field__required"> *</span>
          </legend>
          {RISKS.map((risk, i) => (
            <label key={risk} className="checkbox">
              <input
                type="radio"
                name="riskLevel"
                id={i === 0 ? id('riskLevel') : undefined}
                value={risk}
                checked={values.riskLevel === risk}
                aria-describedby={errors.riskLevel ? `${id('riskLevel')}-error` : undefined}
                onChange={() => set({ riskLevel: risk }, ['riskLevel'])}
              />{' '}
              {t(`reviews.risk.${risk}`)}
            </label>
          ))}
          <FieldMessage id={`${id('riskLevel')}-error`} message={errors.riskLevel} />
        </fieldset>

        <div className={`field${errors.summary ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor={id('summary')}>
            {t('reviews.form.summary')}
            <span className="field__required"> *</span>
          </label>
          <p id={`${id('summary')}-hint`} className="field__hint">
            {t('reviews.form.summaryHint')}
          </p>
          <textarea
            {...fieldProps('summary', true)}
            className="field__input field__textarea"
            aria-required
            maxLength={4000}
            value={values.summary}
            onChange={(e) => set({ summary: e.target.value }, ['summary'])}
          />
          <FieldMessage id={`${id('summary')}-error`} message={errors.summary} />
        </div>

        <h2>{t('reviews.form.findings')}</h2>
        {values.findings.map((finding, i) => (
          <fieldset key={i} className="review-finding">
            <legend>{t('reviews.form.finding', { number: i + 1 })}</legend>
            <div className={`field${errors[`findings.${i}.topic`] ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={id(`findings.${i}.topic`)}>
                {t('reviews.form.topic')}
              </label>
              <select
                {...fieldProps(`findings.${i}.topic`)}
                className="field__input"
                value={finding.topic}
                onChange={(e) => setFinding(i, { topic: e.target.value as AgreementTopic })}
              >
                {TOPICS.map((topic) => (
                  <option key={topic} value={topic}>
                    {t(`agreements.topic.${topic}`)}
                  </option>
                ))}
              </select>
              <FieldMessage
                id={`${id(`findings.${i}.topic`)}-error`}
                message={errors[`findings.${i}.topic`]}
              />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={id(`findings.${i}.verdict`)}>
                {t('reviews.form.verdict')}
              </label>
              <select
                {...fieldProps(`findings.${i}.verdict`)}
                className="field__input"
                value={finding.verdict}
                onChange={(e) => setFinding(i, { verdict: e.target.value as FindingVerdict })}
              >
                {VERDICTS.map((verdict) => (
                  <option key={verdict} value={verdict}>
                    {t(`reviews.verdict.${verdict}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className={`field${errors[`findings.${i}.note`] ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={id(`findings.${i}.note`)}>
                {t('reviews.form.note')}
                <span className="field__required"> *</span>
              </label>
              <textarea
                {...fieldProps(`findings.${i}.note`)}
                className="field__input field__textarea"
                aria-required
                maxLength={4000}
                value={finding.note}
                onChange={(e) => setFinding(i, { note: e.target.value })}
              />
              <FieldMessage
                id={`${id(`findings.${i}.note`)}-error`}
                message={errors[`findings.${i}.note`]}
              />
            </div>
            {values.findings.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  // Fields are named by position: the messages start over.
                  set({ findings: values.findings.filter((_, j) => j !== i) });
                  setErrors({});
                  document.getElementById(id('add'))?.focus();
                }}
              >
                {t('reviews.form.removeFinding', { number: i + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            id={id('add')}
            className="button button--secondary"
            onClick={() => {
              const used = new Set(values.findings.map((f) => f.topic));
              const topic = TOPICS.find((tp) => !used.has(tp)) ?? AgreementTopic.OTHER;
              set(
                {
                  findings: [
                    ...values.findings,
                    { topic, verdict: FindingVerdict.MEETS_MODEL, note: '' },
                  ],
                },
                ['findings'],
              );
            }}
          >
            {t('reviews.form.addFinding')}
          </button>
        </p>
        <FieldMessage id={`${id('add')}-error`} message={errors.findings} />

        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              id={id('anonymous')}
              name="anonymous"
              checked={values.anonymous}
              aria-describedby={`${id('anonymous')}-hint ${id('anonymous')}-warning`}
              onChange={(e) => set({ anonymous: e.target.checked })}
            />{' '}
            {t('reviews.form.anonymous')}
          </label>
          <p id={`${id('anonymous')}-hint`} className="field__hint">
            {t('reviews.form.anonymousHint', { vendor })}
          </p>
          <p id={`${id('anonymous')}-warning`} className="notice notice--warning">
            {t('reviews.form.anonymousWarning', { vendor })}
          </p>
        </div>

        <div className="form-actions">
          <button type="submit" className="button">
            {t('reviews.form.submit')}
          </button>{' '}
          <Link to={`/products/${product.id}`}>
            {t('reviews.form.cancel', { product: product.name })}
          </Link>
        </div>
      </form>
      <ConfirmDialog
        open={asking}
        title={t('reviews.form.confirmTitle')}
        binding={t(
          values.anonymous ? 'reviews.form.confirmAnonymous' : 'reviews.form.confirmNamed',
          {
            board: board.name,
            product: product.name,
            vendor,
          },
        )}
        details={
          <>
            {values.anonymous && <p>{t('reviews.form.anonymousWarning', { vendor })}</p>}
            <p>{t('reviews.form.confirmDetails', { vendor })}</p>
          </>
        }
        confirmLabel={
          values.anonymous
            ? t('reviews.form.confirmAnonymousButton')
            : t('reviews.form.confirmNamedButton', { board: board.name })
        }
        busyLabel={t('reviews.form.busy')}
        onCancel={() => setAsking(false)}
        onConfirm={run}
        onDone={() => {
          setAsking(false);
          if (!published.current) return;
          void navigate(`/products/${product.id}#reviews`, {
            state: { notice: t('reviews.form.done', { product: product.name }) },
          });
        }}
      />
    </>
  );
}
