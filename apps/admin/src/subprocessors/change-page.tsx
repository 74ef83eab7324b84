// One change of subprocessors, under its product: what it adds and removes, the date it takes
// effect, the objections (the vendor sees every one, a board its own), the announced leaflet in
// full; a notified board's FG objects here with a reason, and the vendor may withdraw it.
import { OrganisationKind, SubprocessorChangeStatus } from '@regie/domain';
import {
  ObjectToSubprocessorChangeDocument,
  ProductSubprocessorChangesDocument,
  WithdrawSubprocessorChangeDocument,
  type SubprocessorChangeDetailFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FormActions, SubmitButton, TextAreaField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { PublishedLeaflet } from '../registry/published-leaflet';
import { ConfirmStep, StepOutcome } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import {
  ChangeStatusBadge,
  lastObjectionDay,
  objectionOpen,
  SubprocessorDiffTable,
} from './subprocessor-change-ui';
import './subprocessors.css';

export function ChangePage() {
  const { t } = useI18n();
  const { productId = '', changeId = '' } = useParams();
  const locationNotice = (useLocation().state as { notice?: string } | null)?.notice;
  const [notice, setNotice] = useState<string | null>(locationNotice ?? null);
  const [result, reexecute] = useQuery({
    query: ProductSubprocessorChangesDocument,
    variables: { id: productId },
    // Objections and the daily job change it without this browser knowing: always asked again.
    requestPolicy: 'cache-and-network',
  });
  const product = result.data?.product;
  const change = product?.subprocessorChanges.find((c) => c.id === changeId);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  if (result.data && !change) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={t('subprocessors.change.title', { product: product?.name ?? '' })} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(change)}
        retry={reload}
      >
        {product && change && (
          <ChangeView
            change={change}
            notice={notice}
            onChanged={(text) => {
              setNotice(text);
              reload();
            }}
            reload={reload}
          />
        )}
      </DataState>
    </>
  );
}

function ChangeView(props: {
  change: SubprocessorChangeDetailFragment;
  notice: string | null;
  onChanged(notice: string): void;
  reload(): void;
}) {
  const { t, formatDate, formatDateTime, formatNumber } = useI18n();
  const { user, current } = useViewer();
  const { change } = props;
  const vendor = change.product.vendor;
  const [, withdraw] = useMutation(WithdrawSubprocessorChangeDocument);
  const open = objectionOpen(change);
  const count = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('subprocessors.change.hiddenCount')
      : formatNumber(value);
  const board =
    current?.organisation.kind === OrganisationKind.BOARD ? current.organisation : undefined;
  const ownObjection = board && change.objections.find((o) => o.board.id === board.id);
  const mayObject = board && may(user, 'objectToSubprocessorChange', board.id);
  const mayWithdraw =
    change.status === SubprocessorChangeStatus.ANNOUNCED &&
    may(user, 'withdrawSubprocessorChange', vendor.id);

  return (
    <>
      {props.notice && <StepOutcome>{props.notice}</StepOutcome>}
      <section className="registry-section" aria-labelledby="change-facts">
        <h2 id="change-facts">{t('subprocessors.change.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('subprocessors.change.vendor')}</dt>
            <dd>{vendor.name}</dd>
          </div>
          <div>
            <dt>{t('subprocessors.change.product')}</dt>
            <dd>
              <Link to={`/products/${change.product.id}`}>{change.product.name}</Link>
            </dd>
          </div>
          <div>
            <dt>{t('subprocessors.change.status')}</dt>
            <dd>
              <ChangeStatusBadge status={change.status} />
            </dd>
          </div>
          <div>
            <dt>{t('subprocessors.change.announcedAt')}</dt>
            <dd>{formatDateTime(change.announcedAt)}</dd>
          </div>
          <div>
            <dt>{t('subprocessors.change.effectiveOn')}</dt>
            <dd>{formatDate(change.effectiveOn)}</dd>
          </div>
          {open && (
            <div>
              <dt>{t('subprocessors.change.lastObjectionDay')}</dt>
              <dd>{formatDate(lastObjectionDay(change.effectiveOn))}</dd>
            </div>
          )}
          <div>
            <dt>{t('subprocessors.change.notifiedBoards')}</dt>
            <dd>{count(change.notifiedBoardCount)}</dd>
          </div>
          <div>
            <dt>{t('subprocessors.change.objectionCount')}</dt>
            <dd>{count(change.objectionCount)}</dd>
          </div>
        </dl>
        {mayWithdraw && (
          <ConfirmStep
            className="button button--secondary"
            title={t('subprocessors.withdraw.confirmTitle')}
            binding={t('subprocessors.withdraw.confirmBinding', {
              vendor: vendor.name,
              product: change.product.name,
            })}
            details={<p>{t('subprocessors.withdraw.confirmDetails')}</p>}
            confirmLabel={t('subprocessors.withdraw.confirm', { vendor: vendor.name })}
            danger
            run={async () => {
              const answer = await outcome(withdraw({ id: change.id }));
              return answer.ok ? { ok: true } : answer;
            }}
            onDone={() => props.onChanged(t('subprocessors.withdraw.done'))}
            onReload={props.reload}
          >
            {t('subprocessors.withdraw.button')}
          </ConfirmStep>
        )}
      </section>

      <section className="registry-section" aria-labelledby="change-what">
        <h2 id="change-what">{t('subprocessors.change.what')}</h2>
        <SubprocessorDiffTable added={change.added} removed={change.removed} />
      </section>

      <section className="registry-section" aria-labelledby="change-objections">
        <h2 id="change-objections">{t('subprocessors.change.objections')}</h2>
        {change.objections.length === 0 ? (
          <p>{t('subprocessors.change.noObjections')}</p>
        ) : (
          <ul className="subprocessor-objections">
            {change.objections.map((o) => (
              <li key={o.board.id}>
                <strong>{o.board.name}</strong>
                <blockquote>{o.reason}</blockquote>
                <span className="muted">
                  {t('subprocessors.change.objectedBy', {
                    person: o.objectedBy.name,
                    date: formatDateTime(o.objectedAt),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {board && mayObject && !ownObjection && open && (
          <ObjectionForm
            change={change}
            board={board}
            onDone={() => props.onChanged(t('subprocessors.object.done', { vendor: vendor.name }))}
          />
        )}
        {board && mayObject && !ownObjection && !open && change.status !== 'WITHDRAWN' && (
          <p>
            {t('subprocessors.object.closed', {
              date: formatDate(lastObjectionDay(change.effectiveOn)),
            })}
          </p>
        )}
      </section>

      <div className="registry-section">
        <PublishedLeaflet
          leaflet={change.leaflet}
          headingLevel={2}
          title={t('subprocessors.change.leaflet', { version: change.leaflet.version })}
        />
      </div>
    </>
  );
}

function ObjectionForm(props: {
  change: SubprocessorChangeDetailFragment;
  board: { id: string; name: string };
  onDone(): void;
}) {
  const { t, formatDate } = useI18n();
  const [, object] = useMutation(ObjectToSubprocessorChangeDocument);
  const form = useForm({
    initialValues: { reason: '' },
    rules: { reason: [required, maxLength(4000)] },
  });
  const { change, board } = props;
  return (
    <form
      noValidate
      aria-labelledby="objection-title"
      onSubmit={form.onSubmit(async (values) => {
        const answer = await outcome(
          object({
            input: { changeId: change.id, boardId: board.id, reason: values.reason.trim() },
          }),
        );
        if (!answer.ok) return answer.problem;
        props.onDone();
        return null;
      })}
    >
      <h3 id="objection-title">{t('subprocessors.object.title')}</h3>
      <p>
        {t('subprocessors.object.intro', {
          board: board.name,
          vendor: change.product.vendor.name,
          date: formatDate(lastObjectionDay(change.effectiveOn)),
        })}
      </p>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
      <TextAreaField form={form} name="reason" required label={t('subprocessors.object.reason')} />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('subprocessors.object.busy')}>
          {t('subprocessors.object.submit', { board: board.name })}
        </SubmitButton>
      </FormActions>
    </form>
  );
}
