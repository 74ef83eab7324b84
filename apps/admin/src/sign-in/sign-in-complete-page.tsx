// Where the API's SSO callback lands: the token is in the fragment (never sent to a server or
// written to logs), taken into the session and wiped from the address bar at once.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { startSession } from '../auth/session';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { parseSsoFragment } from './oidc';

export function SignInCompletePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  // Read once, before the effect wipes the fragment (an effect may run twice in development).
  const [result] = useState(() => parseSsoFragment(window.location.hash));

  useEffect(() => {
    window.history.replaceState(window.history.state, '', window.location.pathname);
    if (!result) {
      navigate('/sign-in?error=sso_failed', { replace: true });
      return;
    }
    startSession({ accessToken: result.accessToken, expiresAt: result.expiresAt });
    navigate(result.returnTo, { replace: true });
  }, [navigate, result]);

  return (
    <>
      <PageHeading title={t('signIn.completing')} />
      <p role="status">{t('loading')}</p>
    </>
  );
}
