// One tender, from draft to award: its phases and deadlines, the bundled demand, and for each
// person the steps the lifecycle allows them now — the negotiator's opening, closing, scoring,
// awarding and cancelling, a board's interest, a vendor's sealed offer.
import { addDays, amsterdamDate, totalScore } from '@regie/domain';
import {
  ProcurementAwardTenderDocument,
  ProcurementCancelTenderDocument,
  ProcurementCloseOffersDocument,
  ProcurementOpenForInterestDocument,
  ProcurementOpenForOffersDocument,
  ProcurementRegisterInterestDocument,
  ProcurementScoreOfferDocument,
  ProcurementSubmitOfferDocument,
  ProcurementTenderDocument,
  ProcurementVendorProductsDocument,
  ProcurementWithdrawOfferDocument,
  type ProcurementOfferFragment,
  type ProcurementTenderFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required, wholeNumber } from '../forms/rules';
import { DateField } from '../forms/date-fields';
import { formatDateInput, parseDateInput } from '../forms/date-input';
import { calendarDate, endNotBefore } from '../forms/date-rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import { tierErrors, tiersRule, toTiersInput, type TierRow } from './offer-form';
import {
  Countdown,
  DemandChart,
  PriceTiers,
  StepButton,
  StepProblem,
  TenderPhases,
  TenderStatusBadge,
  useNow,
} from './procurement-ui';
import { PlainField } from './row-fields';
import { centsToInput, parseScore, tenderSteps } from './tender-view';
import { TableFrame } from '../ui/table-frame';

export function TenderPage() {
  const { t, formatDateTime, formatNumber } = useI18n();
  const { tenderId = '' } = useParams();
  const { user, current } = useViewer();
  const now = useNow();
  const location = useLocation();
  const [result, reexecute] = useQuery({
    query: ProcurementTenderDocument,
    variables: { id: tenderId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(
    (location.state as { created?: boolean } | null)?.created
      ? t('procurement.tender.created')
      : null,
  );
  const [, openForInterest] = useMutation(ProcurementOpenForInterestDocument);
  const [, openForOffers] = useMutation(ProcurementOpenForOffersDocument);
  const [, closeOffers] = useMutation(ProcurementCloseOffersDocument);
  const tender = result.data?.tender;
  const steps = tender ? tenderSteps(tender, user, current, now) : new Set<string>();
  const done = (message: string) => () => {
    setNotice(message);
    reload();
  };

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={result.data !== undefined}
      retry={reload}
    >
      {!tender && <PageHeading title={t('procurement.notFound')} />}
      {tender && (
        <>
          <PageHeading title={tender.title} />
          <p>
            <TenderStatusBadge status={tender.status} />{' '}
            <span className="muted">
              {t(`productCategory.${tender.category}`)} · {tender.sectorBody.name}
            </span>
          </p>
          {notice && (
            <div className="notice notice--success" role="status">
              <p>{notice}</p>
            </div>
          )}
          <StepProblem problem={problem} reload={reload} />
          <TenderPhases status={tender.status} />
          {tender.status === 'CANCELLED' && (
            <div className="notice notice--warning">
              <p className="notice__title">{t('procurement.tender.cancelled')}</p>
              <p>{tender.cancellationReason}</p>
            </div>
          )}

          {(steps.has('update') ||
            steps.has('openForInterest') ||
            steps.has('openForOffers') ||
            steps.has('closeOffers')) && (
            <div className="procurement-actions">
              {steps.has('update') && (
                <Link
                  className="button button--secondary"
                  to={`/procurement/tenders/${tender.id}/edit`}
                >
                  {t('procurement.step.update')}
                </Link>
              )}
              {steps.has('openForInterest') && (
                <StepButton
                  run={() => openForInterest({ id: tender.id })}
                  done={done(t('procurement.step.openForInterest.done'))}
                  onProblem={setProblem}
                >
                  {t('procurement.step.openForInterest')}
                </StepButton>
              )}
              {steps.has('openForOffers') && (
                <StepButton
                  run={() => openForOffers({ id: tender.id })}
                  done={done(t('procurement.step.openForOffers.done'))}
                  onProblem={setProblem}
                >
                  {t('procurement.step.openForOffers')}
                </StepButton>
              )}
              {steps.has('closeOffers') && (
                <StepButton
                  run={() => closeOffers({ id: tender.id })}
                  done={done(t('procurement.step.closeOffers.done'))}
                  onProblem={setProblem}
                >
                  {t('procurement.step.closeOffers')}
                </StepButton>
              )}
            </div>
          )}
          {/* Why a step the negotiator waits for is not there yet. */}
          {current?.organisation.id === tender.sectorBody.id &&
            tender.status === 'OPEN_FOR_INTEREST' &&
            !steps.has('openForOffers') && (
              <p className="muted">{t('procurement.step.waitInterest')}</p>
            )}
          {current?.organisation.id === tender.sectorBody.id &&
            tender.status === 'OPEN_FOR_OFFERS' &&
            !steps.has('closeOffers') && (
              <p className="muted">{t('procurement.step.waitOffers')}</p>
            )}

          <section className="panel" aria-labelledby="tender-about">
            <h2 id="tender-about">{t('procurement.tender.about')}</h2>
            <p>{tender.description}</p>
            <dl className="facts">
              <div>
                <dt>{t('procurement.deadline.interest')}</dt>
                <dd>
                  {formatDateTime(tender.interestDeadline)}
                  {/* A cancelled tender has no deadlines left to count down to. */}
                  {tender.status !== 'CANCELLED' && (
                    <>
                      {' '}
                      — <Countdown deadline={tender.interestDeadline} now={now} />
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('procurement.deadline.offer')}</dt>
                <dd>
                  {formatDateTime(tender.offerDeadline)}
                  {/* A cancelled tender has no deadlines left to count down to. */}
                  {tender.status !== 'CANCELLED' && (
                    <>
                      {' '}
                      — <Countdown deadline={tender.offerDeadline} now={now} />
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('procurement.tender.standard')}</dt>
                <dd>
                  {tender.standard ? (
                    <Link to={`/procurement/standards/${tender.standard.id}`}>
                      {tender.standard.name} {tender.standard.version}
                    </Link>
                  ) : (
                    t('procurement.tender.noStandard')
                  )}
                </dd>
              </div>
            </dl>
            <h3>{t('procurement.criteria.legend')}</h3>
            <ul className="plain-list">
              {tender.criteria.map((c) => (
                <li key={c.name}>
                  {c.name}: {formatNumber(c.weight)}%
                </li>
              ))}
            </ul>
          </section>

          <section className="panel" aria-labelledby="tender-demand">
            <h2 id="tender-demand">{t('procurement.demand.title')}</h2>
            <p className="card__figure">
              {t('procurement.demand.short', {
                boards: formatNumber(tender.interestedBoards),
                students: formatNumber(tender.totalStudents),
              })}
            </p>
            {tender.interests.length > 0 && (
              <DemandChart interests={tender.interests} caption={t('procurement.demand.caption')} />
            )}
            {steps.has('registerInterest') && current && (
              <InterestForm
                tender={tender}
                boardId={current.organisation.id}
                done={done(t('procurement.interest.done'))}
              />
            )}
          </section>

          {current?.organisation.kind === 'VENDOR' &&
            (steps.has('submitOffer') || tender.offers.length > 0) && (
              <VendorOffers
                tender={tender}
                vendorId={current.organisation.id}
                canOffer={steps.has('submitOffer')}
                canWithdraw={steps.has('withdrawOffer')}
                reload={reload}
                setNotice={setNotice}
              />
            )}

          {current?.organisation.id === tender.sectorBody.id && (
            <section className="panel" aria-labelledby="tender-offers">
              <h2 id="tender-offers">{t('procurement.offers.title')}</h2>
              {tender.status === 'EVALUATION' || tender.status === 'AWARDED' ? (
                tender.offers.length === 0 ? (
                  <p>{t('procurement.offers.none')}</p>
                ) : (
                  tender.offers.map((offer) => (
                    <OfferEvaluation
                      key={offer.id}
                      tender={tender}
                      offer={offer}
                      canScore={steps.has('score')}
                      reload={reload}
                    />
                  ))
                )
              ) : (
                <p>
                  {tender.status === 'CANCELLED'
                    ? t('procurement.offers.sealedForGood')
                    : t('procurement.offers.sealed')}
                </p>
              )}
              {steps.has('award') && tender.offers.length > 0 && (
                <AwardForm tender={tender} done={done(t('procurement.award.done'))} />
              )}
            </section>
          )}

          {tender.deals.length > 0 && (
            <section className="panel" aria-labelledby="tender-deals">
              <h2 id="tender-deals">{t('procurement.tender.deals')}</h2>
              <ul>
                {tender.deals.map((deal) => (
                  <li key={deal.id}>
                    <Link to={`/procurement/deals/${deal.id}`}>
                      {deal.title} — {deal.vendor.name}
                    </Link>{' '}
                    ({t(`procurement.dealStatus.${deal.status}`)})
                  </li>
                ))}
              </ul>
            </section>
          )}

          {steps.has('cancel') && (
            <CancelForm tender={tender} done={done(t('procurement.cancel.done'))} />
          )}
        </>
      )}
    </DataState>
  );
}

function InterestForm(props: {
  tender: ProcurementTenderFragment;
  boardId: string;
  done: () => void;
}) {
  const { t } = useI18n();
  const [, register] = useMutation(ProcurementRegisterInterestDocument);
  const own = props.tender.interests.find((i) => i.board.id === props.boardId);
  const form = useForm({
    initialValues: {
      studentCount: own ? String(own.studentCount) : '',
      schoolCount: own ? String(own.schoolCount) : '',
    },
    rules: {
      studentCount: [required, wholeNumber(1, 10_000_000)],
      schoolCount: [required, wholeNumber(1, 100_000)],
    },
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const answer = await outcome(
          register({
            input: {
              tenderId: props.tender.id,
              boardId: props.boardId,
              studentCount: Number(values.studentCount),
              schoolCount: Number(values.schoolCount),
            },
          }),
        );
        if (!answer.ok) return answer.problem;
        props.done();
      })}
    >
      <h3>{own ? t('procurement.interest.update') : t('procurement.interest.title')}</h3>
      <p className="field__hint">{t('procurement.interest.hint')}</p>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <TextField
        form={form}
        name="studentCount"
        label={t('procurement.students')}
        inputMode="numeric"
        required
      />
      <TextField
        form={form}
        name="schoolCount"
        label={t('procurement.schools')}
        inputMode="numeric"
        required
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {own ? t('procurement.interest.updateSubmit') : t('procurement.interest.submit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

function VendorOffers(props: {
  tender: ProcurementTenderFragment;
  vendorId: string;
  canOffer: boolean;
  canWithdraw: boolean;
  reload: () => void;
  setNotice: (notice: string) => void;
}) {
  const { t, formatDateTime } = useI18n();
  const [, withdraw] = useMutation(ProcurementWithdrawOfferDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return (
    <section className="panel" aria-labelledby="tender-own-offers">
      <h2 id="tender-own-offers">{t('procurement.offers.own')}</h2>
      <p className="muted">
        {props.tender.status === 'CANCELLED'
          ? t('procurement.offers.sealedHintCancelled')
          : t('procurement.offers.sealedHint')}
      </p>
      <StepProblem problem={problem} reload={props.reload} />
      {props.tender.offers.map((offer) => (
        <article key={offer.id} className="procurement-offer">
          <h3>{offer.product.name}</h3>
          <p>{t('procurement.offers.submittedAt', { at: formatDateTime(offer.submittedAt) })}</p>
          {/* Kept after withdrawing: its vendor still sees it, nobody else ever does. */}
          {offer.status === 'WITHDRAWN' && (
            <p>
              <strong>
                {offer.withdrawnAt
                  ? t('procurement.offers.withdrawnAt', { at: formatDateTime(offer.withdrawnAt) })
                  : t('procurement.offerStatus.WITHDRAWN')}
              </strong>
            </p>
          )}
          <PriceTiers tiers={offer.priceTiers} caption={t('procurement.tier.caption')} />
          <p>{offer.terms}</p>
          {props.canWithdraw && offer.status === 'SUBMITTED' && (
            <StepButton
              variant="secondary"
              run={() => withdraw({ id: offer.id })}
              onProblem={setProblem}
              done={() => {
                props.setNotice(t('procurement.offers.withdrawn'));
                props.reload();
              }}
            >
              {t('procurement.offers.withdraw')}
              <span className="visually-hidden"> {offer.product.name}</span>
            </StepButton>
          )}
        </article>
      ))}
      {props.canOffer && (
        <OfferForm
          tender={props.tender}
          vendorId={props.vendorId}
          done={() => {
            props.setNotice(t('procurement.offers.submitted'));
            props.reload();
          }}
        />
      )}
    </section>
  );
}

function OfferForm(props: {
  tender: ProcurementTenderFragment;
  vendorId: string;
  done: () => void;
}) {
  const { t } = useI18n();
  const [products] = useQuery({
    query: ProcurementVendorProductsDocument,
    variables: { vendorId: props.vendorId },
  });
  const fitting =
    products.data?.organisation?.products.filter((p) => p.category === props.tender.category) ?? [];
  if (!products.data) return <p role="status">{t('loading')}</p>;
  if (fitting.length === 0) return <p>{t('procurement.offers.noProduct')}</p>;
  return <OfferFields {...props} products={fitting} />;
}

function OfferFields(props: {
  tender: ProcurementTenderFragment;
  products: readonly { id: string; name: string }[];
  done: () => void;
}) {
  const { t, shared } = useI18n();
  const [, submit] = useMutation(ProcurementSubmitOfferDocument);
  const form = useForm({
    initialValues: {
      // One product of the tender's category is the one to offer.
      productId: props.products.length === 1 ? props.products[0].id : '',
      terms: '',
      tiers: [{ minStudents: '0', price: '' }] as readonly TierRow[],
    },
    rules: { productId: [required], terms: [required], tiers: [tiersRule] },
  });
  const rows = form.values.tiers;
  const errors = tierErrors(rows);
  const setRow = (index: number, patch: Partial<TierRow>) =>
    form.set(
      'tiers',
      rows.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    );
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const answer = await outcome(
          submit({
            input: {
              tenderId: props.tender.id,
              productId: values.productId,
              terms: values.terms.trim(),
              priceTiers: toTiersInput(values.tiers),
            },
          }),
        );
        if (!answer.ok) return answer.problem;
        form.reset();
        props.done();
      })}
    >
      <h3>{t('procurement.offers.new')}</h3>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <SelectField
        form={form}
        name="productId"
        label={t('procurement.offers.product')}
        options={[
          { value: '', label: t('procurement.offers.chooseProduct') },
          ...props.products.map((p) => ({ value: p.id, label: p.name })),
        ]}
        required
      />
      <fieldset className="field field--group procurement-rows">
        <legend className="field__label">{t('procurement.tier.legend')}</legend>
        <p className="field__hint">{t('procurement.tier.hint')}</p>
        {rows.map((row, index) => (
          <div className="procurement-row" key={index}>
            <PlainField
              id={index === 0 ? form.ids('tiers').control : undefined}
              label={t('procurement.tier.fromLabel', { number: index + 1 })}
              value={row.minStudents}
              inputMode="numeric"
              onChange={(minStudents) => setRow(index, { minStudents })}
              error={
                form.error('tiers') && errors[index].minStudents
                  ? shared(errors[index].minStudents!)
                  : undefined
              }
              required
            />
            <PlainField
              label={t('procurement.tier.priceLabel', { number: index + 1 })}
              value={row.price}
              inputMode="decimal"
              onChange={(price) => setRow(index, { price })}
              error={
                form.error('tiers') && errors[index].price
                  ? shared(errors[index].price!)
                  : undefined
              }
              required
            />
            {rows.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  form.set(
                    'tiers',
                    rows.filter((_, i) => i !== index),
                  )
                }
              >
                {t('procurement.tier.remove', { number: index + 1 })}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const last = rows[rows.length - 1];
            form.set('tiers', [
              ...rows,
              { minStudents: '', price: last?.price ? last.price : centsToInput(0) },
            ]);
          }}
        >
          {t('procurement.tier.add')}
        </button>
      </fieldset>
      <PlainField
        id={form.ids('terms').control}
        label={t('procurement.offers.terms')}
        hint={t('procurement.offers.termsHint')}
        value={form.values.terms}
        onChange={(v) => form.set('terms', v)}
        error={form.error('terms')}
        multiline
        required
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('procurement.offers.submit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

function OfferEvaluation(props: {
  tender: ProcurementTenderFragment;
  offer: ProcurementOfferFragment;
  canScore: boolean;
  reload: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const { offer, tender } = props;
  const [, score] = useMutation(ProcurementScoreOfferDocument);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      tender.criteria.map((c) => [
        c.name,
        String(offer.scores.find((s) => s.criterion === c.name)?.score ?? ''),
      ]),
    ),
  );
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const parsed = tender.criteria.map((c) => ({
    criterion: c.name,
    score: parseScore(values[c.name] ?? ''),
  }));
  const complete = parsed.filter(
    (p): p is { criterion: string; score: number } => p.score !== null,
  );
  const total = totalScore(tender.criteria, complete);
  const headingId = `offer-${offer.id}`;
  return (
    <article className="procurement-offer" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {offer.vendor.name} — {offer.product.name}
      </h3>
      <PriceTiers tiers={offer.priceTiers} caption={t('procurement.tier.caption')} />
      <p>{offer.terms}</p>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy) return;
          if (complete.length !== parsed.filter((p) => values[p.criterion]?.trim()).length) return;
          setBusy(true);
          setProblem(null);
          setSaved(false);
          const answer = await outcome(score({ input: { offerId: offer.id, scores: complete } }));
          setBusy(false);
          if (!answer.ok) setProblem(answer.problem);
          else {
            setSaved(true);
            props.reload();
          }
        }}
      >
        <ProblemMessage problem={problem} onReload={props.reload} />
        <TableFrame label={t('procurement.score.caption', { offer: offer.product.name })}>
          <table className="table">
            <caption className="visually-hidden">
              {t('procurement.score.caption', { offer: offer.product.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('procurement.score.criterion')}</th>
                <th scope="col">{t('procurement.score.weight')}</th>
                <th scope="col">{t('procurement.score.score')}</th>
              </tr>
            </thead>
            <tbody>
              {tender.criteria.map((c) => {
                const value = values[c.name] ?? '';
                const invalid = value.trim() !== '' && parseScore(value) === null;
                const id = `${offer.id}-${c.name}`;
                return (
                  <tr key={c.name}>
                    <th scope="row">{c.name}</th>
                    <td>{formatNumber(c.weight)}%</td>
                    <td>
                      {props.canScore ? (
                        <>
                          <label className="visually-hidden" htmlFor={id}>
                            {t('procurement.score.label', {
                              criterion: c.name,
                              offer: offer.product.name,
                            })}
                          </label>
                          <input
                            id={id}
                            className="field__input procurement-score"
                            inputMode="decimal"
                            value={value}
                            aria-invalid={invalid || undefined}
                            aria-describedby={invalid ? `${id}-error` : undefined}
                            onChange={(e) => {
                              setSaved(false);
                              setValues({ ...values, [c.name]: e.target.value });
                            }}
                          />
                          <span id={`${id}-error`} className="field__error" aria-live="polite">
                            {invalid ? t('procurement.score.invalid') : ''}
                          </span>
                        </>
                      ) : (
                        (offer.scores.find((s) => s.criterion === c.name)?.score ?? '—')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
        <p className="procurement-total" aria-live="polite">
          {t('procurement.score.total', {
            total:
              total === null
                ? '—'
                : formatNumber(total, { minimumFractionDigits: 1, maximumFractionDigits: 2 }),
          })}
        </p>
        {props.canScore && (
          <div className="procurement-actions">
            <button type="submit" className="button" aria-disabled={busy || undefined}>
              {busy ? t('action.saving') : t('procurement.score.save')}
              <span className="visually-hidden"> {offer.product.name}</span>
            </button>
            <span role="status">{saved ? t('procurement.score.saved') : ''}</span>
          </div>
        )}
      </form>
    </article>
  );
}

function AwardForm(props: { tender: ProcurementTenderFragment; done: () => void }) {
  const { t, formatNumber, formatList, formatDate } = useI18n();
  const [, award] = useMutation(ProcurementAwardTenderDocument);
  // The form gathers the award; only the dialog's confirmation awards.
  const [pending, setPending] = useState<{
    offerIds: string[];
    validFrom: string;
    validUntil: string;
  } | null>(null);
  const today = amsterdamDate();
  // The best-scored offer is the usual choice.
  const best = [...props.tender.offers].sort(
    (a, b) => (b.totalScore ?? -1) - (a.totalScore ?? -1),
  )[0];
  const form = useForm({
    initialValues: {
      offerIds: best ? [best.id] : ([] as string[]),
      validFrom: formatDateInput(today),
      validUntil: formatDateInput(addDays(today, 3 * 365)),
    },
    rules: (values) => ({
      offerIds: [required],
      validFrom: [required, calendarDate],
      validUntil: [
        required,
        calendarDate,
        endNotBefore(values.validFrom, { key: 'deal.validUntilBeforeValidFrom' }),
      ],
    }),
  });
  const chosen = form.values.offerIds;
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit((values) => {
        setPending({
          offerIds: values.offerIds,
          validFrom: parseDateInput(values.validFrom)!,
          validUntil: parseDateInput(values.validUntil)!,
        });
        return Promise.resolve(null);
      })}
    >
      <h3>{t('procurement.award.title')}</h3>
      <p className="field__hint">{t('procurement.award.hint')}</p>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <fieldset className="field field--group">
        <legend className="field__label">{t('procurement.award.offers')}</legend>
        {props.tender.offers.map((offer, index) => (
          <label key={offer.id} className="checkbox">
            <input
              id={index === 0 ? form.ids('offerIds').control : undefined}
              type="checkbox"
              checked={chosen.includes(offer.id)}
              onChange={(e) =>
                form.set(
                  'offerIds',
                  e.target.checked ? [...chosen, offer.id] : chosen.filter((id) => id !== offer.id),
                )
              }
            />
            {offer.vendor.name} — {offer.product.name} (
            {t('procurement.score.total', {
              total:
                offer.totalScore === null || offer.totalScore === undefined
                  ? '—'
                  : formatNumber(offer.totalScore),
            })}
            )
          </label>
        ))}
        <p id={form.ids('offerIds').error} className="field__error" aria-live="polite">
          {form.error('offerIds')}
        </p>
      </fieldset>
      <DateField form={form} name="validFrom" label={t('procurement.deal.validFrom')} required />
      <DateField form={form} name="validUntil" label={t('procurement.deal.validUntil')} required />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('procurement.award.submit')}
        </SubmitButton>
      </FormActions>
      <ConfirmDialog
        open={pending !== null}
        title={t('procurement.award.confirmTitle')}
        binding={t('procurement.award.binding', {
          sectorBody: props.tender.sectorBody.name,
          title: props.tender.title,
          winners: formatList(
            props.tender.offers
              .filter((o) => pending?.offerIds.includes(o.id))
              .map((o) => `${o.vendor.name} (${o.product.name})`),
          ),
        })}
        details={t('procurement.award.details', {
          from: pending ? formatDate(pending.validFrom) : '',
          until: pending ? formatDate(pending.validUntil) : '',
        })}
        confirmLabel={t('procurement.award.confirmYes', {
          sectorBody: props.tender.sectorBody.name,
        })}
        onCancel={() => setPending(null)}
        onConfirm={() => outcome(award({ input: { tenderId: props.tender.id, ...pending! } }))}
        onDone={() => {
          setPending(null);
          props.done();
        }}
      />
    </form>
  );
}

function CancelForm(props: { tender: ProcurementTenderFragment; done: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [, cancel] = useMutation(ProcurementCancelTenderDocument);
  const form = useForm({ initialValues: { reason: '' }, rules: { reason: [required] } });
  return (
    <section className="panel" aria-labelledby="tender-cancel">
      <h2 id="tender-cancel">{t('procurement.cancel.title')}</h2>
      <button
        type="button"
        className="button button--danger-outline"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('procurement.cancel.open')}
      </button>
      {open && (
        <form
          id="tender-cancel-form"
          className="form"
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            const answer = await outcome(
              cancel({ id: props.tender.id, reason: values.reason.trim() }),
            );
            if (!answer.ok) return answer.problem;
            props.done();
          })}
        >
          <p>{t('procurement.cancel.warning')}</p>
          <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
          <PlainField
            id={form.ids('reason').control}
            label={t('procurement.cancel.reason')}
            value={form.values.reason}
            onChange={(v) => form.set('reason', v)}
            error={form.error('reason')}
            multiline
            required
          />
          <FormActions>
            <button type="submit" className="button button--danger">
              {form.submitting ? t('action.saving') : t('procurement.cancel.submit')}
            </button>
          </FormActions>
        </form>
      )}
    </section>
  );
}
