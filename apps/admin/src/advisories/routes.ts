// The security advisories pages (each its own chunk) and their entry in the main navigation.
import { OrganisationKind } from '@regie/domain';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const advisoriesRoutes: RouteObject[] = [
  {
    path: 'advisories',
    lazy: () => import('./advisories-page').then((m) => ({ Component: m.AdvisoriesPage })),
  },
  {
    path: 'advisories/new',
    lazy: () =>
      import('./publish-advisory-page').then((m) => ({ Component: m.PublishAdvisoryPage })),
  },
  {
    path: 'advisories/import',
    lazy: () => import('./import-csaf-page').then((m) => ({ Component: m.ImportCsafPage })),
  },
  {
    // Also the link in the notifications and e-mails of an advisory.
    path: 'advisories/:advisoryId',
    lazy: () => import('./advisory-page').then((m) => ({ Component: m.AdvisoryPage })),
  },
];

// The CERT publishes, boards answer, everyone signed in reads what the TLP label allows; the
// platform's own organisation works elsewhere.
export const advisoriesNav: readonly NavItem[] = [
  {
    path: '/advisories',
    label: 'advisories.nav',
    appliesTo: ({ membership }) => membership.organisation.kind !== OrganisationKind.PLATFORM,
  },
];
