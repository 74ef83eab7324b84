import { UpdateMeDocument } from '@regie/graphql-client';
import { useState } from 'react';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { FormActions, SelectField, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { fromApiLocale, locales, setLocale, toApiLocale, useI18n, type Locale } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';

export function ProfilePage() {
  const { t, formatList } = useI18n();
  const { user, refresh } = useViewer();
  const [, updateMe] = useMutation(UpdateMeDocument);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: { name: user.name, locale: fromApiLocale(user.locale) as string },
    rules: { name: [required, maxLength(200)] },
  });

  return (
    <>
      <PageHeading title={t('profile.title')} />
      <dl className="facts panel">
        <div>
          <dt>{t('field.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('profile.memberships')}</dt>
          <dd>
            {user.memberships.length === 0 ? (
              t('profile.noMemberships')
            ) : (
              <ul className="plain-list">
                {user.memberships.map((m) => (
                  <li key={m.organisation.id}>
                    {m.organisation.name}: {formatList(m.roles.map((role) => t(`role.${role}`)))}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          setSaved(false);
          const locale = values.locale as Locale;
          const result = await outcome(
            updateMe({ input: { name: values.name.trim(), locale: toApiLocale(locale) } }),
          );
          if (!result.ok) return result.problem;
          setLocale(locale);
          setSaved(true);
          refresh();
        })}
      >
        <h2>{t('profile.edit')}</h2>
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField form={form} name="name" label={t('field.name')} autoComplete="name" required />
        <SelectField
          form={form}
          name="locale"
          label={t('language.label')}
          options={locales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('action.saving')}>
            {t('action.save')}
          </SubmitButton>
          <span role="status">{saved ? t('action.saved') : ''}</span>
        </FormActions>
      </form>
    </>
  );
}
