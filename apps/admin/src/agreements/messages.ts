// The texts of the agreements area: Dutch (the default) and English, with the same keys.
export const agreementsNl = {} as const;

export const agreementsEn: Record<keyof typeof agreementsNl, string> = {};
