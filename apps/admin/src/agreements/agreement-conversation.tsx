// The conversation on an agreement: the messages of both parties, oldest first and the newest
// last, with a form to write to the other party. Both parties read it (unlike the board's review
// notes); the FG's request for changes is one of its messages.
import {
  AgreementsPostMessageDocument,
  type AgreementsDetailFragment,
} from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { FormActions, SubmitButton, TextAreaField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { Said, Section } from './agreement-ui';

export function Conversation(props: {
  agreement: AgreementsDetailFragment;
  /** The party the person writes for; null when they may not write. */
  writesFor: 'BOARD' | 'VENDOR' | null;
  reload: () => void;
}) {
  const { t, formatDateTime } = useI18n();
  const { agreement, writesFor } = props;
  const [, post] = useMutation(AgreementsPostMessageDocument);
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm({ initialValues: { body: '' }, rules: { body: [required] } });
  const nameOf = (party: 'BOARD' | 'VENDOR') =>
    party === 'BOARD' ? agreement.board.name : agreement.vendor.name;

  return (
    <Section id="agreement-messages" title={t('agreements.messages.title')}>
      <p className="muted">{t('agreements.messages.intro')}</p>
      {agreement.messages.length === 0 ? (
        <p>{t('agreements.messages.none')}</p>
      ) : (
        <ol className="conversation" aria-label={t('agreements.messages.list')}>
          {agreement.messages.map((m) => (
            <li key={m.id} className={`conversation__message conversation__message--${m.party}`}>
              <p className="conversation__meta">
                {t('agreements.messages.by', {
                  name: m.author.name,
                  organisation: nameOf(m.party),
                  at: formatDateTime(m.createdAt),
                })}
              </p>
              <p className="conversation__body">{m.body}</p>
            </li>
          ))}
        </ol>
      )}
      {writesFor && (
        <form
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            setSent(null);
            const result = await outcome(
              post({ input: { agreementId: agreement.id, body: values.body.trim() } }),
            );
            if (!result.ok) return result.problem;
            form.reset();
            setSent(t('agreements.messages.sent'));
            props.reload();
          })}
        >
          <ProblemMessage
            problem={form.problem}
            details={form.otherFieldErrors}
            onReload={props.reload}
          />
          <TextAreaField
            form={form}
            name="body"
            required
            label={t('agreements.messages.body', {
              organisation: nameOf(writesFor === 'BOARD' ? 'VENDOR' : 'BOARD'),
            })}
          />
          <FormActions>
            <SubmitButton busy={form.submitting} busyLabel={t('agreements.action.busy')}>
              {t('agreements.messages.send')}
            </SubmitButton>
          </FormActions>
          <Said text={sent} />
        </form>
      )}
    </Section>
  );
}
