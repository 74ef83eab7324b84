// Every migration, in order, imported rather than globbed (a compiled build keeps them).
// Migrations are never edited once they have landed on main: add a new one.
import { Initial1795345691880 } from './1795345691880-initial';

export const MIGRATIONS = [Initial1795345691880];
