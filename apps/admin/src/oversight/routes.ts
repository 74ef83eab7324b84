// The sector overview (issue #16): its page and its entry in the main navigation, for members
// of boards and sector bodies, a supervisor's inspectors and the platform admin.
import type { RouteObject } from 'react-router';
import { may } from '../auth/permissions';
import type { NavItem } from '../layout/work-context';

export const oversightRoutes: RouteObject[] = [
  {
    path: 'sector-overview',
    lazy: () => import('./sector-overview-page').then((m) => ({ Component: m.SectorOverviewPage })),
  },
];

export const oversightNav: readonly NavItem[] = [
  {
    path: '/sector-overview',
    label: 'oversight.nav',
    appliesTo: ({ user, membership }) => may(user, 'sectorOverview', membership.organisation.id),
  },
];
