// The texts of the sector signals (the product page and the comparison): Dutch (the default)
// and English, with the same keys.
export const signalsNl = {
  'signals.title': 'Wat besturen met dit product doen',
  'signals.compareRow': 'Wat besturen doen',
  'signals.rule':
    'Aantallen van 1 of 2 besturen tonen we niet, ook niet als ze af te leiden zijn uit een totaal: zo is geen bestuur herkenbaar.',
  'signals.ruleOwn':
    'Dit zijn jullie eigen klanten, dus je ziet de aantallen zoals ze zijn. Anderen zien aantallen van 1 of 2 besturen niet.',
  'signals.boards': 'Besturen met een verwerkersovereenkomst die nu geldt',
  'signals.inForce': 'Met een overeenkomst die nu geldt',
  'signals.withDeviations': 'Met afwijkingen van de modelovereenkomst',
  'signals.topics': 'Afwijkingen per onderwerp',
  'signals.topicsNone': 'Geen onderwerp om te tonen: een onderwerp staat hier vanaf 3 besturen.',
  'signals.topicsNoneOwn': 'Geen afwijkingen in overeenkomsten die nu gelden.',
  'signals.reviews': 'Reviews per risiconiveau',
  'signals.reviewCount': '{count, plural, =0 {Nog geen reviews} one {# review} other {# reviews}}',
  'signals.boardCount': '{count, plural, =0 {geen besturen} one {# bestuur} other {# besturen}}',
  'signals.reviewsOf': '{count, plural, =0 {geen reviews} one {# review} other {# reviews}}',
  'signals.hidden': 'niet getoond',
  'signals.generatedAt': 'Geteld op {at}; de telling wordt om de paar minuten bijgewerkt.',
  'signals.risk.LOW': 'Laag risico',
  'signals.risk.MEDIUM': 'Middelmatig risico',
  'signals.risk.HIGH': 'Hoog risico',
} as const;

export type SignalsMessageKey = keyof typeof signalsNl;

export const signalsEn: Record<SignalsMessageKey, string> = {
  'signals.title': 'What boards do with this product',
  'signals.compareRow': 'What boards do',
  'signals.rule':
    'We do not show counts of 1 or 2 boards, nor counts from which they could be worked out: no board can be recognised.',
  'signals.ruleOwn':
    'These are your own customers, so you see the counts as they are. Others do not see counts of 1 or 2 boards.',
  'signals.boards': 'Boards with a processing agreement in force',
  'signals.inForce': 'With an agreement in force',
  'signals.withDeviations': 'With deviations from the model agreement',
  'signals.topics': 'Deviations per topic',
  'signals.topicsNone': 'No topic to show: a topic is listed from 3 boards on.',
  'signals.topicsNoneOwn': 'No deviations in agreements in force.',
  'signals.generatedAt': 'Counted on {at}; the count is brought up to date every few minutes.',
  'signals.reviews': 'Reviews per risk level',
  'signals.reviewCount': '{count, plural, =0 {No reviews yet} one {# review} other {# reviews}}',
  'signals.boardCount': '{count, plural, =0 {no boards} one {# board} other {# boards}}',
  'signals.reviewsOf': '{count, plural, =0 {no reviews} one {# review} other {# reviews}}',
  'signals.hidden': 'not shown',
  'signals.risk.LOW': 'Low risk',
  'signals.risk.MEDIUM': 'Medium risk',
  'signals.risk.HIGH': 'High risk',
};
