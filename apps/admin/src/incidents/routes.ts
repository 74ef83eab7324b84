// The incidents pages (each its own chunk) and their entries in the main navigation.
import { OrganisationKind } from '@regie/domain';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const incidentsRoutes: RouteObject[] = [
  {
    path: 'incidents',
    lazy: () => import('./incidents-page').then((m) => ({ Component: m.IncidentsPage })),
  },
  {
    path: 'incidents/report',
    lazy: () => import('./report-incident-page').then((m) => ({ Component: m.ReportIncidentPage })),
  },
  {
    // Also the link in the e-mails and notifications of an incident.
    path: 'incidents/:incidentId',
    lazy: () => import('./incident-page').then((m) => ({ Component: m.IncidentPage })),
  },
];

// Boards see the incidents that affect them, vendors their own, sector bodies the counts.
export const incidentsNav: readonly NavItem[] = [
  {
    path: '/incidents',
    label: 'incidents.nav',
    appliesTo: ({ membership }) => membership.organisation.kind !== OrganisationKind.PLATFORM,
  },
];
