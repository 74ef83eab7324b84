// The subprocessor changes' pages (each its own chunk) and their entry in the main navigation.
import { OrganisationKind } from '@regie/domain';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const subprocessorsRoutes: RouteObject[] = [
  {
    path: 'subprocessor-changes',
    lazy: () => import('./changes-page').then((m) => ({ Component: m.ChangesPage })),
  },
  {
    // Also the link in the e-mails and notifications of a change.
    path: 'products/:productId/subprocessor-changes/:changeId',
    lazy: () => import('./change-page').then((m) => ({ Component: m.ChangePage })),
  },
];

// Vendors announce them; boards are told of them.
export const subprocessorsNav: readonly NavItem[] = [
  {
    path: '/subprocessor-changes',
    label: 'subprocessors.nav',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.VENDOR ||
      membership.organisation.kind === OrganisationKind.BOARD,
  },
];
