// One incident: what happened, which boards were told and who acknowledged, and the vendor's
// updates. A board sees its own 72-hour window (only while personal data is involved and no
// decision is recorded) and its record of the breach, which its privacy officer records here, as
// it acknowledges; the vendor's editor adds updates and resolves.
import { IncidentStatus, OrganisationKind, Role } from '@regie/domain';
import {
  IncidentsAcknowledgeDocument,
  IncidentsAddUpdateDocument,
  IncidentsIncidentDocument,
  IncidentsResolveDocument,
  type IncidentsDetailFragment,
} from '@regie/graphql-client';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { FormActions, SubmitButton } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { AuthorityDecisionSection } from './authority-decision';
import { hoursAndMinutes, ownClockStart } from './authority-window';
import { Countdown } from './countdown';
import { TextAreaField } from '../forms/fields';
import './incidents.css';
import { TableFrame } from '../ui/table-frame';

export function IncidentPage() {
  const { t } = useI18n();
  const { incidentId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Said once: the history entry forgets it, so a reload does not announce the report again.
  const [reported] = useState(() => (location.state as { reported?: number } | null)?.reported);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const [result, reexecute] = useQuery({
    query: IncidentsIncidentDocument,
    variables: { id: incidentId },
  });
  const incident = result.data?.incident;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeading title={incident?.title ?? t('incidents.detail.title')} />
      <p>
        <Link to="/incidents">{t('incidents.detail.back')}</Link>
      </p>
      {reported !== undefined && (
        <div className="notice notice--success" role="status">
          <p>{t('incidents.report.done', { count: reported })}</p>
        </div>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(result.data)}
        retry={reload}
      >
        {incident ? (
          <IncidentDetails incident={incident} reload={reload} />
        ) : (
          <p>{t('incidents.detail.notFound')}</p>
        )}
      </DataState>
    </>
  );
}

function IncidentDetails({
  incident,
  reload,
}: {
  incident: IncidentsDetailFragment;
  reload: () => void;
}) {
  const { t, formatDateTime, formatList, formatNumber } = useI18n();
  const { user, current } = useViewer();
  const organisation = current?.organisation;
  const open = incident.status === IncidentStatus.OPEN;
  const isVendor = organisation?.id === incident.vendor.id;
  const ownNotice = incident.notices.find((n) => n.board.id === organisation?.id);
  const mayAcknowledge =
    Boolean(ownNotice) &&
    !ownNotice?.acknowledgedAt &&
    organisation?.kind === OrganisationKind.BOARD &&
    current?.roles.includes(Role.PRIVACY_OFFICER);
  const mayEdit = isVendor && open && may(user, 'addIncidentUpdate', incident.vendor.id);
  // The board's own clock and record: the API gives them to the board's members alone.
  const clockStart = ownClockStart(incident, organisation?.id ?? '');
  const ownRecord =
    organisation?.kind === OrganisationKind.BOARD && ownNotice?.authorityClockRunning != null
      ? ownNotice
      : undefined;

  return (
    <>
      <dl className="facts panel">
        <div>
          <dt>{t('incidents.detail.status')}</dt>
          <dd>
            <strong>{t(`incidents.status.${incident.status}`)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('incidents.detail.vendor')}</dt>
          <dd>
            <Link to={`/vendors/${incident.vendor.id}`}>{incident.vendor.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('incidents.detail.products')}</dt>
          <dd>{formatList(incident.products.map((p) => p.name))}</dd>
        </div>
        <div>
          <dt>{t('incidents.detail.severity')}</dt>
          <dd className={`incidents-severity--${incident.severity}`}>
            {t(`incidents.severity.${incident.severity}`)}
          </dd>
        </div>
        <div>
          <dt>{t('incidents.detail.personalData')}</dt>
          <dd>
            {incident.personalDataInvolved ? t('incidents.detail.yes') : t('incidents.detail.no')}
          </dd>
        </div>
        <div>
          <dt>{t('incidents.detail.discoveredAt')}</dt>
          <dd>{formatDateTime(incident.discoveredAt)}</dd>
        </div>
        <div>
          <dt>{t('incidents.detail.reportedAt')}</dt>
          <dd>{formatDateTime(incident.reportedAt)}</dd>
        </div>
        {incident.resolvedAt && (
          <div>
            <dt>{t('incidents.detail.resolvedAt')}</dt>
            <dd>{formatDateTime(incident.resolvedAt)}</dd>
          </div>
        )}
      </dl>

      {ownNotice && ownNotice.authorityClockRunning != null && (
        <section className="panel" aria-labelledby="incident-window">
          <h2 id="incident-window">{t('incidents.detail.window')}</h2>
          {clockStart ? (
            <Countdown start={clockStart} />
          ) : incident.personalDataInvolved && ownNotice.authorityDecision ? (
            <p>
              {t('incidents.window.decided', {
                decision: t(`incidents.decision.${ownNotice.authorityDecision}`),
              })}
            </p>
          ) : (
            <p>{t('incidents.window.noPersonalData')}</p>
          )}
          <p className="muted">{t('incidents.detail.windowHint')}</p>
        </section>
      )}

      {mayAcknowledge && organisation && (
        <AcknowledgeForm
          incidentId={incident.id}
          boardId={organisation.id}
          boardName={organisation.name}
        />
      )}
      {ownRecord && organisation && (
        <AuthorityDecisionSection
          incidentId={incident.id}
          boardId={organisation.id}
          record={ownRecord}
          mayRecord={may(user, 'recordAuthorityDecision', organisation.id)}
        />
      )}
      {ownNotice?.acknowledgedAt && (
        <div className="notice notice--success">
          <p>
            <span aria-hidden="true">✓ </span>
            {t('incidents.acknowledge.done', {
              board: ownNotice.board.name,
              at: formatDateTime(ownNotice.acknowledgedAt),
            })}
          </p>
        </div>
      )}

      <h2>{t('incidents.detail.description')}</h2>
      <p className="incidents-description">{incident.description}</p>

      <h2>{t('incidents.detail.boards')}</h2>
      <p>
        {t('incidents.detail.boardsCount', {
          acknowledged: incident.acknowledgedCount,
          total: incident.affectedBoardCount,
        })}
      </p>
      {incident.affectedBoardCount === 0 && isVendor && <p>{t('incidents.detail.noBoards')}</p>}
      {incident.notices.length > 0 && (
        <TableFrame label={t('incidents.detail.boards')}>
          <table className="table">
            <caption className="visually-hidden">{t('incidents.detail.boards')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('incidents.detail.board')}</th>
                <th scope="col">{t('incidents.detail.notifiedAt')}</th>
                <th scope="col">{t('incidents.detail.acknowledgement')}</th>
              </tr>
            </thead>
            <tbody>
              {incident.notices.map((notice) => {
                const took = hoursAndMinutes((notice.secondsToAcknowledge ?? 0) * 1000);
                return (
                  <tr key={notice.board.id}>
                    <th scope="row">{notice.board.name}</th>
                    <td>{formatDateTime(notice.notifiedAt)}</td>
                    <td>
                      {notice.acknowledgedAt ? (
                        <>
                          <span aria-hidden="true">✓ </span>
                          {t('incidents.detail.acknowledgedBy', {
                            name: notice.acknowledgedBy?.name ?? '—',
                            at: formatDateTime(notice.acknowledgedAt),
                            duration: t('incidents.duration', {
                              hours: formatNumber(took.hours),
                              minutes: formatNumber(took.minutes),
                            }),
                          })}
                        </>
                      ) : (
                        t('incidents.detail.notAcknowledged')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      )}

      <h2>{t('incidents.detail.updates')}</h2>
      {incident.updates.length === 0 ? (
        <p>{t('incidents.detail.noUpdates')}</p>
      ) : (
        <ol className="incidents-updates">
          {incident.updates.map((update) => (
            <li key={update.id}>
              <p className="incidents-description">{update.body}</p>
              <p className="muted">
                {t('incidents.detail.updateBy', {
                  name: update.author.name,
                  at: formatDateTime(update.createdAt),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}

      {mayEdit && (
        <>
          <AddUpdateForm incidentId={incident.id} />
          <ResolveForm incidentId={incident.id} onStale={reload} />
        </>
      )}
    </>
  );
}

function AcknowledgeForm(props: { incidentId: string; boardId: string; boardName: string }) {
  const { t } = useI18n();
  const [, acknowledge] = useMutation(IncidentsAcknowledgeDocument);
  const form = useForm({ initialValues: {} as Record<string, never> });
  return (
    <section className="panel" aria-labelledby="incident-acknowledge">
      <h2 id="incident-acknowledge">{t('incidents.acknowledge.title')}</h2>
      <form
        noValidate
        onSubmit={form.onSubmit(async () => {
          const result = await outcome(
            acknowledge({ input: { incidentId: props.incidentId, boardId: props.boardId } }),
          );
          return result.ok ? null : result.problem;
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <p>{t('incidents.acknowledge.text', { board: props.boardName })}</p>
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('incidents.acknowledge.busy')}>
            {t('incidents.acknowledge.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </section>
  );
}

function AddUpdateForm({ incidentId }: { incidentId: string }) {
  const { t } = useI18n();
  const [, addUpdate] = useMutation(IncidentsAddUpdateDocument);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { body: '' },
    rules: { body: [required, maxLength(5000)] },
  });
  return (
    <section className="panel" aria-labelledby="incident-update">
      <h2 id="incident-update">{t('incidents.update.title')}</h2>
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          setDone(false);
          const result = await outcome(
            addUpdate({ input: { incidentId, body: values.body.trim() } }),
          );
          if (!result.ok) return result.problem;
          form.reset();
          setDone(true);
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextAreaField form={form} name="body" label={t('incidents.update.body')} required />
        <p role="status">{done ? t('incidents.update.done') : ''}</p>
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('incidents.update.busy')}>
            {t('incidents.update.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </section>
  );
}

function ResolveForm(props: { incidentId: string; onStale: () => void }) {
  const { t } = useI18n();
  const [, resolve] = useMutation(IncidentsResolveDocument);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The question replaces the button that asked it: the focus moves to the answer.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  return (
    <section className="panel" aria-labelledby="incident-resolve">
      <h2 id="incident-resolve">{t('incidents.resolve.title')}</h2>
      <ProblemMessage problem={problem} onReload={props.onStale} />
      <p>{t('incidents.resolve.text')}</p>
      {!confirming ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t('incidents.resolve.submit')}
        </button>
      ) : (
        <FormActions>
          <button
            type="button"
            className="button"
            ref={confirmRef}
            aria-disabled={busy || undefined}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              setProblem(null);
              const result = await outcome(resolve({ id: props.incidentId }));
              setBusy(false);
              if (!result.ok) setProblem(result.problem);
              else setConfirming(false);
            }}
          >
            {busy ? t('incidents.resolve.busy') : t('incidents.resolve.confirm')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(false)}
          >
            {t('action.cancel')}
          </button>
        </FormActions>
      )}
    </section>
  );
}
