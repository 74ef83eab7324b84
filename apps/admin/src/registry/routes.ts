// The registry pages (each its own chunk) and their entries in the main navigation.
import type { RouteObject } from 'react-router';
import type { NavItem } from '../layout/work-context';

export const registryRoutes: RouteObject[] = [];

export const registryNav: readonly NavItem[] = [];
