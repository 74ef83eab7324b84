// The admin's routes. Every page is its own chunk, loaded when first visited, so that the
// sign-in page (most people's first page) loads only what it needs.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicLayout } from './layout/public-layout';
import { RouteError } from './layout/route-error';
import { loadAreaMessages } from './i18n';
import { SignedInLayout } from './layout/signed-in-layout';
import { registryRoutes } from './registry/routes';
import { agreementsRoutes } from './agreements/routes';
import { procurementRoutes } from './procurement/routes';
import { discoveryRoutes } from './discovery/routes';
import { incidentsRoutes } from './incidents/routes';
import { advisoriesRoutes } from './advisories/routes';
import { subprocessorsRoutes } from './subprocessors/routes';
import { oversightRoutes } from './oversight/routes';
import { reviewsRoutes } from './reviews/routes';
import { maturityRoutes } from './maturity/routes';

export const routes: RouteObject[] = [
  {
    ErrorBoundary: RouteError,
    // The first chunk of a page is loading: the static shell in index.html stays visible.
    HydrateFallback: () => null,
    children: [
      {
        Component: PublicLayout,
        children: [
          {
            path: 'sign-in',
            lazy: () => import('./sign-in/sign-in-page').then((m) => ({ Component: m.SignInPage })),
          },
          {
            path: 'sign-in/complete',
            lazy: () =>
              import('./sign-in/sign-in-complete-page').then((m) => ({
                Component: m.SignInCompletePage,
              })),
          },
          {
            path: 'invitations/accept',
            lazy: () =>
              import('./sign-in/accept-invitation-page').then((m) => ({
                Component: m.AcceptInvitationPage,
              })),
          },
        ],
      },
      {
        Component: SignedInLayout,
        // The areas' texts come with the first signed-in page, in a chunk of their own.
        loader: () => loadAreaMessages().then(() => null),
        shouldRevalidate: () => false,
        children: [
          {
            index: true,
            lazy: () => import('./home/home-page').then((m) => ({ Component: m.HomePage })),
          },
          {
            path: 'profile',
            lazy: () =>
              import('./profile/profile-page').then((m) => ({ Component: m.ProfilePage })),
          },
          {
            path: 'organisations/:organisationId',
            lazy: () =>
              import('./organisation/organisation-layout').then((m) => ({
                Component: m.OrganisationLayout,
              })),
            children: [
              {
                index: true,
                lazy: () =>
                  import('./organisation/organisation-profile-page').then((m) => ({
                    Component: m.OrganisationProfilePage,
                  })),
              },
              {
                path: 'members',
                lazy: () =>
                  import('./organisation/members-page').then((m) => ({ Component: m.MembersPage })),
              },
              {
                path: 'invitations',
                lazy: () =>
                  import('./organisation/invitations-page').then((m) => ({
                    Component: m.InvitationsPage,
                  })),
              },
              {
                path: 'api-tokens',
                lazy: () =>
                  import('./organisation/api-tokens-page').then((m) => ({
                    Component: m.ApiTokensPage,
                  })),
              },
              {
                path: 'audit',
                lazy: () =>
                  import('./audit/organisation-audit-page').then((m) => ({
                    Component: m.OrganisationAuditPage,
                  })),
              },
            ],
          },
          {
            path: 'notifications',
            lazy: () =>
              import('./notifications/notifications-page').then((m) => ({
                Component: m.NotificationsPage,
              })),
          },
          {
            path: 'platform/organisations',
            lazy: () =>
              import('./platform/organisations-page').then((m) => ({
                Component: m.OrganisationsPage,
              })),
          },
          {
            path: 'platform/organisations/new',
            lazy: () =>
              import('./platform/create-organisation-page').then((m) => ({
                Component: m.CreateOrganisationPage,
              })),
          },
          {
            path: 'platform/audit',
            lazy: () =>
              import('./audit/platform-audit-page').then((m) => ({
                Component: m.PlatformAuditPage,
              })),
          },
          ...registryRoutes,
          ...agreementsRoutes,
          ...procurementRoutes,
          ...discoveryRoutes,
          ...incidentsRoutes,
          ...advisoriesRoutes,
          ...oversightRoutes,
          ...subprocessorsRoutes,
          ...reviewsRoutes,
          ...maturityRoutes,
          {
            path: '*',
            lazy: () => import('./not-found-page').then((m) => ({ Component: m.NotFoundPage })),
          },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
