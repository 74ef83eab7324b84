// The end of an agreement (art. 28(3)(g)): what the vendor must do with the data, as the board
// chose, by when, and the vendor's confirmation; an overdue one is flagged. The board's
// signatory or FG chooses here; the vendor's signatory or admin confirms, after a last question
// (the confirmation is final).
import {
  AgreementsChooseExitDocument,
  AgreementsConfirmExitDocument,
  type AgreementsDetailFragment,
  type ExitChoice,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { FormActions, SelectField, SubmitButton, TextAreaField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Said, Section, useCalendarDate } from './agreement-ui';

export const EXIT_CHOICES = ['DELETE', 'RETURN_THEN_DELETE'] as const;

export function ExitSection(props: {
  agreement: AgreementsDetailFragment;
  mayChoose: boolean;
  mayConfirm: boolean;
  reload: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const day = useCalendarDate();
  const { agreement } = props;
  const exit = agreement.exit;
  const [said, setSaid] = useState<string | null>(null);
  if (!exit && !props.mayChoose) return null;

  return (
    <Section id="agreement-exit" title={t('agreements.exit.title')}>
      <p className="muted">{t('agreements.exit.intro')}</p>
      <Said text={said} />
      {exit && (
        <dl className="facts">
          <div>
            <dt>{t('agreements.exit.choice')}</dt>
            <dd>
              {exit.choice
                ? t(`agreements.exit.choice.${exit.choice}`)
                : t('agreements.exit.noChoice')}
            </dd>
          </div>
          <div>
            <dt>{t('agreements.exit.dueOn')}</dt>
            <dd>
              {exit.dueOn ? day(exit.dueOn) : t('agreements.exit.dueAfterChoice')}
              {exit.overdue && (
                <>
                  {' '}
                  <strong className="flag">{t('agreements.exit.overdue')}</strong>
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('agreements.exit.confirmation')}</dt>
            <dd>
              {exit.confirmedAt ? (
                <>
                  <span>
                    {t('agreements.exit.confirmedBy', {
                      name: exit.confirmedBy?.name ?? '',
                      at: formatDateTime(exit.confirmedAt),
                    })}
                  </span>
                  <span className="exit__statement">{exit.statement}</span>
                </>
              ) : (
                t('agreements.exit.notConfirmed')
              )}
            </dd>
          </div>
        </dl>
      )}
      {props.mayChoose && (
        <ChooseExitForm
          agreementId={agreement.id}
          reload={props.reload}
          onDone={() => setSaid(t('agreements.exit.chosen'))}
        />
      )}
      {props.mayConfirm && (
        <ConfirmExitForm
          agreementId={agreement.id}
          vendorName={agreement.vendor.name}
          reload={props.reload}
          onDone={() => setSaid(t('agreements.exit.confirmed'))}
        />
      )}
    </Section>
  );
}

function ChooseExitForm(props: { agreementId: string; reload: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [, choose] = useMutation(AgreementsChooseExitDocument);
  const form = useForm({ initialValues: { choice: '' }, rules: { choice: [required] } });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        const result = await outcome(
          choose({
            input: { agreementId: props.agreementId, choice: values.choice as ExitChoice },
          }),
        );
        if (!result.ok) return result.problem;
        props.onDone();
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
        name="choice"
        required
        label={t('agreements.exit.choose')}
        options={[
          { value: '', label: t('agreements.create.choose') },
          ...EXIT_CHOICES.map((c) => ({ value: c, label: t(`agreements.exit.choice.${c}`) })),
        ]}
      />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel={t('agreements.action.busy')}>
          {t('agreements.exit.chooseSend')}
        </SubmitButton>
      </FormActions>
    </form>
  );
}

/** The statement first, then one question before the final confirmation (a binding step). */
function ConfirmExitForm(props: {
  agreementId: string;
  vendorName: string;
  reload: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [, confirm] = useMutation(AgreementsConfirmExitDocument);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { statement: '' }, rules: { statement: [required] } });

  const send = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await outcome(
      confirm({
        input: { agreementId: props.agreementId, statement: form.values.statement.trim() },
      }),
    );
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    setAsking(false);
    props.onDone();
    props.reload();
  };

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async () => {
        setProblem(null);
        setAsking(true);
      })}
    >
      <ProblemMessage problem={form.problem} onReload={props.reload} />
      <TextAreaField
        form={form}
        name="statement"
        required
        label={t('agreements.exit.statement')}
        hint={t('agreements.exit.statementHint')}
      />
      <FormActions>
        <SubmitButton busy={false} busyLabel={t('agreements.action.busy')}>
          {t('agreements.exit.confirm')}
        </SubmitButton>
      </FormActions>
      <ConfirmDialog
        open={asking}
        title={t('agreements.exit.confirmation')}
        confirmLabel={t('agreements.exit.confirmYes')}
        busyLabel={t('agreements.action.busy')}
        busy={busy}
        problem={<ProblemMessage problem={problem} onReload={props.reload} />}
        onConfirm={() => void send()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('agreements.exit.confirmQuestion', { organisation: props.vendorName })}</p>
      </ConfirmDialog>
    </form>
  );
}
