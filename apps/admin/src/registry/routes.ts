// The registry pages (each its own chunk) and their entries in the main navigation.
import type { RouteObject } from 'react-router';
import { may } from '../auth/permissions';
import type { NavItem } from '../layout/work-context';

export const registryRoutes: RouteObject[] = [
  {
    path: 'products',
    lazy: () => import('./products-page').then((m) => ({ Component: m.ProductsPage })),
  },
  {
    path: 'products/new',
    lazy: () => import('./product-form-page').then((m) => ({ Component: m.ProductFormPage })),
  },
  {
    path: 'products/:productId',
    lazy: () => import('./product-page').then((m) => ({ Component: m.ProductPage })),
  },
  {
    path: 'products/:productId/edit',
    lazy: () => import('./product-form-page').then((m) => ({ Component: m.ProductFormPage })),
  },
  {
    path: 'products/:productId/leaflet',
    lazy: () => import('./leaflet-draft-page').then((m) => ({ Component: m.LeafletDraftPage })),
  },
  {
    path: 'attestations',
    lazy: () => import('./attestations-page').then((m) => ({ Component: m.AttestationsPage })),
  },
  {
    path: 'attestations/new',
    lazy: () => import('./attestation-new-page').then((m) => ({ Component: m.AttestationNewPage })),
  },
  {
    path: 'attestations/access-requests',
    lazy: () => import('./access-requests-page').then((m) => ({ Component: m.AccessRequestsPage })),
  },
  {
    path: 'attestations/:attestationId',
    lazy: () => import('./attestation-page').then((m) => ({ Component: m.AttestationPage })),
  },
  {
    path: 'vendors/:vendorId/attestations',
    lazy: () => import('./attestations-page').then((m) => ({ Component: m.AttestationsPage })),
  },
  {
    path: 'verification',
    lazy: () => import('./verification-page').then((m) => ({ Component: m.VerificationPage })),
  },
];

const kind = (context: Parameters<NavItem['appliesTo']>[0]) => context.membership.organisation.kind;

export const registryNav: readonly NavItem[] = [
  {
    path: '/products',
    label: 'registry.nav.products',
    appliesTo: (c) => kind(c) === 'VENDOR',
  },
  {
    // Vendors keep theirs here; boards and sector bodies look up those of vendors.
    path: '/attestations',
    label: 'registry.nav.attestations',
    appliesTo: (c) => kind(c) !== 'PLATFORM',
  },
  {
    path: '/verification',
    label: 'registry.nav.verification',
    appliesTo: (c) => may(c.user, 'verifyAttestation', c.membership.organisation.id),
  },
];
