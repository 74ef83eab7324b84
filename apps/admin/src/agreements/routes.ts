// The agreements pages (each its own chunk) and their entries in the main navigation.
// The register and the general offers have paths of their own, so that the agreements entry
// of the navigation is not marked as the current page on them too.
import type { RouteObject } from 'react-router';
import type { NavItem, WorkContext } from '../layout/work-context';

export const agreementsRoutes: RouteObject[] = [
  {
    path: 'agreements',
    lazy: () => import('./agreements-page').then((m) => ({ Component: m.AgreementsPage })),
  },
  {
    path: 'agreements/new',
    lazy: () =>
      import('./create-agreement-page').then((m) => ({ Component: m.CreateAgreementPage })),
  },
  {
    path: 'processor-register',
    lazy: () => import('./register-page').then((m) => ({ Component: m.RegisterPage })),
  },
  {
    path: 'general-offers',
    lazy: () => import('./general-offers-page').then((m) => ({ Component: m.GeneralOffersPage })),
  },
  {
    path: 'agreements/:agreementId',
    lazy: () => import('./agreement-page').then((m) => ({ Component: m.AgreementPage })),
  },
];

const kind = ({ membership }: WorkContext) => membership.organisation.kind;

export const agreementsNav: readonly NavItem[] = [
  {
    path: '/agreements',
    label: 'agreements.nav.list',
    appliesTo: (c) => kind(c) === 'BOARD' || kind(c) === 'VENDOR',
  },
  {
    path: '/processor-register',
    label: 'agreements.nav.register',
    appliesTo: (c) => kind(c) === 'BOARD',
  },
  {
    path: '/general-offers',
    label: 'agreements.nav.offers',
    appliesTo: (c) => kind(c) === 'BOARD' || kind(c) === 'VENDOR',
  },
];
