import { LoginDocument } from '@regie/graphql-client';
import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { outcome } from '../api/run-mutation';
import { safeReturnTo } from '../auth/return-to';
import { startSession, useSession } from '../auth/session';
import { FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { email, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { fetchSsoEnabled, ssoErrorMessage, ssoLoginUrl } from './oidc';

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const reason = params.get('reason');
  const ssoError = ssoErrorMessage(params.get('error'));
  const [ssoEnabled, setSsoEnabled] = useState(false);
  const [, login] = useMutation(LoginDocument);
  const form = useForm({
    initialValues: { email: '', password: '' },
    rules: { email: [required, email], password: [required] },
  });

  useEffect(() => {
    const controller = new AbortController();
    void fetchSsoEnabled(controller.signal).then((enabled) => {
      if (!controller.signal.aborted) setSsoEnabled(enabled);
    });
    return () => controller.abort();
  }, []);

  // Already signed in (a second visit, or the back button): carry on.
  if (session) return <Navigate to={returnTo} replace />;

  const notice =
    ssoError ??
    (reason === 'expired' ? 'signIn.expired' : reason === 'signedOut' ? 'signIn.signedOut' : null);

  return (
    <div className="narrow">
      <PageHeading title={t('signIn.title')} />
      <p className="lead">{t('signIn.intro')}</p>
      {notice && (
        <div className={`notice ${ssoError ? 'notice--error' : 'notice--info'}`} role="status">
          <p>{t(notice)}</p>
        </div>
      )}
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const result = await outcome(
            login({ input: { email: values.email.trim(), password: values.password } }),
          );
          if (!result.ok) return result.problem;
          startSession(result.data.login);
          navigate(returnTo, { replace: true });
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField
          form={form}
          name="email"
          label={t('field.email')}
          type="email"
          autoComplete="username"
          required
        />
        <TextField
          form={form}
          name="password"
          label={t('field.password')}
          type="password"
          autoComplete="current-password"
          required
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('signIn.busy')}>
            {t('signIn.submit')}
          </SubmitButton>
        </FormActions>
      </form>
      {ssoEnabled && (
        <div className="panel sso">
          <p>{t('signIn.sso.intro')}</p>
          {/* A link, not a button: it leaves for the provider with an ordinary navigation. */}
          <a className="button button--secondary" href={ssoLoginUrl(returnTo)}>
            {t('signIn.sso.button')}
          </a>
        </div>
      )}
    </div>
  );
}
