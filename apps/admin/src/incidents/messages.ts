// The texts of the incidents area: Dutch (the default) and English, with the same keys.
export const incidentsNl = {} as const;

export const incidentsEn: Record<keyof typeof incidentsNl, string> = {};
