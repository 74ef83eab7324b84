// The texts of the discovery area: Dutch (the default) and English, with the same keys.
export const discoveryNl = {} as const;

export const discoveryEn: Record<keyof typeof discoveryNl, string> = {};
