// The discovery pages (each its own chunk) and their entries in the main navigation.
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const discoveryRoutes: RouteObject[] = [];

export const discoveryNav: readonly NavItem[] = [];
