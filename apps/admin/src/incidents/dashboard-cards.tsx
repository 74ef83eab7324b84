// The home-page cards of the incidents area.
import type { DashboardCard } from '../home/card';

export const incidentsCards: readonly DashboardCard[] = [];
