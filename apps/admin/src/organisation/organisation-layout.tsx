// One organisation's pages (profile, members, invitations, API tokens, audit trail) under a
// shared heading and tab navigation. A tab shows only when the viewer's roles allow its page.
import { OrganisationDocument, type OrganisationProfileFragment } from '@regie/graphql-client';
import { NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { DataState } from '../ui/data-state';

export interface OrganisationContext {
  readonly organisation: OrganisationProfileFragment;
  /** Re-reads the profile after a change, or for a reload after STALE_VERSION. */
  reload(): void;
}

export function useOrganisation(): OrganisationContext {
  return useOutletContext<OrganisationContext>();
}

export function OrganisationLayout() {
  const { t } = useI18n();
  const { user } = useViewer();
  const organisationId = useParams().organisationId ?? '';
  const [result, reexecute] = useQuery({
    query: OrganisationDocument,
    variables: { id: organisationId },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const organisation = result.data?.organisation;

  if (result.data && !organisation) return <NotFoundPage />;

  const base = `/organisations/${organisationId}`;
  const tabs = [
    { to: base, label: t('organisation.tab.profile'), show: true, end: true },
    {
      to: `${base}/members`,
      label: t('organisation.tab.members'),
      show: may(user, 'members', organisationId),
    },
    {
      to: `${base}/invitations`,
      label: t('organisation.tab.invitations'),
      show: may(user, 'invitations', organisationId),
    },
    {
      to: `${base}/api-tokens`,
      label: t('organisation.tab.apiTokens'),
      show: may(user, 'apiTokens', organisationId),
    },
    {
      to: `${base}/audit`,
      label: t('organisation.tab.audit'),
      show: may(user, 'auditEvents', organisationId),
    },
  ].filter((tab) => tab.show);

  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      hasData={Boolean(organisation)}
      retry={reload}
    >
      {organisation && (
        <>
          <p className="eyebrow">
            {organisation.name} · {t(`kind.${organisation.kind}`)}
          </p>
          <nav
            className="tabs"
            aria-label={t('organisation.tabsLabel', { organisation: organisation.name })}
          >
            <ul>
              {tabs.map((tab) => (
                <li key={tab.to}>
                  <NavLink to={tab.to} end={tab.end}>
                    {tab.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <Outlet context={{ organisation, reload } satisfies OrganisationContext} />
        </>
      )}
    </DataState>
  );
}
