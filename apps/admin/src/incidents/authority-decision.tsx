// A board's record of a breach (art. 33(5) GDPR) on the incident page: the latest version, every
// version before it, and for the board's privacy officer the form to record it (again). Only the
// board's members get here: the API gives the record to nobody else.
import { AuthorityDecision } from '@regie/domain';
import {
  IncidentsRecordAuthorityDecisionDocument,
  type AuthorityDecision as AuthorityDecisionValue,
  type IncidentsAuthorityRecordFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { FormActions, SelectField, SubmitButton, TextAreaField, TextField } from '../forms/fields';
import { DateTimeField } from '../forms/date-fields';
import { formatDateTimeInput, parseDateTimeInput } from '../forms/date-input';
import { dateTime, dateTimeNotInFuture } from '../forms/date-rules';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';

type Version = IncidentsAuthorityRecordFragment['authorityDecisionHistory'][number];

export function AuthorityDecisionSection(props: {
  incidentId: string;
  boardId: string;
  record: IncidentsAuthorityRecordFragment;
  /** Whether this person is the board's privacy officer, who records it. */
  mayRecord: boolean;
}) {
  const { t } = useI18n();
  const history = props.record.authorityDecisionHistory;
  const [latest, ...earlier] = history;
  return (
    <section className="panel" aria-labelledby="incident-authority">
      <h2 id="incident-authority">{t('incidents.authority.title')}</h2>
      <p>{t('incidents.authority.intro')}</p>
      {latest ? (
        <>
          <h3>{t('incidents.authority.current')}</h3>
          <VersionFacts version={latest} />
        </>
      ) : (
        <p>{t('incidents.authority.none')}</p>
      )}
      {earlier.length > 0 && (
        <details className="incidents-history">
          <summary>{t('incidents.authority.history', { count: history.length })}</summary>
          <ol className="plain-list">
            {earlier.map((version) => (
              <li key={version.version}>
                <VersionFacts version={version} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {props.mayRecord ? (
        <AuthorityDecisionForm
          incidentId={props.incidentId}
          boardId={props.boardId}
          latest={latest}
        />
      ) : (
        <p className="muted">{t('incidents.authority.onlyFg')}</p>
      )}
    </section>
  );
}

function VersionFacts({ version }: { version: Version }) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <p className="muted">
        {t('incidents.authority.recordedBy', {
          version: version.version,
          name: version.recordedBy?.name ?? '—',
          at: formatDateTime(version.recordedAt),
        })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('incidents.authority.decision')}</dt>
          <dd>
            <strong>{t(`incidents.decision.${version.decision}`)}</strong>
          </dd>
        </div>
        {version.reportedAt && (
          <div>
            <dt>{t('incidents.authority.reportedAt')}</dt>
            <dd>{formatDateTime(version.reportedAt)}</dd>
          </div>
        )}
        {version.reference && (
          <div>
            <dt>{t('incidents.authority.reference')}</dt>
            <dd>{version.reference}</dd>
          </div>
        )}
        {version.reason && (
          <div>
            <dt>{t('incidents.authority.reason')}</dt>
            <dd className="incidents-description">{version.reason}</dd>
          </div>
        )}
        {version.effects && (
          <div>
            <dt>{t('incidents.authority.effects')}</dt>
            <dd className="incidents-description">{version.effects}</dd>
          </div>
        )}
        {version.remedialAction && (
          <div>
            <dt>{t('incidents.authority.remedialAction')}</dt>
            <dd className="incidents-description">{version.remedialAction}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

type Values = {
  decision: string;
  reportedAt: string;
  reference: string;
  reason: string;
  effects: string;
  remedialAction: string;
};

function AuthorityDecisionForm(props: {
  incidentId: string;
  boardId: string;
  latest: Version | undefined;
}) {
  const { t } = useI18n();
  const [, record] = useMutation(IncidentsRecordAuthorityDecisionDocument);
  const [done, setDone] = useState<number | null>(null);
  const { latest } = props;
  // Recording again starts from what is recorded: a new version changes what changed.
  const form = useForm<Values>({
    initialValues: {
      decision: latest?.decision ?? '',
      reportedAt: latest?.reportedAt ? formatDateTimeInput(latest.reportedAt) : '',
      reference: latest?.reference ?? '',
      reason: latest?.reason ?? '',
      effects: latest?.effects ?? '',
      remedialAction: latest?.remedialAction ?? '',
    },
    // The same checks as the API: when it was reported, or why not.
    rules: (values) => ({
      decision: [required],
      reportedAt:
        values.decision === AuthorityDecision.REPORTED
          ? [required, dateTime, dateTimeNotInFuture({ key: 'incident.reportedAtInFuture' })]
          : [],
      reference: [maxLength(200)],
      reason:
        values.decision === AuthorityDecision.NOT_REPORTED
          ? [required, maxLength(5000)]
          : [maxLength(5000)],
      effects: [maxLength(20000)],
      remedialAction: [maxLength(20000)],
    }),
  });
  const reported = form.values.decision === AuthorityDecision.REPORTED;
  const notReported = form.values.decision === AuthorityDecision.NOT_REPORTED;
  const text = (value: string) => value.trim() || null;

  return (
    <>
      <h3 id="incident-authority-form">
        {latest ? t('incidents.authority.formAgain') : t('incidents.authority.form')}
      </h3>
      <form
        noValidate
        aria-labelledby="incident-authority-form"
        onSubmit={form.onSubmit(async (values) => {
          setDone(null);
          const isReported = values.decision === AuthorityDecision.REPORTED;
          const result = await outcome(
            record({
              input: {
                incidentId: props.incidentId,
                boardId: props.boardId,
                decision: values.decision as AuthorityDecisionValue,
                reportedAt: isReported ? parseDateTimeInput(values.reportedAt) : null,
                reference: isReported ? text(values.reference) : null,
                reason: isReported ? null : text(values.reason),
                effects: text(values.effects),
                remedialAction: text(values.remedialAction),
              },
            }),
          );
          if (!result.ok) return result.problem;
          const recorded = result.data.recordAuthorityDecision.notices.find(
            (n) => n.board.id === props.boardId,
          );
          setDone(recorded?.authorityDecisionHistory[0]?.version ?? null);
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <SelectField
          form={form}
          name="decision"
          label={t('incidents.authority.decision')}
          required
          options={[
            { value: '', label: t('incidents.authority.decisionChoose') },
            ...[AuthorityDecision.REPORTED, AuthorityDecision.NOT_REPORTED].map((d) => ({
              value: d,
              label: t(`incidents.decision.${d}`),
            })),
          ]}
        />
        {reported && (
          <>
            <DateTimeField
              form={form}
              name="reportedAt"
              label={t('incidents.authority.reportedAt')}
              hint={t('incidents.authority.reportedAtHint')}
              required
            />
            <TextField form={form} name="reference" label={t('incidents.authority.reference')} />
          </>
        )}
        {notReported && (
          <TextAreaField
            form={form}
            name="reason"
            label={t('incidents.authority.reason')}
            hint={t('incidents.authority.reasonHint')}
            required
          />
        )}
        <TextAreaField form={form} name="effects" label={t('incidents.authority.effects')} />
        <TextAreaField
          form={form}
          name="remedialAction"
          label={t('incidents.authority.remedialAction')}
        />
        <p role="status">{done ? t('incidents.authority.done', { version: done }) : ''}</p>
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('incidents.authority.busy')}>
            {t('incidents.authority.submit')}
          </SubmitButton>
        </FormActions>
      </form>
    </>
  );
}
