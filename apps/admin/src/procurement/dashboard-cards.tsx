// The home-page cards of the procurement area.
import type { DashboardCard } from '../home/card';

export const procurementCards: readonly DashboardCard[] = [];
