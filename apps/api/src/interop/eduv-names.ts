// The Edu-V spelling of Regie's enumerations (interop/edu-v-dpa-api.md, v0.9.1).
import { EduvDataService } from '@regie/domain';

export const EDUV_ECOSYSTEM = 'Edu-V';

/** Each data service as the Edu-V API names it, exactly (case included). */
export const EDUV_DATA_SERVICE_NAMES: Readonly<Record<EduvDataService, string>> = {
  [EduvDataService.ONDERWIJSAANBOD]: 'Onderwijsaanbod',
  [EduvDataService.ONDERWIJSINRICHTING]: 'Onderwijsinrichting',
  [EduvDataService.ONDERWIJSDEELNEMERS]: 'Onderwijsdeelnemers',
  [EduvDataService.ONDERWIJSMEDEWERKERS]: 'Onderwijsmedewerkers',
  [EduvDataService.LEVERINGSORDERS]: 'Leveringsorders',
  [EduvDataService.AANSPRAKEN]: 'Aanspraken',
  [EduvDataService.LEERMIDDELGEBRUIK]: 'Leermiddelgebruik',
  [EduvDataService.LEERMATERIAALGEBRUIK]: 'Leermateriaalgebruik',
  [EduvDataService.LEERRESULTATEN]: 'Leerresultaten',
};

const BY_NAME = new Map(
  Object.entries(EDUV_DATA_SERVICE_NAMES).map(([service, name]) => [
    name,
    service as EduvDataService,
  ]),
);

/** The data service an Edu-V name stands for; undefined when it names none. */
export function eduvDataService(name: string): EduvDataService | undefined {
  return BY_NAME.get(name);
}
