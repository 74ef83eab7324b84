// The texts of the areas of work (registry, agreements, procurement, vendor search, incidents,
// security advisories), both languages, in a chunk of their own: the sign-in page, most
// people's first page, does not need them. The signed-in routes load them before they render
// (router.tsx).
import { registryEn, registryNl } from '../registry/messages';
import { agreementsEn, agreementsNl } from '../agreements/messages';
import { procurementEn, procurementNl } from '../procurement/messages';
import { discoveryEn, discoveryNl } from '../discovery/messages';
import { incidentsEn, incidentsNl } from '../incidents/messages';
import { advisoriesEn, advisoriesNl } from '../advisories/messages';
import { subprocessorsEn, subprocessorsNl } from '../subprocessors/messages';
import { oversightEn, oversightNl } from '../oversight/messages';
import { reviewsEn, reviewsNl } from '../reviews/messages';
import { signalsEn, signalsNl } from '../signals/messages';
import { maturityEn, maturityNl } from '../maturity/messages';

export const areasNl = {
  ...registryNl,
  ...agreementsNl,
  ...procurementNl,
  ...discoveryNl,
  ...incidentsNl,
  ...advisoriesNl,
  ...subprocessorsNl,
  ...oversightNl,
  ...reviewsNl,
  ...signalsNl,
  ...maturityNl,
} as const;

export type AreaMessageKey = keyof typeof areasNl;

export const areasEn: Record<AreaMessageKey, string> = {
  ...registryEn,
  ...agreementsEn,
  ...procurementEn,
  ...discoveryEn,
  ...incidentsEn,
  ...advisoriesEn,
  ...subprocessorsEn,
  ...oversightEn,
  ...reviewsEn,
  ...signalsEn,
  ...maturityEn,
};
