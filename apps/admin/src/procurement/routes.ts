// The procurement pages (each its own chunk) and their entries in the main navigation.
import type { RouteObject } from 'react-router';
import type { NavItem, WorkContext } from '../layout/work-context';

export const procurementRoutes: RouteObject[] = [
  {
    path: 'procurement/tenders',
    lazy: () => import('./tenders-page').then((m) => ({ Component: m.TendersPage })),
  },
  {
    path: 'procurement/tenders/new',
    lazy: () => import('./tender-form-page').then((m) => ({ Component: m.NewTenderPage })),
  },
  {
    path: 'procurement/tenders/:tenderId',
    lazy: () => import('./tender-page').then((m) => ({ Component: m.TenderPage })),
  },
  {
    path: 'procurement/tenders/:tenderId/edit',
    lazy: () => import('./tender-form-page').then((m) => ({ Component: m.EditTenderPage })),
  },
  {
    path: 'procurement/deals',
    lazy: () => import('./deals-page').then((m) => ({ Component: m.DealsPage })),
  },
  {
    path: 'procurement/deals/new',
    lazy: () => import('./new-deal-page').then((m) => ({ Component: m.NewDealPage })),
  },
  {
    path: 'procurement/deals/:dealId',
    lazy: () => import('./deal-page').then((m) => ({ Component: m.DealPage })),
  },
  {
    path: 'procurement/standards',
    lazy: () => import('./standards-page').then((m) => ({ Component: m.StandardsPage })),
  },
  {
    path: 'procurement/standards/new',
    lazy: () => import('./new-standard-page').then((m) => ({ Component: m.NewStandardPage })),
  },
  {
    path: 'procurement/standards/:standardId',
    lazy: () => import('./standard-page').then((m) => ({ Component: m.StandardPage })),
  },
  {
    path: 'procurement/assessments/:assessmentId',
    lazy: () => import('./assessment-page').then((m) => ({ Component: m.AssessmentPage })),
  },
];

const kindOf = (c: WorkContext) => c.membership.organisation.kind;

export const procurementNav: readonly NavItem[] = [
  {
    path: '/procurement/tenders',
    label: 'procurement.nav.tenders',
    // Boards register demand, vendors offer, sector bodies run them.
    appliesTo: (c) => ['BOARD', 'VENDOR', 'SECTOR_BODY'].includes(kindOf(c)),
  },
  {
    path: '/procurement/deals',
    label: 'procurement.nav.deals',
    appliesTo: (c) => ['BOARD', 'VENDOR', 'SECTOR_BODY'].includes(kindOf(c)),
  },
  {
    path: '/procurement/standards',
    label: 'procurement.nav.standards',
    // Sector bodies write and review them; vendors assess their products against them.
    appliesTo: (c) => ['VENDOR', 'SECTOR_BODY'].includes(kindOf(c)),
  },
];
