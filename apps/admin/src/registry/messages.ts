// The texts of the registry area: Dutch (the default) and English, with the same keys.
export const registryNl = {} as const;

export const registryEn: Record<keyof typeof registryNl, string> = {};
