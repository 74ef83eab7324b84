// The texts of the subprocessor changes (GDPR art. 28(2)): Dutch (the default) and English,
// with the same keys.
export const subprocessorsNl = {
  'subprocessors.nav': 'Wijzigingen subverwerkers',
  'subprocessors.status.ANNOUNCED': 'Aangekondigd',
  'subprocessors.status.IN_EFFECT': 'Ingegaan',
  'subprocessors.status.WITHDRAWN': 'Ingetrokken',

  'subprocessors.diff.caption': 'Wat verandert aan de subverwerkers',
  'subprocessors.diff.change': 'Wijziging',
  'subprocessors.diff.added': 'Erbij',
  'subprocessors.diff.removed': 'Vervalt',
  'subprocessors.diff.name': 'Subverwerker',
  'subprocessors.diff.service': 'Dienst',
  'subprocessors.diff.country': 'Land',
  'subprocessors.diff.transfer': 'Doorgiftemechanisme',
  'subprocessors.diff.inEea': 'binnen de EER',
  'subprocessors.diff.outsideEea': 'buiten de EER',

  'subprocessors.announce.title': 'Gewijzigde subverwerkers aankondigen',
  'subprocessors.announce.intro':
    'Dit concept voegt subverwerkers toe of vervangt ze. Besturen met een verwerkersovereenkomst op dit product moet je dat ten minste 30 dagen vooraf laten weten (AVG art. 28 lid 2); hun FG kan tot de dag ervoor bezwaar maken. Zonder overeenkomst in werking kun je het concept gewoon publiceren.',
  'subprocessors.announce.effectiveOn': 'Gaat in op',
  'subprocessors.announce.effectiveOnHint': 'Op zijn vroegst {date}.',
  'subprocessors.announce.tooSoon': 'Kies {date} of later: ten minste 30 dagen na vandaag.',
  'subprocessors.announce.submit': 'Wijziging subverwerkers aankondigen',
  'subprocessors.announce.confirmTitle': 'Wijziging subverwerkers aankondigen?',
  'subprocessors.announce.confirmBinding':
    'Je kondigt namens {vendor} aan dat de subverwerkers van {product} op {date} veranderen. Alle besturen met een verwerkersovereenkomst op {product} krijgen nu bericht.',
  'subprocessors.announce.confirmDetails':
    'Het concept ligt vanaf nu vast: je kunt het niet meer bewerken tot je de wijziging intrekt. Op {date} publiceert Regie het als nieuwe versie.',
  'subprocessors.announce.confirm': 'Aankondigen namens {vendor}',
  'subprocessors.announce.busy': 'Bezig met aankondigen…',
  'subprocessors.announce.done':
    'De wijziging is aangekondigd. {count, plural, =0 {Er is nu geen bestuur met een overeenkomst in werking om in te lichten.} one {# bestuur is ingelicht.} other {# besturen zijn ingelicht.}}',
  'subprocessors.announced.text':
    'Dit concept is aangekondigd als wijziging van subverwerkers per {date}. Het ligt vast tot die datum; dan publiceert Regie het.',
  'subprocessors.announced.link': 'Naar de wijziging en de bezwaren',

  'subprocessors.product.title': 'Wijzigingen van subverwerkers',
  'subprocessors.product.none': 'Er zijn geen wijzigingen van subverwerkers aangekondigd.',
  'subprocessors.product.item': '{status} · gaat in op {date}',

  'subprocessors.change.title': 'Wijziging subverwerkers: {product}',
  'subprocessors.change.notFound': 'Deze wijziging bestaat niet, of je mag haar niet zien.',
  'subprocessors.change.facts': 'Gegevens van de wijziging',
  'subprocessors.change.vendor': 'Leverancier',
  'subprocessors.change.product': 'Product',
  'subprocessors.change.status': 'Status',
  'subprocessors.change.announcedAt': 'Aangekondigd op',
  'subprocessors.change.effectiveOn': 'Gaat in op',
  'subprocessors.change.lastObjectionDay': 'Bezwaar maken kan tot en met',
  'subprocessors.change.notifiedBoards': 'Ingelichte besturen',
  'subprocessors.change.objectionCount': 'Bezwaren',
  'subprocessors.change.hiddenCount': 'niet getoond (te weinig besturen)',
  'subprocessors.change.what': 'Wat verandert',
  'subprocessors.change.leaflet': 'De aangekondigde privacybijsluiter (versie {version})',
  'subprocessors.change.objections': 'Bezwaren',
  'subprocessors.change.noObjections': 'Er is geen bezwaar gemaakt.',
  'subprocessors.change.objectedBy': '{person}, {date}',
  'subprocessors.change.back': 'Naar het product',

  'subprocessors.object.title': 'Bezwaar maken',
  'subprocessors.object.intro':
    'Als FG van {board} kun je tot en met {date} bezwaar maken tegen deze wijziging. {vendor} ziet je bezwaar en de reden; samen zoeken jullie een oplossing, zoals het beëindigen van de overeenkomst.',
  'subprocessors.object.reason': 'Reden van het bezwaar',
  'subprocessors.object.submit': 'Bezwaar maken namens {board}',
  'subprocessors.object.busy': 'Bezig met versturen…',
  'subprocessors.object.done': 'Je bezwaar is vastgelegd; {vendor} heeft bericht gekregen.',
  'subprocessors.object.closed': 'Bezwaar maken kon tot en met {date}.',

  'subprocessors.withdraw.button': 'Wijziging intrekken',
  'subprocessors.withdraw.confirmTitle': 'Wijziging subverwerkers intrekken?',
  'subprocessors.withdraw.confirmBinding':
    'Je trekt namens {vendor} de aangekondigde wijziging van de subverwerkers van {product} in. De ingelichte besturen krijgen bericht dat ze niet doorgaat.',
  'subprocessors.withdraw.confirmDetails':
    'Het concept kun je daarna weer bewerken. Wil je de subverwerkers later toch wijzigen, dan kondig je dat opnieuw aan, weer ten minste 30 dagen vooraf.',
  'subprocessors.withdraw.confirm': 'Intrekken namens {vendor}',
  'subprocessors.withdraw.done':
    'De wijziging is ingetrokken; de besturen hebben bericht gekregen.',

  'subprocessors.list.title': 'Wijzigingen van subverwerkers',
  'subprocessors.list.lead':
    'Leveranciers kondigen een wijziging van subverwerkers ten minste 30 dagen vooraf aan bij de besturen met een verwerkersovereenkomst op het product (AVG art. 28 lid 2).',
  'subprocessors.list.none': 'Er zijn geen wijzigingen van subverwerkers die je mag zien.',
  'subprocessors.list.count': '{count, plural, one {# wijziging} other {# wijzigingen}}',
  'subprocessors.list.product': 'Product',
  'subprocessors.list.vendor': 'Leverancier',
  'subprocessors.list.status': 'Status',
  'subprocessors.list.effectiveOn': 'Gaat in op',
  'subprocessors.list.objections': 'Bezwaren',

  'subprocessors.card.boardTitle': 'Aangekondigde wijzigingen van subverwerkers',
  'subprocessors.card.boardText': 'Bezwaar maken kan tot de dag voor de ingangsdatum.',
  'subprocessors.card.boardNone': 'Er is geen wijziging van subverwerkers aangekondigd.',
  'subprocessors.card.boardItem': 'gaat in op {date}',
  'subprocessors.card.vendorTitle': 'Bezwaren tegen je aangekondigde wijzigingen',
  'subprocessors.card.vendorNone': 'Er is geen wijziging van subverwerkers aangekondigd.',
  'subprocessors.card.vendorItem':
    '{count, plural, =0 {geen bezwaar} one {# bezwaar} other {# bezwaren}} · gaat in op {date}',
  'subprocessors.card.more': 'en nog {count}',
  'subprocessors.card.link': 'Alle wijzigingen van subverwerkers',
} as const;

export const subprocessorsEn: Record<keyof typeof subprocessorsNl, string> = {
  'subprocessors.nav': 'Subprocessor changes',
  'subprocessors.status.ANNOUNCED': 'Announced',
  'subprocessors.status.IN_EFFECT': 'In effect',
  'subprocessors.status.WITHDRAWN': 'Withdrawn',

  'subprocessors.diff.caption': 'What changes in the subprocessors',
  'subprocessors.diff.change': 'Change',
  'subprocessors.diff.added': 'Added',
  'subprocessors.diff.removed': 'Removed',
  'subprocessors.diff.name': 'Subprocessor',
  'subprocessors.diff.service': 'Service',
  'subprocessors.diff.country': 'Country',
  'subprocessors.diff.transfer': 'Transfer mechanism',
  'subprocessors.diff.inEea': 'inside the EEA',
  'subprocessors.diff.outsideEea': 'outside the EEA',

  'subprocessors.announce.title': 'Announce the changed subprocessors',
  'subprocessors.announce.intro':
    'This draft adds or replaces subprocessors. Boards with a processing agreement on this product must hear of it at least 30 days ahead (GDPR art. 28(2)); their privacy officer can object until the day before. With no agreement in force you can simply publish the draft.',
  'subprocessors.announce.effectiveOn': 'Takes effect on',
  'subprocessors.announce.effectiveOnHint': 'On {date} at the earliest.',
  'subprocessors.announce.tooSoon': 'Choose {date} or later: at least 30 days after today.',
  'subprocessors.announce.submit': 'Announce the change of subprocessors',
  'subprocessors.announce.confirmTitle': 'Announce the change of subprocessors?',
  'subprocessors.announce.confirmBinding':
    'You announce for {vendor} that the subprocessors of {product} change on {date}. Every board with a processing agreement on {product} is told now.',
  'subprocessors.announce.confirmDetails':
    'The draft is fixed from now on: you cannot edit it until you withdraw the change. On {date} Regie publishes it as a new version.',
  'subprocessors.announce.confirm': 'Announce for {vendor}',
  'subprocessors.announce.busy': 'Announcing…',
  'subprocessors.announce.done':
    'The change is announced. {count, plural, =0 {No board has an agreement in force to tell now.} one {# board has been told.} other {# boards have been told.}}',
  'subprocessors.announced.text':
    'This draft is announced as a change of subprocessors from {date}. It is fixed until that date; then Regie publishes it.',
  'subprocessors.announced.link': 'To the change and the objections',

  'subprocessors.product.title': 'Changes of subprocessors',
  'subprocessors.product.none': 'No change of subprocessors has been announced.',
  'subprocessors.product.item': '{status} · takes effect on {date}',

  'subprocessors.change.title': 'Subprocessor change: {product}',
  'subprocessors.change.notFound': 'This change does not exist, or you may not see it.',
  'subprocessors.change.facts': 'About the change',
  'subprocessors.change.vendor': 'Vendor',
  'subprocessors.change.product': 'Product',
  'subprocessors.change.status': 'Status',
  'subprocessors.change.announcedAt': 'Announced on',
  'subprocessors.change.effectiveOn': 'Takes effect on',
  'subprocessors.change.lastObjectionDay': 'Objections possible until',
  'subprocessors.change.notifiedBoards': 'Boards told',
  'subprocessors.change.objectionCount': 'Objections',
  'subprocessors.change.hiddenCount': 'not shown (too few boards)',
  'subprocessors.change.what': 'What changes',
  'subprocessors.change.leaflet': 'The announced privacy leaflet (version {version})',
  'subprocessors.change.objections': 'Objections',
  'subprocessors.change.noObjections': 'No objection has been made.',
  'subprocessors.change.objectedBy': '{person}, {date}',
  'subprocessors.change.back': 'To the product',

  'subprocessors.object.title': 'Object',
  'subprocessors.object.intro':
    'As privacy officer of {board} you can object to this change until {date} inclusive. {vendor} sees your objection and its reason; together you look for a solution, such as ending the agreement.',
  'subprocessors.object.reason': 'Reason for the objection',
  'subprocessors.object.submit': 'Object for {board}',
  'subprocessors.object.busy': 'Sending…',
  'subprocessors.object.done': 'Your objection is on record; {vendor} has been told.',
  'subprocessors.object.closed': 'Objections were possible until {date} inclusive.',

  'subprocessors.withdraw.button': 'Withdraw the change',
  'subprocessors.withdraw.confirmTitle': 'Withdraw the change of subprocessors?',
  'subprocessors.withdraw.confirmBinding':
    'You withdraw for {vendor} the announced change of the subprocessors of {product}. The boards told of it hear that it does not go ahead.',
  'subprocessors.withdraw.confirmDetails':
    'You can edit the draft again afterwards. To change the subprocessors later after all, announce it again, at least 30 days ahead.',
  'subprocessors.withdraw.confirm': 'Withdraw for {vendor}',
  'subprocessors.withdraw.done': 'The change is withdrawn; the boards have been told.',

  'subprocessors.list.title': 'Changes of subprocessors',
  'subprocessors.list.lead':
    'Vendors announce a change of subprocessors at least 30 days ahead to the boards with a processing agreement on the product (GDPR art. 28(2)).',
  'subprocessors.list.none': 'There is no change of subprocessors you may see.',
  'subprocessors.list.count': '{count, plural, one {# change} other {# changes}}',
  'subprocessors.list.product': 'Product',
  'subprocessors.list.vendor': 'Vendor',
  'subprocessors.list.status': 'Status',
  'subprocessors.list.effectiveOn': 'Takes effect on',
  'subprocessors.list.objections': 'Objections',

  'subprocessors.card.boardTitle': 'Announced changes of subprocessors',
  'subprocessors.card.boardText': 'Objections are possible until the day before the change.',
  'subprocessors.card.boardNone': 'No change of subprocessors has been announced.',
  'subprocessors.card.boardItem': 'takes effect on {date}',
  'subprocessors.card.vendorTitle': 'Objections to your announced changes',
  'subprocessors.card.vendorNone': 'No change of subprocessors has been announced.',
  'subprocessors.card.vendorItem':
    '{count, plural, =0 {no objection} one {# objection} other {# objections}} · takes effect on {date}',
  'subprocessors.card.more': 'and {count} more',
  'subprocessors.card.link': 'All changes of subprocessors',
};
