// One framework deal: its terms, price tiers, deviations and participants, and the step the
// person may take now — the vendor's signatory accepts, the negotiator publishes, a board's
// signatory joins with one signature.
import { amsterdamDate } from '@regie/domain';
import {
  ProcurementAcceptDealDocument,
  ProcurementAddDealDeviationDocument,
  ProcurementDealDocument,
  ProcurementJoinDealDocument,
  ProcurementPublishDealDocument,
} from '@regie/graphql-client';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { ConfirmStep, StepOutcome } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import { TableFrame } from '../ui/table-frame';
import { dealSteps } from './deal-view';
import { DealStatusBadge, PriceTiers, StepProblem } from './procurement-ui';
import { PlainField } from './row-fields';

export function DealPage() {
  const { t, formatDate, formatDateTime, formatNumber, formatList } = useI18n();
  const { dealId = '' } = useParams();
  const { user, current } = useViewer();
  const [result, reexecute] = useQuery({
    query: ProcurementDealDocument,
    variables: { id: dealId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [, accept] = useMutation(ProcurementAcceptDealDocument);
  const [, publish] = useMutation(ProcurementPublishDealDocument);
  const [, join] = useMutation(ProcurementJoinDealDocument);
  const deal = result.data?.frameworkDeal;
  const steps = deal ? dealSteps(deal, user, current, amsterdamDate()) : new Set();
  const done = (message: ReactNode) => () => {
    setProblem(null);
    setNotice(message);
    reload();
  };
  const products = deal ? formatList(deal.products.map((p) => p.name)) : '';
  const deviations = deal
    ? deal.deviations.length
      ? t('procurement.deal.withDeviations', {
          clauses: formatList(deal.deviations.map((d) => d.clause)),
        })
      : t('procurement.deal.withoutDeviations')
    : '';

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={result.data !== undefined}
      retry={reload}
    >
      {!deal && <PageHeading title={t('procurement.notFound')} />}
      {deal && (
        <>
          <PageHeading title={deal.title} />
          <p>
            <DealStatusBadge status={deal.status} />{' '}
            <span className="muted">
              {deal.vendor.name} · {deal.sectorBody.name}
            </span>
          </p>
          <StepOutcome>{notice && <p>{notice}</p>}</StepOutcome>
          <StepProblem problem={problem} reload={reload} />

          {steps.has('accept') && (
            <section className="panel" aria-labelledby="deal-accept">
              <h2 id="deal-accept">{t('procurement.deal.acceptTitle')}</h2>
              <p>{t('procurement.deal.acceptText', { vendor: deal.vendor.name })}</p>
              <ConfirmStep
                title={t('procurement.deal.acceptConfirmTitle')}
                binding={t('procurement.deal.acceptBinding', {
                  vendor: deal.vendor.name,
                  title: deal.title,
                  sectorBody: deal.sectorBody.name,
                  products,
                })}
                details={t('procurement.deal.acceptDetails', {
                  deviations,
                  vendor: deal.vendor.name,
                })}
                confirmLabel={t('procurement.deal.acceptYes', { vendor: deal.vendor.name })}
                busyLabel={t('procurement.working')}
                run={() => outcome(accept({ id: deal.id }))}
                onDone={done(t('procurement.deal.accepted', { sectorBody: deal.sectorBody.name }))}
                onReload={reload}
              >
                {t('procurement.deal.accept')}
              </ConfirmStep>
            </section>
          )}
          {steps.has('publish') && (
            <section className="panel" aria-labelledby="deal-publish">
              <h2 id="deal-publish">{t('procurement.deal.publishTitle')}</h2>
              <p>{t('procurement.deal.publishText')}</p>
              <ConfirmStep
                title={t('procurement.deal.publishConfirmTitle')}
                binding={t('procurement.deal.publishBinding', {
                  sectorBody: deal.sectorBody.name,
                  title: deal.title,
                  vendor: deal.vendor.name,
                  until: formatDate(deal.validUntil),
                })}
                details={t('procurement.deal.publishDetails', { deviations })}
                confirmLabel={t('procurement.deal.publishYes', {
                  sectorBody: deal.sectorBody.name,
                })}
                busyLabel={t('procurement.working')}
                run={() => outcome(publish({ id: deal.id }))}
                onDone={done(t('procurement.deal.published'))}
                onReload={reload}
              >
                {t('procurement.deal.publish')}
              </ConfirmStep>
            </section>
          )}
          {deal.status === 'DRAFT' &&
            !deal.vendorSignature &&
            current?.organisation.id === deal.sectorBody.id && (
              <p className="notice notice--info">{t('procurement.deal.awaitingVendor')}</p>
            )}
          {steps.has('join') && current && (
            <section className="panel" aria-labelledby="deal-join">
              <h2 id="deal-join">{t('procurement.deal.joinTitle')}</h2>
              <p>
                {t('procurement.deal.joinText', {
                  board: current.organisation.name,
                  until: formatDate(deal.validUntil),
                })}
              </p>
              <ConfirmStep
                title={t('procurement.deal.joinConfirmTitle')}
                binding={t('procurement.deal.joinBinding', {
                  board: current.organisation.name,
                  title: deal.title,
                  vendor: deal.vendor.name,
                  products,
                })}
                details={t('procurement.deal.joinDetails', {
                  board: current.organisation.name,
                  vendor: deal.vendor.name,
                  deviations,
                  until: formatDate(deal.validUntil),
                })}
                confirmLabel={t('procurement.deal.joinYes', { board: current.organisation.name })}
                busyLabel={t('procurement.working')}
                run={async () => {
                  const answer = await outcome(
                    join({ input: { dealId: deal.id, boardId: current.organisation.id } }),
                  );
                  if (!answer.ok) return answer;
                  const agreementId = answer.data.joinFrameworkDeal.agreement?.id;
                  done(
                    <>
                      {t('procurement.deal.joined', {
                        board: current.organisation.name,
                        vendor: deal.vendor.name,
                      })}{' '}
                      {agreementId && (
                        <Link to={`/agreements/${agreementId}`}>
                          {t('procurement.deal.joinedAgreement')}
                        </Link>
                      )}
                    </>,
                  )();
                  return { ok: true };
                }}
                onReload={reload}
              >
                {t('procurement.deal.join')}
              </ConfirmStep>
            </section>
          )}

          <section className="panel" aria-labelledby="deal-terms">
            <h2 id="deal-terms">{t('procurement.deal.terms')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('procurement.deal.vendor')}</dt>
                <dd>{deal.vendor.name}</dd>
              </div>
              <div>
                <dt>{t('procurement.deal.products')}</dt>
                <dd>{deal.products.map((p) => p.name).join(', ')}</dd>
              </div>
              <div>
                <dt>{t('procurement.deal.validity')}</dt>
                <dd>
                  {formatDate(deal.validFrom)} – {formatDate(deal.validUntil)}
                </dd>
              </div>
              <div>
                <dt>{t('procurement.deal.model')}</dt>
                <dd>{t('procurement.deal.modelVersion', { version: deal.modelVersion })}</dd>
              </div>
              <div>
                {/* Said beside the terms, whatever their free text says about deviations. */}
                <dt>{t('procurement.deal.deviations')}</dt>
                <dd>
                  {deal.deviations.length ? (
                    <a href="#deal-deviations">
                      {formatList(deal.deviations.map((d) => d.clause))}
                    </a>
                  ) : (
                    t('procurement.deal.noDeviations')
                  )}
                </dd>
              </div>
              {deal.tender && (
                <div>
                  <dt>{t('procurement.deal.tender')}</dt>
                  <dd>
                    <Link to={`/procurement/tenders/${deal.tender.id}`}>{deal.tender.title}</Link>
                  </dd>
                </div>
              )}
              <div>
                <dt>{t('procurement.deal.vendorSignature')}</dt>
                <dd>
                  {deal.vendorSignature
                    ? t('procurement.deal.signedBy', {
                        name: deal.vendorSignature.signedBy.name,
                        at: formatDateTime(deal.vendorSignature.signedAt),
                      })
                    : t('procurement.deal.notSigned')}
                </dd>
              </div>
            </dl>
            <p className="procurement-terms">{deal.terms}</p>
            <h3>{t('procurement.tier.legend')}</h3>
            <PriceTiers tiers={deal.priceTiers} caption={t('procurement.tier.caption')} />
          </section>

          <section className="panel" aria-labelledby="deal-deviations">
            <h2 id="deal-deviations">{t('procurement.deal.deviations')}</h2>
            {deal.deviations.length === 0 ? (
              <p>{t('procurement.deal.noDeviations')}</p>
            ) : (
              <TableFrame label={t('procurement.deal.deviations')}>
                <table className="table">
                  <caption className="visually-hidden">{t('procurement.deal.deviations')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('procurement.deal.clause')}</th>
                      <th scope="col">{t('procurement.deal.deviationText')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deal.deviations.map((d) => (
                      <tr key={d.id}>
                        <th scope="row">{d.clause}</th>
                        <td>{d.text}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )}
            {steps.has('addDeviation') && (
              <DeviationForm dealId={deal.id} done={done(t('procurement.deal.deviationAdded'))} />
            )}
          </section>

          <section className="panel" aria-labelledby="deal-participants">
            <h2 id="deal-participants">{t('procurement.deal.participants')}</h2>
            <p>
              {t('procurement.deal.participantCount', {
                count: formatNumber(deal.participantCount),
              })}
            </p>
            {deal.participations.length > 0 && (
              <TableFrame label={t('procurement.deal.participants')}>
                <table className="table">
                  <caption className="visually-hidden">
                    {t('procurement.deal.participants')}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('procurement.board')}</th>
                      <th scope="col">{t('procurement.deal.joinedAt')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {deal.participations.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">{p.board.name}</th>
                        <td>{formatDateTime(p.joinedAt)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
            )}
          </section>
        </>
      )}
    </DataState>
  );
}

function DeviationForm(props: { dealId: string; done: () => void }) {
  const { t } = useI18n();
  const [, add] = useMutation(ProcurementAddDealDeviationDocument);
  const form = useForm({
    initialValues: { clause: '', text: '' },
    rules: { clause: [required], text: [required] },
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const answer = await outcome(
          add({
            input: { dealId: props.dealId, clause: values.clause.trim(), text: values.text.trim() },
          }),
        );
        if (!answer.ok) return answer.problem;
        form.reset();
        props.done();
      })}
    >
      <h3>{t('procurement.deal.addDeviation')}</h3>
      <p className="field__hint">{t('procurement.deal.addDeviationHint')}</p>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <TextField form={form} name="clause" label={t('procurement.deal.clause')} required />
      <PlainField
        id={form.ids('text').control}
        label={t('procurement.deal.deviationText')}
        value={form.values.text}
        onChange={(v) => form.set('text', v)}
        error={form.error('text')}
        multiline
        required
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('procurement.deal.addDeviationSubmit')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}
