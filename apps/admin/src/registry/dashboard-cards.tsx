// The home-page cards of the registry area.
import type { DashboardCard } from '../home/card';

export const registryCards: readonly DashboardCard[] = [];
