// The home-page cards of the agreements area.
import type { DashboardCard } from '../home/card';

export const agreementsCards: readonly DashboardCard[] = [];
