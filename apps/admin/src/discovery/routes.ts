// The discovery pages (each its own chunk) and their entries in the main navigation.
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const discoveryRoutes: RouteObject[] = [
  {
    path: 'vendors',
    lazy: () => import('./vendor-search-page').then((m) => ({ Component: m.VendorSearchPage })),
  },
  {
    path: 'vendors/compare',
    lazy: () => import('./compare-page').then((m) => ({ Component: m.ComparePage })),
  },
  {
    path: 'vendors/:vendorId',
    lazy: () => import('./vendor-page').then((m) => ({ Component: m.VendorPage })),
  },
];

// Products, leaflets and public attestations are for everyone signed in.
export const discoveryNav: readonly NavItem[] = [
  { path: '/vendors', label: 'discovery.nav', appliesTo: () => true },
];
