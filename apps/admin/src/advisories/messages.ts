// The texts of the security advisories area: Dutch (the default) and English, with the same
// keys. Written as ICU MessageFormat (placeholders only, no plurals until the catalogue's
// formatter reads them): counts stand beside a noun that needs no plural form.
export const advisoriesNl = {
  'advisories.nav': 'Beveiligingsadviezen',

  'advisories.list.title': 'Beveiligingsadviezen',
  'advisories.list.leadCert':
    'De beveiligingsadviezen van {organisation}: hoeveel getroffen besturen al antwoordden, en hoe de antwoorden binnenkwamen.',
  'advisories.list.leadBoard':
    'Waarschuwingen van de CERT van de sector over producten die {organisation} gebruikt. Lees bij elk advies wat jullie moeten doen en laat weten of jullie bestuur geraakt is.',
  'advisories.list.leadOther': 'De beveiligingsadviezen die je mag lezen.',
  'advisories.list.publish': 'Advies publiceren',
  'advisories.list.import': 'CSAF-document importeren',
  'advisories.list.published': 'Gepubliceerde adviezen',
  'advisories.list.awaiting': 'Nog te beantwoorden',
  'advisories.list.forBoard': 'Alle adviezen voor jullie bestuur',
  'advisories.list.readable': 'Adviezen',
  'advisories.list.noneAwaiting': 'Jullie hebben elk advies beantwoord.',
  'advisories.list.none': 'Nog geen adviezen.',
  'advisories.list.count': 'Aantal: {count}',
  'advisories.list.advisory': 'Advies',
  'advisories.list.severity': 'Ernst',
  'advisories.list.tlp': 'Delen',
  'advisories.list.publishedAt': 'Gepubliceerd',
  'advisories.list.receivedAt': 'Ontvangen',
  'advisories.list.publisher': 'Van',
  'advisories.list.boards': 'Getroffen besturen',
  'advisories.list.answered': 'Beantwoord',
  'advisories.list.yourAnswer': 'Jullie antwoord',
  'advisories.list.notAnswered': 'Nog niet beantwoord',

  'advisories.answeredOf': '{answered} van {total}',
  'advisories.smallCount': 'klein aantal',
  'advisories.smallCountHint':
    'Aantallen van 1 of 2 besturen, of die 1 of 2 van het totaal verschillen, toont Regie alleen aan de CERT die het advies publiceerde, zodat niemand een bestuur kan aanwijzen.',

  'advisories.severity.LOW': 'Laag',
  'advisories.severity.MEDIUM': 'Gemiddeld',
  'advisories.severity.HIGH': 'Hoog',
  'advisories.severity.CRITICAL': 'Kritiek',

  'advisories.tlp.CLEAR': 'TLP:CLEAR',
  'advisories.tlp.GREEN': 'TLP:GREEN',
  'advisories.tlp.AMBER': 'TLP:AMBER',
  'advisories.tlp.AMBER_STRICT': 'TLP:AMBER+STRICT',
  'advisories.tlpMeaning.CLEAR': 'Iedereen die bij Regie is aangemeld mag het lezen.',
  'advisories.tlpMeaning.GREEN':
    'De leden van besturen, sectororganisaties en toezichthouders, en de leveranciers van de genoemde producten.',
  'advisories.tlpMeaning.AMBER':
    'De leden van de getroffen besturen, de CERT en de leveranciers van de genoemde producten.',
  'advisories.tlpMeaning.AMBER_STRICT':
    'Alleen de beveiligingscontactpersonen, FG’s en beheerders van de getroffen besturen, en de CERT.',

  'advisories.response.NOT_AFFECTED': 'Niet geraakt',
  'advisories.response.AFFECTED': 'Geraakt',
  'advisories.response.MITIGATED': 'Opgelost',
  'advisories.responseHint.NOT_AFFECTED': 'Jullie gebruiken de kwetsbare versie of functie niet.',
  'advisories.responseHint.AFFECTED': 'Jullie zijn kwetsbaar en werken nog aan maatregelen.',
  'advisories.responseHint.MITIGATED':
    'Jullie waren kwetsbaar en hebben het opgelost: bijgewerkt of een maatregel genomen.',

  'advisories.detail.title': 'Beveiligingsadvies',
  'advisories.detail.notFound': 'Dit advies bestaat niet of je mag het niet lezen.',
  'advisories.detail.back': 'Alle beveiligingsadviezen',
  'advisories.detail.publisher': 'Van',
  'advisories.detail.severity': 'Ernst',
  'advisories.detail.tlp': 'Wie mag het lezen',
  'advisories.detail.publishedAt': 'Gepubliceerd op',
  'advisories.detail.cves': 'CVE-nummers',
  'advisories.detail.noCves': 'Geen',
  'advisories.detail.csaf': 'CSAF-document',
  'advisories.detail.csafValue': '{id}, versie {version}',
  'advisories.detail.products': 'Producten',
  'advisories.detail.productOf': '{product} van {vendor}',
  'advisories.detail.summary': 'Wat is er aan de hand?',
  'advisories.detail.whatToDo': 'Wat moeten we doen?',
  'advisories.detail.concerns': 'Bij {board} gaat dit over: {products}.',
  'advisories.detail.concernsNone':
    'Er is nu geen overeenkomst van {board} van kracht op deze producten. Laat toch weten of jullie geraakt zijn.',
  'advisories.detail.noAction':
    'De CERT gaf geen aparte aanbeveling: lees wat er aan de hand is en volg het advies van de leverancier.',
  'advisories.detail.answerNext':
    'Laat daarna hieronder weten of jullie bestuur geraakt is. De CERT ziet jullie antwoord, andere besturen niet.',
  'advisories.detail.audit': 'Audittrail van dit advies',
  'advisories.detail.published':
    'Het advies is gepubliceerd. Besturen die bericht kregen: {count}.',

  'advisories.answer.title': 'Jullie antwoord',
  'advisories.answer.current': '{response}, door {name} op {at}',
  'advisories.answer.currentNote': 'Toelichting: {note}',
  'advisories.answer.none': 'Jullie hebben nog niet geantwoord.',
  'advisories.answer.legend': 'Is {board} geraakt?',
  'advisories.answer.note': 'Toelichting',
  'advisories.answer.noteHint':
    'Niet verplicht. Bijvoorbeeld welke versie jullie gebruiken, of wanneer jullie bijwerken.',
  'advisories.answer.submit': 'Antwoord versturen',
  'advisories.answer.change': 'Antwoord wijzigen',
  'advisories.answer.busy': 'Bezig met versturen…',
  'advisories.answer.done': 'Jullie antwoord is opgeslagen.',
  'advisories.answer.notAllowed':
    'De beveiligingscontactpersoon, de FG of een beheerder van {board} beantwoordt dit advies.',

  'advisories.boards.title': 'Antwoorden van besturen',
  'advisories.boards.count': '{answered} van {total} getroffen besturen hebben geantwoord.',
  'advisories.boards.none':
    'Geen bestuur heeft een overeenkomst van kracht op deze producten: niemand kreeg bericht.',
  'advisories.boards.fewTold': 'Te weinig besturen kregen dit advies om aantallen te tonen.',
  'advisories.boards.answeredHidden':
    'Besturen die dit advies kregen: {total}. Hoeveel er antwoordden, is nog te weinig (of op te weinig na allemaal) om te tonen.',
  'advisories.boards.spread': 'Antwoorden per soort',
  'advisories.boards.spreadItem': '{response}: {count}',
  'advisories.boards.board': 'Bestuur',
  'advisories.boards.notifiedAt': 'Bericht op',
  'advisories.boards.answer': 'Antwoord',
  'advisories.boards.note': 'Toelichting',
  'advisories.boards.by': '{name}, {at}',

  'advisories.chart.title': 'Antwoorden in de tijd',
  'advisories.chart.latest':
    'Op {day} hadden {answered} van de {notified} besturen die bericht kregen geantwoord.',
  'advisories.chart.none': 'Nog geen bestuur kreeg bericht: er is niets om te tonen.',
  'advisories.chart.hidden':
    'De grafiek toont alleen de dagen waarop de aantallen groot genoeg zijn om te tonen.',
  'advisories.chart.answered': 'Besturen die antwoordden',
  'advisories.chart.notified': 'Besturen die bericht kregen',
  'advisories.chart.table': 'De cijfers per dag',
  'advisories.chart.day': 'Dag',

  'advisories.field.title': 'Titel',
  'advisories.field.summary': 'Wat is er aan de hand?',
  'advisories.field.summaryHint':
    'De kwetsbaarheid in gewone woorden: wat kan een aanvaller, welke versies, hoe ernstig.',
  'advisories.field.action': 'Wat moeten besturen doen?',
  'advisories.field.actionHint':
    'Bijvoorbeeld: bijwerken naar versie 4.2.1, of een instelling uitzetten tot er een update is.',
  'advisories.field.severity': 'Ernst',
  'advisories.field.severityChoose': 'Kies de ernst',
  'advisories.field.tlp': 'Wie mag het lezen?',
  'advisories.field.cves': 'CVE-nummers',
  'advisories.field.cvesHint':
    'Niet verplicht. Gescheiden door spaties of komma’s, bijvoorbeeld CVE-2026-12345.',
  'advisories.field.products': 'Producten',
  'advisories.field.productsHint':
    'Zoek op productnaam en vink de producten aan waar het advies over gaat.',
  'advisories.field.search': 'Zoek een product',
  'advisories.field.searchNone': 'Geen product gevonden met deze naam.',
  'advisories.field.productLabel': '{product} ({vendor})',
  'advisories.field.document': 'CSAF-document (JSON)',
  'advisories.field.documentHint': 'Een .json-bestand in CSAF 2.0, hoogstens 1 MiB.',
  'advisories.field.tlpFallback': 'Wie mag het lezen, als het document geen TLP noemt?',
  'advisories.field.tlpDefault': 'TLP:AMBER (standaard)',
  'advisories.field.severityFallback': 'Ernst, als het document geen CVSS-score of ernst geeft',
  'advisories.field.severityFromDocument': 'Uit het document',
  'advisories.field.productsFallback': 'Producten, als Regie ze niet in het document herkent',
  'advisories.field.productsFallbackHint':
    'Regie zoekt de producten op naam van leverancier en product. Kies ze alleen als dat niet lukt.',

  'advisories.publish.title': 'Advies publiceren',
  'advisories.publish.lead':
    'Schrijf een advies over producten die in gebruik zijn. Elk bestuur met een overeenkomst van kracht op een van de producten krijgt het meteen, als melding en e-mail.',
  'advisories.publish.submit': 'Publiceren',
  'advisories.publish.confirmTitle': 'Advies publiceren?',
  'advisories.publish.confirmText':
    'Regie stuurt “{title}” meteen naar elk bestuur met een overeenkomst van kracht op {products}. Je kunt het daarna niet intrekken.',
  'advisories.publish.confirm': 'Ja, publiceren',
  'advisories.publish.busy': 'Bezig met publiceren…',
  'advisories.publish.notAllowed':
    'Alleen de CERT van een sectororganisatie publiceert beveiligingsadviezen.',

  'advisories.import.title': 'CSAF-document importeren',
  'advisories.import.lead':
    'Importeer een beveiligingsadvies in CSAF 2.0, zoals nationale CERT’s en leveranciers het publiceren. Regie leest de titel, samenvatting, CVE-nummers, ernst, TLP, wat te doen en de producten uit het document, en stuurt het naar de besturen die die producten gebruiken.',
  'advisories.import.chosen': 'Gekozen: {filename}, “{title}” ({trackingId}, versie {version}).',
  'advisories.import.chosenFile': 'Gekozen: {filename}.',
  'advisories.import.submit': 'Importeren',
  'advisories.import.confirmTitle': 'Document importeren en publiceren?',
  'advisories.import.confirmText':
    'Regie publiceert “{title}” en stuurt het meteen naar elk bestuur met een overeenkomst van kracht op de producten uit het document. Je kunt het daarna niet intrekken.',
  'advisories.import.confirm': 'Ja, importeren en publiceren',
  'advisories.import.busy': 'Bezig met importeren…',
  'advisories.import.exists':
    'Dit document is al geïmporteerd, in deze of een nieuwere versie. Importeer een nieuwere versie om het advies bij te werken.',

  'advisories.card.boardTitle': 'Beveiligingsadviezen',
  'advisories.card.boardText': 'Nog te beantwoorden:',
  'advisories.card.boardNone': 'Jullie hebben elk advies beantwoord.',
  'advisories.card.certTitle': 'Adviezen die op antwoord wachten',
  'advisories.card.certText': 'Beantwoord per advies:',
  'advisories.card.certNone': 'Elk getroffen bestuur heeft geantwoord.',
  'advisories.card.link': 'Alle beveiligingsadviezen',
  'advisories.card.more': 'en nog {count} meer',
} as const;

export const advisoriesEn: Record<keyof typeof advisoriesNl, string> = {
  'advisories.nav': 'Security advisories',

  'advisories.list.title': 'Security advisories',
  'advisories.list.leadCert':
    'The security advisories of {organisation}: how many affected boards have answered, and how the answers came in.',
  'advisories.list.leadBoard':
    'Warnings from the sector’s CERT about products {organisation} uses. Read what you should do for each advisory and let the CERT know whether your board is affected.',
  'advisories.list.leadOther': 'The security advisories you may read.',
  'advisories.list.publish': 'Publish an advisory',
  'advisories.list.import': 'Import a CSAF document',
  'advisories.list.published': 'Published advisories',
  'advisories.list.awaiting': 'Awaiting your answer',
  'advisories.list.forBoard': 'All advisories for your board',
  'advisories.list.readable': 'Advisories',
  'advisories.list.noneAwaiting': 'You have answered every advisory.',
  'advisories.list.none': 'No advisories yet.',
  'advisories.list.count': 'Number: {count}',
  'advisories.list.advisory': 'Advisory',
  'advisories.list.severity': 'Severity',
  'advisories.list.tlp': 'Sharing',
  'advisories.list.publishedAt': 'Published',
  'advisories.list.receivedAt': 'Received',
  'advisories.list.publisher': 'From',
  'advisories.list.boards': 'Affected boards',
  'advisories.list.answered': 'Answered',
  'advisories.list.yourAnswer': 'Your answer',
  'advisories.list.notAnswered': 'Not answered yet',

  'advisories.answeredOf': '{answered} of {total}',
  'advisories.smallCount': 'small number',
  'advisories.smallCountHint':
    'Counts of 1 or 2 boards, or 1 or 2 short of the total, are shown only to the CERT that published the advisory, so that nobody can single out a board.',

  'advisories.severity.LOW': 'Low',
  'advisories.severity.MEDIUM': 'Medium',
  'advisories.severity.HIGH': 'High',
  'advisories.severity.CRITICAL': 'Critical',

  'advisories.tlp.CLEAR': 'TLP:CLEAR',
  'advisories.tlp.GREEN': 'TLP:GREEN',
  'advisories.tlp.AMBER': 'TLP:AMBER',
  'advisories.tlp.AMBER_STRICT': 'TLP:AMBER+STRICT',
  'advisories.tlpMeaning.CLEAR': 'Everyone signed in to Regie may read it.',
  'advisories.tlpMeaning.GREEN':
    'Members of boards, sector bodies and supervisors, and the vendors of the products named.',
  'advisories.tlpMeaning.AMBER':
    'Members of the affected boards, the CERT and the vendors of the products named.',
  'advisories.tlpMeaning.AMBER_STRICT':
    'Only the security contacts, privacy officers and administrators of the affected boards, and the CERT.',

  'advisories.response.NOT_AFFECTED': 'Not affected',
  'advisories.response.AFFECTED': 'Affected',
  'advisories.response.MITIGATED': 'Mitigated',
  'advisories.responseHint.NOT_AFFECTED': 'You do not use the vulnerable version or feature.',
  'advisories.responseHint.AFFECTED': 'You are vulnerable and still working on measures.',
  'advisories.responseHint.MITIGATED':
    'You were vulnerable and have dealt with it: updated, or took a measure.',

  'advisories.detail.title': 'Security advisory',
  'advisories.detail.notFound': 'This advisory does not exist or you may not read it.',
  'advisories.detail.back': 'All security advisories',
  'advisories.detail.publisher': 'From',
  'advisories.detail.severity': 'Severity',
  'advisories.detail.tlp': 'Who may read it',
  'advisories.detail.publishedAt': 'Published at',
  'advisories.detail.cves': 'CVE identifiers',
  'advisories.detail.noCves': 'None',
  'advisories.detail.csaf': 'CSAF document',
  'advisories.detail.csafValue': '{id}, version {version}',
  'advisories.detail.products': 'Products',
  'advisories.detail.productOf': '{product} by {vendor}',
  'advisories.detail.summary': 'What is going on?',
  'advisories.detail.whatToDo': 'What do we do?',
  'advisories.detail.concerns': 'At {board} this concerns: {products}.',
  'advisories.detail.concernsNone':
    'No agreement of {board} on these products is in force now. Let the CERT know anyway whether you are affected.',
  'advisories.detail.noAction':
    'The CERT gave no separate recommendation: read what is going on and follow the vendor’s advice.',
  'advisories.detail.answerNext':
    'Then let the CERT know below whether your board is affected. The CERT sees your answer; other boards do not.',
  'advisories.detail.audit': 'Audit trail of this advisory',
  'advisories.detail.published': 'The advisory has been published. Boards that were told: {count}.',

  'advisories.answer.title': 'Your answer',
  'advisories.answer.current': '{response}, by {name} at {at}',
  'advisories.answer.currentNote': 'Note: {note}',
  'advisories.answer.none': 'You have not answered yet.',
  'advisories.answer.legend': 'Is {board} affected?',
  'advisories.answer.note': 'Note',
  'advisories.answer.noteHint':
    'Optional. For example which version you use, or when you will update.',
  'advisories.answer.submit': 'Send answer',
  'advisories.answer.change': 'Change answer',
  'advisories.answer.busy': 'Sending…',
  'advisories.answer.done': 'Your answer has been saved.',
  'advisories.answer.notAllowed':
    'The security contact, the privacy officer or an administrator of {board} answers this advisory.',

  'advisories.boards.title': 'Answers of boards',
  'advisories.boards.count': '{answered} of {total} affected boards have answered.',
  'advisories.boards.none':
    'No board has an agreement in force on these products: nobody was told.',
  'advisories.boards.fewTold': 'Too few boards received this advisory to show figures.',
  'advisories.boards.answeredHidden':
    'Boards that received this advisory: {total}. How many answered is still too few (or too few short of all) to show.',
  'advisories.boards.spread': 'Answers by kind',
  'advisories.boards.spreadItem': '{response}: {count}',
  'advisories.boards.board': 'Board',
  'advisories.boards.notifiedAt': 'Told at',
  'advisories.boards.answer': 'Answer',
  'advisories.boards.note': 'Note',
  'advisories.boards.by': '{name}, {at}',

  'advisories.chart.title': 'Answers over time',
  'advisories.chart.latest':
    'On {day}, {answered} of the {notified} boards that were told had answered.',
  'advisories.chart.none': 'No board has been told yet: there is nothing to show.',
  'advisories.chart.hidden': 'The chart shows only the days whose counts are large enough to show.',
  'advisories.chart.answered': 'Boards that answered',
  'advisories.chart.notified': 'Boards that were told',
  'advisories.chart.table': 'The figures per day',
  'advisories.chart.day': 'Day',

  'advisories.field.title': 'Title',
  'advisories.field.summary': 'What is going on?',
  'advisories.field.summaryHint':
    'The vulnerability in plain words: what an attacker can do, which versions, how serious.',
  'advisories.field.action': 'What should boards do?',
  'advisories.field.actionHint':
    'For example: update to version 4.2.1, or turn a setting off until there is an update.',
  'advisories.field.severity': 'Severity',
  'advisories.field.severityChoose': 'Choose the severity',
  'advisories.field.tlp': 'Who may read it?',
  'advisories.field.cves': 'CVE identifiers',
  'advisories.field.cvesHint':
    'Optional. Separated by spaces or commas, for example CVE-2026-12345.',
  'advisories.field.products': 'Products',
  'advisories.field.productsHint':
    'Search by product name and tick the products the advisory is about.',
  'advisories.field.search': 'Search for a product',
  'advisories.field.searchNone': 'No product found by this name.',
  'advisories.field.productLabel': '{product} ({vendor})',
  'advisories.field.document': 'CSAF document (JSON)',
  'advisories.field.documentHint': 'A .json file in CSAF 2.0, at most 1 MiB.',
  'advisories.field.tlpFallback': 'Who may read it, if the document names no TLP?',
  'advisories.field.tlpDefault': 'TLP:AMBER (default)',
  'advisories.field.severityFallback': 'Severity, if the document gives no CVSS score or severity',
  'advisories.field.severityFromDocument': 'From the document',
  'advisories.field.productsFallback': 'Products, if Regie does not recognise them in the document',
  'advisories.field.productsFallbackHint':
    'Regie looks the products up by vendor and product name. Choose them only if that fails.',

  'advisories.publish.title': 'Publish an advisory',
  'advisories.publish.lead':
    'Write an advisory about products in use. Every board with an agreement in force on one of the products receives it at once, as a notification and an e-mail.',
  'advisories.publish.submit': 'Publish',
  'advisories.publish.confirmTitle': 'Publish the advisory?',
  'advisories.publish.confirmText':
    'Regie sends “{title}” at once to every board with an agreement in force on {products}. You cannot withdraw it afterwards.',
  'advisories.publish.confirm': 'Yes, publish',
  'advisories.publish.busy': 'Publishing…',
  'advisories.publish.notAllowed': 'Only a sector body’s CERT publishes security advisories.',

  'advisories.import.title': 'Import a CSAF document',
  'advisories.import.lead':
    'Import a security advisory in CSAF 2.0, as national CERTs and vendors publish them. Regie reads the title, summary, CVE identifiers, severity, TLP, what to do and the products from the document, and sends it to the boards that use those products.',
  'advisories.import.chosen': 'Chosen: {filename}, “{title}” ({trackingId}, version {version}).',
  'advisories.import.chosenFile': 'Chosen: {filename}.',
  'advisories.import.submit': 'Import',
  'advisories.import.confirmTitle': 'Import and publish the document?',
  'advisories.import.confirmText':
    'Regie publishes “{title}” and sends it at once to every board with an agreement in force on the document’s products. You cannot withdraw it afterwards.',
  'advisories.import.confirm': 'Yes, import and publish',
  'advisories.import.busy': 'Importing…',
  'advisories.import.exists':
    'This document has already been imported, in this or a newer version. Import a newer version to update the advisory.',

  'advisories.card.boardTitle': 'Security advisories',
  'advisories.card.boardText': 'Awaiting your answer:',
  'advisories.card.boardNone': 'You have answered every advisory.',
  'advisories.card.certTitle': 'Advisories awaiting answers',
  'advisories.card.certText': 'Answered per advisory:',
  'advisories.card.certNone': 'Every affected board has answered.',
  'advisories.card.link': 'All security advisories',
  'advisories.card.more': 'and {count} more',
};
