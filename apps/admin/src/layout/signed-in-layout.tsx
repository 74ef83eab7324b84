// The frame of every signed-in screen. Without a session (never had one, signed out, or ended
// by the API) it sends the person to the sign-in page with the way back to where they were.
import { UpdateMeDocument } from '@regie/graphql-client';
import { useCallback } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { isPlatformAdmin } from '../auth/permissions';
import { signInPath } from '../auth/return-to';
import { lastEndReason, useSession } from '../auth/session';
import { useSessionRenewal } from '../auth/session-renewal';
import { ProblemMessage } from '../forms/problem-message';
import { toApiLocale, useI18n, type Locale } from '../i18n';
import { LanguageSwitch } from '../language-switch';
import { registryNav } from '../registry/routes';
import { agreementsNav } from '../agreements/routes';
import { procurementNav } from '../procurement/routes';
import { discoveryNav } from '../discovery/routes';
import { incidentsNav } from '../incidents/routes';
import { advisoriesNav } from '../advisories/routes';
import { subprocessorsNav } from '../subprocessors/routes';
import { oversightNav } from '../oversight/routes';
import { maturityNav } from '../maturity/routes';
import { NotificationsLink } from '../notifications/notifications-link';
import { OrganisationSwitcher } from './organisation-switcher';
import { PageFrame } from './page-frame';
import { UserMenu } from './user-menu';
import { useViewer, ViewerProvider } from './viewer';

// The areas' entries, in the order people meet the work: the register, agreements, incidents,
// security advisories, finding vendors, collective procurement, the sector overview.
const areaNavItems = [
  ...registryNav,
  ...agreementsNav,
  ...incidentsNav,
  ...advisoriesNav,
  ...subprocessorsNav,
  ...maturityNav,
  ...discoveryNav,
  ...procurementNav,
  ...oversightNav,
];

export function SignedInLayout() {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (!session) {
    const reason = lastEndReason();
    // Signing out is deliberate: the next sign-in starts at home, not where this one ended.
    const here = reason === 'signedOut' ? '/' : location.pathname + location.search + location.hash;
    return <Navigate to={signInPath(here, reason ?? undefined)} replace />;
  }
  return (
    <ViewerProvider
      fallback={(problem, retry) => (
        <PageFrame header={<LanguageSwitch />}>
          {problem ? (
            <>
              <ProblemMessage problem={problem} />
              <button type="button" className="button" onClick={retry}>
                {t('action.retry')}
              </button>
            </>
          ) : (
            <p role="status">{t('loading')}</p>
          )}
        </PageFrame>
      )}
    >
      <SignedInFrame />
    </ViewerProvider>
  );
}

function SignedInFrame() {
  const { t } = useI18n();
  useSessionRenewal();
  const { user, current } = useViewer();
  const [, updateMe] = useMutation(UpdateMeDocument);
  // The language is also a setting of the account, so it follows the person to other devices.
  const saveLocale = useCallback(
    (locale: Locale) => void updateMe({ input: { locale: toApiLocale(locale) } }),
    [updateMe],
  );
  const platformAdmin = isPlatformAdmin(user);
  const areaNav = current
    ? areaNavItems.filter((item) => item.appliesTo({ user, membership: current }))
    : [];

  const nav = (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul className="container site-nav__list">
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        {current && (
          <li>
            <NavLink to={`/organisations/${current.organisation.id}`}>
              {t('nav.organisation')}
            </NavLink>
          </li>
        )}
        {areaNav.map((item) => (
          <li key={item.path}>
            <NavLink to={item.path}>{t(item.label)}</NavLink>
          </li>
        ))}
        {platformAdmin && (
          <>
            <li>
              <NavLink to="/platform/organisations">{t('nav.organisations')}</NavLink>
            </li>
            <li>
              <NavLink to="/platform/audit">{t('nav.audit')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );

  return (
    <PageFrame
      nav={nav}
      header={
        <>
          <OrganisationSwitcher />
          <NotificationsLink />
          <LanguageSwitch onChange={saveLocale} />
          <UserMenu />
        </>
      }
    >
      <Outlet />
    </PageFrame>
  );
}
