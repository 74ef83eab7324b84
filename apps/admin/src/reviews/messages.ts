// The texts of the reviews boards share: Dutch (the default) and English, with the same keys.
export const reviewsNl = {
  'reviews.risk.LOW': 'Laag risico',
  'reviews.risk.MEDIUM': 'Gemiddeld risico',
  'reviews.risk.HIGH': 'Hoog risico',
  'reviews.verdict.MEETS_MODEL': 'Voldoet aan het model',
  'reviews.verdict.DEVIATES_ACCEPTABLY': 'Wijkt aanvaardbaar af',
  'reviews.verdict.DEVIATES_UNACCEPTABLY': 'Wijkt onaanvaardbaar af',

  'reviews.section.title': 'Beoordelingen door besturen',
  'reviews.section.intro':
    'FG’s van besturen delen hier hun beoordeling van de voorwaarden van dit product, zodat andere besturen niet hetzelfde werk overdoen.',
  'reviews.section.none': 'Nog geen bestuur heeft een beoordeling van dit product gedeeld.',
  'reviews.section.count':
    '{count, plural, one {# beoordeling} other {# beoordelingen}}: {low} laag, {medium} gemiddeld, {high} hoog risico.',
  'reviews.section.write': 'Beoordeling delen',
  'reviews.section.more': 'Meer beoordelingen tonen',

  'reviews.review.by': 'Beoordeling door {board}',
  'reviews.review.byAnonymous': 'Beoordeling door een anoniem bestuur',
  'reviews.review.ownAnonymous':
    'Anoniem gedeeld: buiten {board} ziet niemand dat deze beoordeling van jullie is.',
  'reviews.review.meta': 'Gedeeld op {date}, over versie {version} van de privacybijsluiter.',
  'reviews.review.metaNoLeaflet': 'Gedeeld op {date}, zonder gepubliceerde privacybijsluiter.',
  'reviews.review.findings': 'Bevindingen per onderwerp',
  'reviews.review.topic': 'Onderwerp',
  'reviews.review.verdict': 'Oordeel',
  'reviews.review.note': 'Toelichting',
  'reviews.review.withdraw': 'Beoordeling intrekken',
  'reviews.review.withdrawTitle': 'Beoordeling intrekken?',
  'reviews.review.withdrawBinding':
    'Je trekt de beoordeling van {product} namens {board} in. Niemand buiten je bestuur ziet haar daarna nog; de audittrail bewaart haar.',
  'reviews.review.withdrawConfirm': 'Intrekken namens {board}',
  'reviews.review.withdrawing': 'Bezig met intrekken…',
  'reviews.review.withdrawn': 'De beoordeling is ingetrokken.',

  'reviews.response.title': 'Reactie van {vendor}',
  'reviews.response.at': 'Geplaatst op {date}.',
  'reviews.response.none': '{vendor} heeft nog niet gereageerd.',
  'reviews.response.label': 'Je reactie namens {vendor}',
  'reviews.response.hint':
    'Je kunt één keer reageren. Iedereen die de beoordeling leest, ziet je reactie erbij.',
  'reviews.response.submit': 'Reactie plaatsen',
  'reviews.response.confirmTitle': 'Reactie plaatsen?',
  'reviews.response.confirmBinding':
    'Je reageert namens {vendor} op deze beoordeling van {product}. Daarna kun je de reactie niet meer wijzigen.',
  'reviews.response.confirm': 'Reactie plaatsen namens {vendor}',
  'reviews.response.busy': 'Bezig met plaatsen…',
  'reviews.response.done': 'Je reactie staat bij de beoordeling.',

  'reviews.form.title': 'Beoordeling van {product} delen',
  'reviews.form.intro':
    'Je deelt je beoordeling met alle besturen, sectororganisaties en toezichthouders in Regie, en met {vendor}, dat er één keer op mag reageren.',
  'reviews.form.fromAgreement':
    'Ingevuld vanuit de beoordeelde afwijkingen van de verwerkersovereenkomst. Controleer het en vul aan voordat je deelt.',
  'reviews.form.notFg': 'Alleen de FG van een bestuur kan een beoordeling delen.',
  'reviews.form.board': 'Namens {board}',
  'reviews.form.leaflet': 'Beoordeelde versie van de privacybijsluiter',
  'reviews.form.leafletOption': 'Versie {version}',
  'reviews.form.leafletNone': 'Geen gepubliceerde privacybijsluiter',
  'reviews.form.riskLevel': 'Risico',
  'reviews.form.summary': 'Samenvatting',
  'reviews.form.summaryHint': 'Wat andere besturen vooral moeten weten, in een paar zinnen.',
  'reviews.form.findings': 'Bevindingen per onderwerp',
  'reviews.form.finding': 'Bevinding {number}',
  'reviews.form.topic': 'Onderwerp',
  'reviews.form.verdict': 'Oordeel',
  'reviews.form.note': 'Toelichting',
  'reviews.form.addFinding': 'Bevinding toevoegen',
  'reviews.form.removeFinding': 'Bevinding {number} verwijderen',
  'reviews.form.anonymous': 'Anoniem delen',
  'reviews.form.anonymousHint':
    'Buiten je bestuur ziet niemand welk bestuur de beoordeling schreef, ook {vendor} en de beheerders van Regie niet.',
  'reviews.form.anonymousWarning':
    'Let op: ook anoniem kan {vendor} uit de inhoud misschien afleiden van welk bestuur de beoordeling komt, bijvoorbeeld uit artikelnummers, data of afspraken die alleen jullie hebben.',
  'reviews.form.submit': 'Beoordeling delen',
  'reviews.form.cancel': 'Terug naar {product}',
  'reviews.form.confirmTitle': 'Beoordeling delen met de sector?',
  'reviews.form.confirmNamed':
    'Je deelt namens {board} een beoordeling van {product} met alle besturen, sectororganisaties en toezichthouders, en met {vendor}.',
  'reviews.form.confirmAnonymous':
    'Je deelt anoniem een beoordeling van {product} met alle besturen, sectororganisaties en toezichthouders, en met {vendor}. Buiten {board} ziet niemand welk bestuur haar schreef.',
  'reviews.form.confirmDetails':
    '{vendor} krijgt bericht en mag één keer reageren. Je kunt de beoordeling later intrekken.',
  'reviews.form.confirmNamedButton': 'Delen namens {board}',
  'reviews.form.confirmAnonymousButton': 'Anoniem delen',
  'reviews.form.busy': 'Bezig met delen…',
  'reviews.form.done': 'Je beoordeling van {product} is gedeeld.',

  'reviews.agreement.title': 'Beoordelingen door besturen',
  'reviews.agreement.line':
    '{count, plural, =0 {Nog geen bestuur beoordeelde deze versie van {product}.} one {# bestuur beoordeelde deze versie van {product}: {spread}.} other {# besturen beoordeelden deze versie van {product}: {spread}.}}',
  'reviews.agreement.part.LOW': '{count} laag risico',
  'reviews.agreement.part.MEDIUM': '{count} gemiddeld',
  'reviews.agreement.part.HIGH': '{count} hoog',
  'reviews.agreement.read': 'Beoordelingen van {product} lezen',
  'reviews.agreement.start': 'Beoordeling van {product} delen vanuit deze afwijkingen',
  'reviews.agreement.startHint':
    'De bevindingen worden ingevuld met je beoordeling van de afwijkingen; je kiest zelf of je anoniem deelt.',

} as const;

export const reviewsEn: Record<keyof typeof reviewsNl, string> = {
  'reviews.risk.LOW': 'Low risk',
  'reviews.risk.MEDIUM': 'Medium risk',
  'reviews.risk.HIGH': 'High risk',
  'reviews.verdict.MEETS_MODEL': 'Meets the model',
  'reviews.verdict.DEVIATES_ACCEPTABLY': 'Deviates acceptably',
  'reviews.verdict.DEVIATES_UNACCEPTABLY': 'Deviates unacceptably',

  'reviews.section.title': 'Reviews by boards',
  'reviews.section.intro':
    'Boards’ privacy officers share their review of this product’s terms here, so that other boards need not do the same work again.',
  'reviews.section.none': 'No board has shared a review of this product yet.',
  'reviews.section.count':
    '{count, plural, one {# review} other {# reviews}}: {low} low, {medium} medium, {high} high risk.',
  'reviews.section.write': 'Share a review',
  'reviews.section.more': 'Show more reviews',

  'reviews.review.by': 'Review by {board}',
  'reviews.review.byAnonymous': 'Review by an anonymous board',
  'reviews.review.ownAnonymous':
    'Shared anonymously: outside {board}, nobody sees that this review is yours.',
  'reviews.review.meta': 'Shared on {date}, about version {version} of the privacy leaflet.',
  'reviews.review.metaNoLeaflet': 'Shared on {date}, without a published privacy leaflet.',
  'reviews.review.findings': 'Findings per topic',
  'reviews.review.topic': 'Topic',
  'reviews.review.verdict': 'Verdict',
  'reviews.review.note': 'Note',
  'reviews.review.withdraw': 'Withdraw the review',
  'reviews.review.withdrawTitle': 'Withdraw the review?',
  'reviews.review.withdrawBinding':
    'You withdraw the review of {product} on behalf of {board}. Nobody outside your board sees it any more; the audit trail keeps it.',
  'reviews.review.withdrawConfirm': 'Withdraw on behalf of {board}',
  'reviews.review.withdrawing': 'Withdrawing…',
  'reviews.review.withdrawn': 'The review is withdrawn.',

  'reviews.response.title': 'Response of {vendor}',
  'reviews.response.at': 'Posted on {date}.',
  'reviews.response.none': '{vendor} has not responded yet.',
  'reviews.response.label': 'Your response on behalf of {vendor}',
  'reviews.response.hint':
    'You can respond once. Everyone who reads the review sees your response with it.',
  'reviews.response.submit': 'Post the response',
  'reviews.response.confirmTitle': 'Post the response?',
  'reviews.response.confirmBinding':
    'You respond on behalf of {vendor} to this review of {product}. You cannot change the response afterwards.',
  'reviews.response.confirm': 'Post the response on behalf of {vendor}',
  'reviews.response.busy': 'Posting…',
  'reviews.response.done': 'Your response is shown with the review.',

  'reviews.form.title': 'Share a review of {product}',
  'reviews.form.intro':
    'You share your review with every board, sector body and supervisor in Regie, and with {vendor}, which may respond once.',
  'reviews.form.fromAgreement':
    'Filled in from the assessed deviations of the processing agreement. Check it and add to it before you share it.',
  'reviews.form.notFg': 'Only a board’s privacy officer can share a review.',
  'reviews.form.board': 'On behalf of {board}',
  'reviews.form.leaflet': 'Version of the privacy leaflet reviewed',
  'reviews.form.leafletOption': 'Version {version}',
  'reviews.form.leafletNone': 'No published privacy leaflet',
  'reviews.form.riskLevel': 'Risk',
  'reviews.form.summary': 'Summary',
  'reviews.form.summaryHint': 'What other boards most need to know, in a few sentences.',
  'reviews.form.findings': 'Findings per topic',
  'reviews.form.finding': 'Finding {number}',
  'reviews.form.topic': 'Topic',
  'reviews.form.verdict': 'Verdict',
  'reviews.form.note': 'Note',
  'reviews.form.addFinding': 'Add a finding',
  'reviews.form.removeFinding': 'Remove finding {number}',
  'reviews.form.anonymous': 'Share anonymously',
  'reviews.form.anonymousHint':
    'Outside your board nobody sees which board wrote the review, not {vendor} and not Regie’s administrators either.',
  'reviews.form.anonymousWarning':
    'Mind: even when anonymous, {vendor} may still guess from the content which board wrote the review, for example from clause numbers, dates or arrangements only your board has.',
  'reviews.form.submit': 'Share the review',
  'reviews.form.cancel': 'Back to {product}',
  'reviews.form.confirmTitle': 'Share the review with the sector?',
  'reviews.form.confirmNamed':
    'You share a review of {product} on behalf of {board} with every board, sector body and supervisor, and with {vendor}.',
  'reviews.form.confirmAnonymous':
    'You share a review of {product} anonymously with every board, sector body and supervisor, and with {vendor}. Outside {board}, nobody sees which board wrote it.',
  'reviews.form.confirmDetails':
    '{vendor} is told and may respond once. You can withdraw the review later.',
  'reviews.form.confirmNamedButton': 'Share on behalf of {board}',
  'reviews.form.confirmAnonymousButton': 'Share anonymously',
  'reviews.form.busy': 'Sharing…',
  'reviews.form.done': 'Your review of {product} is shared.',

  'reviews.agreement.title': 'Reviews by boards',
  'reviews.agreement.line':
    '{count, plural, =0 {No board reviewed this version of {product} yet.} one {# board reviewed this version of {product}: {spread}.} other {# boards reviewed this version of {product}: {spread}.}}',
  'reviews.agreement.part.LOW': '{count} low risk',
  'reviews.agreement.part.MEDIUM': '{count} medium',
  'reviews.agreement.part.HIGH': '{count} high',
  'reviews.agreement.read': 'Read the reviews of {product}',
  'reviews.agreement.start': 'Share a review of {product} from these deviations',
  'reviews.agreement.startHint':
    'The findings are filled in with your assessment of the deviations; you choose whether to share anonymously.',

};
