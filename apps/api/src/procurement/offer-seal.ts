// Offers are sealed (DOMAIN.md): their audit events are readable only by the vendor
// until the tender enters EVALUATION, when the seal with this key is lifted.

/** The seal key of a tender's offers in the audit trail. */
export const offerSealKey = (tenderId: string) => `tender:${tenderId}`;
