// The home-page cards of the discovery area.
import type { DashboardCard } from '../home/card';

export const discoveryCards: readonly DashboardCard[] = [];
