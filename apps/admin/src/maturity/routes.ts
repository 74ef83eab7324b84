// A board's maturity (each page its own chunk) and its entry in the main navigation.
import { OrganisationKind } from '@regie/domain';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const maturityRoutes: RouteObject[] = [
  {
    path: 'maturity',
    lazy: () => import('./maturity-page').then((m) => ({ Component: m.MaturityPage })),
  },
  {
    path: 'maturity/assessments/:assessmentId',
    lazy: () =>
      import('./maturity-assessment-page').then((m) => ({ Component: m.MaturityAssessmentPage })),
  },
];

// A board's own: every member reads it; its FG and admins assess.
export const maturityNav: readonly NavItem[] = [
  {
    path: '/maturity',
    label: 'maturity.nav',
    appliesTo: ({ membership }) => membership.organisation.kind === OrganisationKind.BOARD,
  },
];
