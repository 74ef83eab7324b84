// /invitations/accept#token=…: a new person chooses a name and password; someone signed in
// (with the e-mail address the invitation names) accepts with one button.
import { AcceptInvitationDocument, MeDocument } from '@regie/graphql-client';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ApiProblem } from '../api/api-problem';
import { outcome } from '../api/run-mutation';
import { signInPath } from '../auth/return-to';
import { startSession, useSession } from '../auth/session';
import { FormActions, SubmitButton, TextField } from '../forms/fields';
import { ProblemMessage } from '../forms/problem-message';
import { maxLength, minLength, required } from '../forms/rules';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';

/** The API's rule for new passwords (identity.inputs.ts PASSWORD_MIN). */
export const passwordMinLength = 12;

export function AcceptInvitationPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const { hash } = useLocation();
  // Links carry the token in the fragment, which never reaches a server or its logs.
  const token = new URLSearchParams(hash.slice(1)).get('token') ?? params.get('token') ?? '';
  const session = useSession();

  return (
    <div className="narrow">
      <PageHeading title={t('accept.title')} />
      {!token ? (
        <div className="notice notice--error" role="alert">
          <p>{t('accept.noToken')}</p>
        </div>
      ) : session ? (
        <AcceptSignedIn token={token} />
      ) : (
        <AcceptAsNewPerson token={token} />
      )}
    </div>
  );
}

function AcceptSignedIn({ token }: { token: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [me] = useQuery({ query: MeDocument });
  const [state, accept] = useMutation(AcceptInvitationDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [details, setDetails] = useState<string[]>([]);

  const onAccept = async () => {
    if (state.fetching) return;
    const result = await outcome(accept({ input: { token } }));
    if (!result.ok) {
      setProblem(result.problem);
      setDetails(
        result.problem.kind === 'invalidInput' ? Object.values(result.problem.fields) : [],
      );
      return;
    }
    startSession(result.data.acceptInvitation);
    navigate('/', { replace: true });
  };

  return (
    <div className="panel">
      {me.data?.me && (
        <p>{t('accept.signedInAs', { name: me.data.me.name, email: me.data.me.email })}</p>
      )}
      <p>{t('accept.signedInIntro')}</p>
      <ProblemMessage problem={problem} details={details} />
      <button type="button" className="button" onClick={() => void onAccept()}>
        {state.fetching ? t('accept.busy') : t('accept.submit')}
      </button>
    </div>
  );
}

function AcceptAsNewPerson({ token }: { token: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [, accept] = useMutation(AcceptInvitationDocument);
  const form = useForm({
    initialValues: { name: '', password: '' },
    rules: {
      name: [required, maxLength(200)],
      password: [required, minLength(passwordMinLength), maxLength(200)],
    },
  });
  const here = `/invitations/accept?${new URLSearchParams({ token })}`;

  return (
    <>
      <p className="lead">{t('accept.intro')}</p>
      <form
        className="panel form"
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          const result = await outcome(
            accept({ input: { token, name: values.name.trim(), password: values.password } }),
          );
          if (!result.ok) return result.problem;
          startSession(result.data.acceptInvitation);
          navigate('/', { replace: true });
        })}
      >
        <ProblemMessage problem={form.problem} details={form.otherFieldErrors} />
        <TextField form={form} name="name" label={t('field.name')} autoComplete="name" required />
        <TextField
          form={form}
          name="password"
          label={t('field.newPassword')}
          hint={t('accept.passwordHint', { min: passwordMinLength })}
          type="password"
          autoComplete="new-password"
          required
        />
        <FormActions>
          <SubmitButton busy={form.submitting} busyLabel={t('accept.busy')}>
            {t('accept.submitNew')}
          </SubmitButton>
        </FormActions>
      </form>
      <p>
        {t('accept.haveAccount')} <Link to={signInPath(here)}>{t('accept.signInFirst')}</Link>
      </p>
    </>
  );
}
