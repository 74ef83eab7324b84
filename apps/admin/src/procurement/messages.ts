// The texts of the procurement area: Dutch (the default) and English, with the same keys.
export const procurementNl = {} as const;

export const procurementEn: Record<keyof typeof procurementNl, string> = {};
