// The work on an agreement: its lifecycle steps, deviations and their assessment, the board's
// review notes and the documents. Each shows only what `offered` (the lifecycle and the
// permission table) allows this person now; every step that changes the agreement sends the
// version it was shown, so that a change by someone else in between is said, with a reload.
import type { AgreementAction } from '@regie/domain';
import {
  AgreementsAddDeviationDocument,
  AgreementsAddReviewNoteDocument,
  AgreementsApproveDocument,
  AgreementsAssessDeviationDocument,
  AgreementsAttachDocumentDocument,
  AgreementsRequestChangesDocument,
  AgreementsSignDocument,
  AgreementsSubmitDocument,
  AgreementsTerminateDocument,
  AgreementsUpdateDeviationDocument,
  AgreementsWithdrawDeviationDocument,
  type AgreementsDetailFragment,
  type AgreementTopic,
  type DeviationAssessment,
  type ExitChoice,
} from '@regie/graphql-client';
import { AgreementTopic as Topics, amsterdamDate } from '@regie/domain';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { FileUploadField } from '../files/file-upload-field';
import { FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { DateField } from '../forms/date-fields';
import { formatDateInput, parseDateInput } from '../forms/date-input';
import { calendarDate, endNotBefore } from '../forms/date-rules';
import { type FormState, useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { TextAreaField } from '../forms/fields';
import { ConfirmDialog, ConfirmStep, StepOutcome } from '../ui/confirm-dialog';
import { Section } from './agreement-ui';
import { EXIT_CHOICES } from './agreement-exit';

type Agreement = AgreementsDetailFragment;
type Offered = ReadonlySet<AgreementAction>;

interface WorkProps {
  agreement: Agreement;
  offered: Offered;
  reload: () => void;
}

/** A step's outcome: said in a live region, so that it is heard where the focus stays. */
function Said({ text }: { text: string | null }) {
  return <StepOutcome>{text && <p>{text}</p>}</StepOutcome>;
}

export function AgreementSteps(
  props: WorkProps & {
    organisationName: string;
    /** The party the person acts for: names the other party in a confirmation. */
    party?: 'BOARD' | 'VENDOR';
    /** Whom the agreement waits for, in words ("de leverancier", "jou"); null: nobody. */
    waitingFor: string | null;
    /** Whether it waits for the person's own party (but no step is theirs). */
    waitsForOwnParty: boolean;
    /** The person terminates for the board, which may choose the exit at once. */
    mayChooseExit: boolean;
  },
) {
  const { t, formatList, formatDate } = useI18n();
  const { agreement, offered, reload } = props;
  const [open, setOpen] = useState<FormStep | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [terminating, setTerminating] = useState<{
    endDate: string;
    reason: string;
    exitChoice?: ExitChoice;
  } | null>(null);
  const organisation = props.organisationName;
  const other = props.party === 'VENDOR' ? agreement.board.name : agreement.vendor.name;
  const products = formatList(agreement.products.map((p) => p.name));
  // Signing as the last signature needed makes the agreement ACTIVE (DOMAIN.md: a general offer
  // or a framework deal needs the board's alone).
  const otherSigned = agreement.signatures.some((s) =>
    props.party === 'VENDOR' ? s.party === 'BOARD' : s.party === 'VENDOR',
  );
  const lastSignature = otherSigned || (props.party !== 'VENDOR' && agreement.source !== 'DIRECT');
  const [, submit] = useMutation(AgreementsSubmitDocument);
  const [, approve] = useMutation(AgreementsApproveDocument);
  const [, sign] = useMutation(AgreementsSignDocument);
  const [, requestChanges] = useMutation(AgreementsRequestChangesDocument);
  const [, terminate] = useMutation(AgreementsTerminateDocument);
  const versioned = { agreementId: agreement.id, version: agreement.version };

  const run = async (
    step: () => Promise<{ ok: boolean; problem?: ApiProblem }>,
    doneText: string,
  ) => {
    if (busy) return null;
    setBusy(true);
    setProblem(null);
    setDone(null);
    const result = await step();
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem ?? null);
      return result.problem ?? null;
    }
    setOpen(null);
    setDone(doneText);
    reload();
    return null;
  };
  const parties =
    agreement.source === 'DIRECT'
      ? formatList(
          [agreement.board.name, agreement.vendor.name].filter(
            (_, i) => !agreement.signatures.some((s) => s.party === (i === 0 ? 'BOARD' : 'VENDOR')),
          ),
        )
      : agreement.board.name;

  const steps = (['submit', 'approve', 'requestChanges', 'sign', 'terminate'] as const).filter(
    (a) => offered.has(a),
  );
  if (steps.length === 0)
    return (
      <>
        <Said text={done} />
        <p>
          {props.waitsForOwnParty
            ? t('agreements.detail.noActionsYours')
            : props.waitingFor
              ? t('agreements.detail.noActionsWaiting', { parties: props.waitingFor })
              : t('agreements.detail.noActionsNobody')}
        </p>
      </>
    );

  return (
    <>
      <Said text={done} />
      <ProblemMessage
        problem={problem}
        onReload={() => {
          setProblem(null);
          reload();
        }}
      />
      <div className="agreement-actions">
        {offered.has('submit') && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() =>
              void run(
                () => outcome(submit({ input: versioned })),
                t('agreements.done.submit', { board: agreement.board.name }),
              )
            }
          >
            {t('agreements.action.submit')}
          </button>
        )}
        {offered.has('approve') && (
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            onClick={() =>
              void run(
                () => outcome(approve({ input: versioned })),
                t('agreements.done.approve', { parties }),
              )
            }
          >
            {t('agreements.action.approve')}
          </button>
        )}
        {offered.has('requestChanges') && (
          <StepToggle
            step="requestChanges"
            className="button button--secondary"
            open={open}
            setOpen={setOpen}
          />
        )}
        {offered.has('sign') && (
          <ConfirmStep
            title={t('agreements.confirm.signTitle')}
            binding={t('agreements.confirm.signBinding', { organisation, other, products })}
            details={t('agreements.confirm.signDetails')}
            confirmLabel={t('agreements.confirm.signYes', { organisation })}
            busyLabel={t('agreements.action.busy')}
            run={() => outcome(sign({ input: versioned }))}
            onDone={() => {
              setProblem(null);
              setDone(
                lastSignature
                  ? t('agreements.done.signActive', { organisation })
                  : t('agreements.done.signWaiting', { organisation, other }),
              );
              reload();
            }}
            onReload={reload}
          >
            {t('agreements.action.sign')}
          </ConfirmStep>
        )}
        {offered.has('terminate') && (
          <StepToggle
            step="terminate"
            className="button button--danger-outline"
            open={open}
            setOpen={setOpen}
          />
        )}
        {open === 'requestChanges' && (
          <RequestChangesForm
            onSubmit={(note) =>
              run(
                () => outcome(requestChanges({ input: { ...versioned, note } })),
                t('agreements.done.requestChanges'),
              )
            }
          />
        )}
        {open === 'terminate' && (
          <TerminateForm
            mayChooseExit={props.mayChooseExit}
            onSubmit={(endDate, reason, exitChoice) => {
              // The form only gathers the date, reason and exit; the dialog binds.
              setTerminating({ endDate, reason, ...(exitChoice ? { exitChoice } : {}) });
              return Promise.resolve(null);
            }}
          />
        )}
        <ConfirmDialog
          open={terminating !== null}
          danger
          title={t('agreements.confirm.terminateTitle')}
          binding={t('agreements.confirm.terminateBinding', {
            organisation,
            other,
            products,
            date: terminating ? formatDate(terminating.endDate) : '',
          })}
          details={t('agreements.confirm.terminateDetails', { reason: terminating?.reason ?? '' })}
          confirmLabel={t('agreements.confirm.terminateYes', {
            date: terminating ? formatDate(terminating.endDate) : '',
          })}
          busyLabel={t('agreements.action.busy')}
          onCancel={() => setTerminating(null)}
          onConfirm={() => outcome(terminate({ input: { ...versioned, ...terminating! } }))}
          onDone={() => {
            const endDate = terminating!.endDate;
            setTerminating(null);
            setOpen(null);
            setProblem(null);
            setDone(
              t('agreements.done.terminate', {
                date: formatDate(endDate),
                vendor: agreement.vendor.name,
                board: agreement.board.name,
              }),
            );
            reload();
          }}
          onReload={reload}
        />
      </div>
    </>
  );
}

/** The steps that open a form before they are taken. */
type FormStep = 'requestChanges' | 'terminate';

/** A step's button that opens and closes its form. */
function StepToggle(props: {
  step: FormStep;
  className: string;
  open: FormStep | null;
  setOpen: (step: FormStep | null) => void;
}) {
  const { t } = useI18n();
  const expanded = props.open === props.step;
  return (
    <button
      type="button"
      className={props.className}
      aria-expanded={expanded}
      onClick={() => props.setOpen(expanded ? null : props.step)}
    >
      {t(`agreements.action.${props.step}`)}
    </button>
  );
}

function RequestChangesForm(props: { onSubmit: (note: string) => Promise<ApiProblem | null> }) {
  const { t } = useI18n();
  const form = useForm({ initialValues: { note: '' }, rules: { note: [required] } });
  return (
    <form noValidate onSubmit={form.onSubmit((v) => props.onSubmit(v.note.trim()))}>
      <TextAreaField form={form} name="note" required label={t('agreements.action.changesNote')} />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('agreements.action.busy')}>
          {t('agreements.action.changesSend')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

function TerminateForm(props: {
  mayChooseExit: boolean;
  onSubmit: (
    endDate: string,
    reason: string,
    exitChoice: ExitChoice | null,
  ) => Promise<ApiProblem | null>;
}) {
  const { t } = useI18n();
  const today = amsterdamDate();
  const form = useForm({
    initialValues: { endDate: formatDateInput(today), reason: '', exitChoice: '' },
    rules: {
      endDate: [required, calendarDate, endNotBefore(today, { key: 'agreement.endDateInPast' })],
      reason: [required],
    },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((v) =>
        props.onSubmit(
          parseDateInput(v.endDate) ?? '',
          v.reason.trim(),
          (v.exitChoice || null) as ExitChoice | null,
        ),
      )}
    >
      <DateField
        form={form}
        name="endDate"
        required
        label={t('agreements.action.endDate')}
        hint={t('agreements.action.endDateHint')}
      />
      <TextAreaField form={form} name="reason" required label={t('agreements.action.reason')} />
      {props.mayChooseExit && (
        <SelectField
          form={form}
          name="exitChoice"
          label={t('agreements.action.exitChoice')}
          hint={t('agreements.action.exitChoiceHint')}
          options={[
            { value: '', label: t('agreements.action.exitChoiceLater') },
            ...EXIT_CHOICES.map((c) => ({ value: c, label: t(`agreements.exit.choice.${c}`) })),
          ]}
        />
      )}
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('agreements.action.busy')}>
          {t('agreements.action.terminateSend')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

const TOPICS = Object.values(Topics);

type DeviationOf = Agreement['deviations'][number];

export function Deviations({
  agreement,
  offered,
  reload,
  mayChange,
}: WorkProps & {
  /** Whether this person may change and withdraw the deviation: its party's editors. */
  mayChange: (deviation: DeviationOf) => boolean;
}) {
  const { t } = useI18n();
  const [said, setSaid] = useState<string | null>(null);
  const nameOf = (party: 'BOARD' | 'VENDOR') =>
    party === 'BOARD' ? agreement.board.name : agreement.vendor.name;
  return (
    <Section id="agreement-deviations" title={t('agreements.deviations.title')}>
      <Said text={said} />
      {agreement.deviations.length === 0 ? (
        <p>{t('agreements.deviations.none')}</p>
      ) : (
        agreement.deviations.map((deviation) => (
          <article
            key={deviation.id}
            className="panel"
            aria-labelledby={`deviation-${deviation.id}`}
          >
            <h3 id={`deviation-${deviation.id}`}>
              {t('agreements.deviations.clause')} {deviation.clause}
            </h3>
            <p className="muted">
              {t('agreements.deviations.topic')}: {t(`agreements.topic.${deviation.topic}`)}
              {' · '}
              {deviation.addedBy
                ? t('agreements.deviations.addedBy', { organisation: nameOf(deviation.addedBy) })
                : t('agreements.deviations.fromDeal')}
            </p>
            <p className="deviation__text">{deviation.text}</p>
            <p>
              <strong>
                {deviation.addedBy
                  ? t('agreements.deviations.assessment')
                  : t('agreements.deviations.ownAssessment')}
                :
              </strong>{' '}
              <span className={deviation.assessment === 'UNACCEPTABLE' ? 'flag' : undefined}>
                {deviation.assessment
                  ? t(`agreements.assessment.${deviation.assessment}`)
                  : t('agreements.assessment.none')}
              </span>
              {deviation.assessmentNote && <> – {deviation.assessmentNote}</>}
            </p>
            {offered.has('assessDeviation') && (
              <AssessDeviationForm deviation={deviation} reload={reload} />
            )}
            {mayChange(deviation) && (
              <ChangeDeviation
                agreement={agreement}
                deviation={deviation}
                reload={reload}
                onDone={setSaid}
              />
            )}
          </article>
        ))
      )}
      {offered.has('addDeviation') && <AddDeviationForm agreement={agreement} reload={reload} />}
    </Section>
  );
}

/** The proposing party's own deviation: change it (its assessment goes) or withdraw it. */
function ChangeDeviation(props: {
  agreement: Agreement;
  deviation: DeviationOf;
  reload: () => void;
  onDone: (text: string) => void;
}) {
  const { t } = useI18n();
  const { agreement, deviation } = props;
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [, update] = useMutation(AgreementsUpdateDeviationDocument);
  const [, withdraw] = useMutation(AgreementsWithdrawDeviationDocument);
  const form = useForm({
    initialValues: {
      clause: deviation.clause,
      topic: deviation.topic as string,
      text: deviation.text,
    },
    rules: { clause: [required], text: [required] },
  });
  const versioned = { deviationId: deviation.id, version: agreement.version };

  const onWithdraw = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await outcome(withdraw({ input: versioned }));
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    props.onDone(t('agreements.deviations.withdrawn', { clause: deviation.clause }));
    props.reload();
  };

  return (
    <div className="deviation__change">
      <ProblemMessage problem={problem} onReload={props.reload} />
      <div className="agreement-actions">
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={editing}
          onClick={() => setEditing(!editing)}
        >
          {t('agreements.deviations.edit')}
          <span className="visually-hidden"> ({deviation.clause})</span>
        </button>
        <button
          type="button"
          className="button button--danger-outline"
          aria-disabled={busy || undefined}
          onClick={() => void onWithdraw()}
        >
          {t('agreements.deviations.withdraw')}
          <span className="visually-hidden"> ({deviation.clause})</span>
        </button>
      </div>
      {editing && (
        <form
          className="form"
          noValidate
          aria-label={t('agreements.deviations.editOf', { clause: deviation.clause })}
          onSubmit={form.onSubmit(async (values) => {
            const result = await outcome(
              update({
                input: {
                  ...versioned,
                  clause: values.clause.trim(),
                  topic: values.topic as AgreementTopic,
                  text: values.text.trim(),
                },
              }),
            );
            if (!result.ok) return result.problem;
            setEditing(false);
            props.onDone(t('agreements.deviations.changed', { clause: values.clause.trim() }));
            props.reload();
          })}
        >
          <p className="muted">{t('agreements.deviations.editHint')}</p>
          <ProblemMessage
            problem={form.problem}
            details={form.otherFieldErrors}
            onReload={props.reload}
          />
          <TextField
            form={form}
            name="clause"
            required
            label={t('agreements.deviations.clauseOf', { clause: deviation.clause })}
          />
          <TopicField
            form={form}
            label={t('agreements.deviations.topicOf', { clause: deviation.clause })}
          />
          <TextAreaField
            form={form}
            name="text"
            required
            label={t('agreements.deviations.textOf', { clause: deviation.clause })}
          />
          <FormActions>
            <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
              {t('agreements.deviations.saveChange')}
            </SubmitButton>
          </FormActions>
        </form>
      )}
    </div>
  );
}

/** The obligation a deviation touches (AgreementTopic), in words. */
function TopicField<V extends { topic: string }>(props: { form: FormState<V>; label?: string }) {
  const { t } = useI18n();
  return (
    <SelectField
      form={props.form as unknown as FormState<{ topic: string }>}
      name="topic"
      required
      label={props.label ?? t('agreements.deviations.topic')}
      options={TOPICS.map((topic) => ({ value: topic, label: t(`agreements.topic.${topic}`) }))}
    />
  );
}

function AssessDeviationForm(props: {
  deviation: Agreement['deviations'][number];
  reload: () => void;
}) {
  const { t } = useI18n();
  const { deviation } = props;
  const [, assess] = useMutation(AgreementsAssessDeviationDocument);
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    initialValues: {
      assessment: (deviation.assessment ?? '') as string,
      note: deviation.assessmentNote ?? '',
    },
    rules: { assessment: [required] },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        setSaved(null);
        const result = await outcome(
          assess({
            input: {
              deviationId: deviation.id,
              assessment: values.assessment as DeviationAssessment,
              note: values.note.trim() || null,
            },
          }),
        );
        if (!result.ok) return result.problem;
        setSaved(t('agreements.deviations.saved', { clause: deviation.clause }));
        props.reload();
      })}
    >
      <ProblemMessage
        problem={form.problem}
        details={form.otherFieldErrors}
        onReload={props.reload}
      />
      <SelectField
        form={form}
        name="assessment"
        required
        label={t('agreements.deviations.assessOf', { clause: deviation.clause })}
        options={[
          { value: '', label: t('agreements.create.choose') },
          ...(['ACCEPTABLE', 'ACCEPTABLE_WITH_MEASURES', 'UNACCEPTABLE'] as const).map((a) => ({
            value: a,
            label: t(`agreements.assessment.${a}`),
          })),
        ]}
      />
      <TextField
        form={form}
        name="note"
        label={t('agreements.deviations.note', { clause: deviation.clause })}
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
          {t('agreements.deviations.save')}
          <span className="visually-hidden"> ({deviation.clause})</span>
        </SubmitButton>
      </FormActions>
      <Said text={saved} />
    </form>
  );
}

function AddDeviationForm({ agreement, reload }: { agreement: Agreement; reload: () => void }) {
  const { t } = useI18n();
  const [, add] = useMutation(AgreementsAddDeviationDocument);
  const form = useForm({
    initialValues: { clause: '', topic: 'OTHER', text: '' },
    rules: { clause: [required], text: [required] },
  });
  return (
    <form
      className="form"
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const result = await outcome(
          add({
            input: {
              agreementId: agreement.id,
              version: agreement.version,
              clause: values.clause.trim(),
              topic: values.topic as AgreementTopic,
              text: values.text.trim(),
            },
          }),
        );
        if (!result.ok) return result.problem;
        form.reset();
        reload();
      })}
    >
      <h3>{t('agreements.deviations.add')}</h3>
      <ProblemMessage problem={form.problem} details={form.otherFieldErrors} onReload={reload} />
      <TextField
        form={form}
        name="clause"
        required
        label={t('agreements.deviations.clause')}
        hint={t('agreements.deviations.clauseHint')}
      />
      <TopicField form={form} />
      <TextAreaField form={form} name="text" required label={t('agreements.deviations.text')} />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('agreements.deviations.adding')}>
          {t('agreements.deviations.add')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

export function ReviewNotes({ agreement, offered, reload }: WorkProps) {
  const { t, formatDateTime } = useI18n();
  const [, addNote] = useMutation(AgreementsAddReviewNoteDocument);
  const form = useForm({ initialValues: { body: '' }, rules: { body: [required] } });
  return (
    <Section id="agreement-notes" title={t('agreements.notes.title')}>
      <p className="muted">{t('agreements.notes.intro')}</p>
      {agreement.reviewNotes.length === 0 ? (
        <p>{t('agreements.notes.none')}</p>
      ) : (
        <ul className="plain-list">
          {agreement.reviewNotes.map((note) => (
            <li key={note.id}>
              <p>{note.body}</p>
              <p className="muted">
                {t('agreements.notes.by', {
                  name: note.author.name,
                  at: formatDateTime(note.createdAt),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {offered.has('addReviewNote') && (
        <form
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            const result = await outcome(
              addNote({ input: { agreementId: agreement.id, body: values.body.trim() } }),
            );
            if (!result.ok) return result.problem;
            form.reset();
            reload();
          })}
        >
          <ProblemMessage
            problem={form.problem}
            details={form.otherFieldErrors}
            onReload={reload}
          />
          <TextAreaField form={form} name="body" required label={t('agreements.notes.body')} />
          <FormActions>
            <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
              {t('agreements.notes.add')}
            </SubmitButton>
          </FormActions>
        </form>
      )}
    </Section>
  );
}

export function Documents(props: WorkProps & { organisationId: string | undefined }) {
  const { t, formatNumber } = useI18n();
  const { agreement, offered, reload } = props;
  const [, attach] = useMutation(AgreementsAttachDocumentDocument);
  const form = useForm({ initialValues: { fileId: '' }, rules: { fileId: [required] } });
  return (
    <Section id="agreement-documents" title={t('agreements.documents.title')}>
      {agreement.documents.length === 0 ? (
        <p>{t('agreements.documents.none')}</p>
      ) : (
        <ul className="plain-list">
          {agreement.documents.map((doc) => (
            <li key={doc.id}>
              <a href={doc.url} download={doc.filename}>
                {t('agreements.documents.download', { filename: doc.filename })}
              </a>{' '}
              <span className="muted">
                (
                {t('agreements.documents.size', {
                  size: formatNumber(doc.size / 1024, { maximumFractionDigits: 0 }),
                })}
                )
              </span>
            </li>
          ))}
        </ul>
      )}
      {offered.has('attachDocument') && props.organisationId && (
        <form
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            const result = await outcome(
              attach({
                input: {
                  agreementId: agreement.id,
                  version: agreement.version,
                  fileId: values.fileId,
                },
              }),
            );
            if (!result.ok) return result.problem;
            form.reset();
            reload();
          })}
        >
          <ProblemMessage
            problem={form.problem}
            details={form.otherFieldErrors}
            onReload={reload}
          />
          <FileUploadField
            form={form}
            name="fileId"
            required
            label={t('agreements.documents.file')}
            organisationId={props.organisationId}
          />
          <FormActions>
            <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
              {t('agreements.documents.attach')}
            </SubmitButton>
          </FormActions>
        </form>
      )}
    </Section>
  );
}
