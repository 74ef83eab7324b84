// The texts of the incidents area: Dutch (the default) and English, with the same keys.
export const incidentsNl = {
  'incidents.nav': 'Incidenten',

  'incidents.list.title': 'Incidenten',
  'incidents.list.lead':
    'Beveiligingsincidenten en datalekken van leveranciers. Bij een datalek heeft een schoolbestuur 72 uur om de Autoriteit Persoonsgegevens in te lichten.',
  'incidents.list.report': 'Incident melden',
  'incidents.list.open': 'Open incidenten',
  'incidents.list.resolved': 'Afgehandelde incidenten',
  'incidents.list.openCount': '{count} open',
  'incidents.list.resolvedCount': '{count} afgehandeld',
  'incidents.list.noneOpen': 'Geen open incidenten.',
  'incidents.list.noneResolved': 'Geen afgehandelde incidenten.',
  'incidents.list.incident': 'Incident',
  'incidents.list.vendor': 'Leverancier',
  'incidents.list.severity': 'Ernst',
  'incidents.list.reported': 'Gemeld',
  'incidents.list.window': 'Meldtermijn (72 uur)',
  'incidents.list.acknowledged': 'Bevestigd',
  'incidents.list.resolvedAt': 'Afgehandeld',

  'incidents.field.title': 'Titel',
  'incidents.field.description': 'Wat is er gebeurd?',
  'incidents.field.descriptionHint':
    'Wat weten jullie nu: wat is er gebeurd, welke gegevens, welke maatregelen. Vul later aan met updates.',
  'incidents.field.severity': 'Ernst',
  'incidents.field.severityChoose': 'Kies de ernst',
  'incidents.field.personalData': 'Er zijn persoonsgegevens bij betrokken (datalek)',
  'incidents.field.discoveredAt': 'Ontdekt op',
  'incidents.field.discoveredAtHint': 'Wanneer jullie het incident ontdekten; niet in de toekomst.',
  'incidents.field.products': 'Betrokken producten',
  'incidents.field.productsHint':
    'Regie stelt elk schoolbestuur met een actieve verwerkersovereenkomst voor deze producten meteen op de hoogte.',

  'incidents.severity.LOW': 'Laag',
  'incidents.severity.MEDIUM': 'Gemiddeld',
  'incidents.severity.HIGH': 'Hoog',
  'incidents.severity.CRITICAL': 'Kritiek',
  'incidents.status.OPEN': 'Open',
  'incidents.status.RESOLVED': 'Afgehandeld',

  'incidents.report.title': 'Incident melden',
  'incidents.report.lead':
    'Meld een beveiligingsincident of datalek zonder onnodige vertraging. De getroffen schoolbesturen krijgen direct bericht.',
  'incidents.report.submit': 'Incident melden',
  'incidents.report.busy': 'Bezig met melden…',
  'incidents.report.noProducts':
    'Je organisatie heeft nog geen producten om een incident voor te melden.',
  'incidents.report.notAllowed':
    'Alleen redacteuren en beheerders van een leverancier melden incidenten.',
  'incidents.report.done':
    'Het incident is gemeld. {count, plural, =0 {Geen schoolbestuur heeft een actieve overeenkomst voor deze producten.} one {# schoolbestuur is op de hoogte gebracht.} other {# schoolbesturen zijn op de hoogte gebracht.}}',

  'incidents.detail.title': 'Incident',
  'incidents.detail.notFound': 'Dit incident bestaat niet of je mag het niet zien.',
  'incidents.detail.back': 'Alle incidenten',
  'incidents.detail.vendor': 'Leverancier',
  'incidents.detail.products': 'Producten',
  'incidents.detail.severity': 'Ernst',
  'incidents.detail.status': 'Status',
  'incidents.detail.personalData': 'Persoonsgegevens betrokken',
  'incidents.detail.yes': 'Ja',
  'incidents.detail.no': 'Nee',
  'incidents.detail.discoveredAt': 'Ontdekt op',
  'incidents.detail.reportedAt': 'Gemeld op',
  'incidents.detail.resolvedAt': 'Afgehandeld op',
  'incidents.detail.description': 'Beschrijving',
  'incidents.detail.window': 'Meldtermijn Autoriteit Persoonsgegevens',
  'incidents.detail.windowHint':
    'Het schoolbestuur is verwerkingsverantwoordelijke: het moet een datalek binnen 72 uur na de melding aan de Autoriteit Persoonsgegevens melden (art. 33 AVG).',
  'incidents.detail.windowNoPersonalData':
    'Volgens de leverancier zijn er geen persoonsgegevens bij betrokken; de termijn geldt zodra dat wel zo blijkt.',
  'incidents.detail.boards': 'Getroffen schoolbesturen',
  'incidents.detail.boardsCount':
    '{acknowledged, number} van {total, plural, one {# schoolbestuur} other {# schoolbesturen}} {acknowledged, plural, one {heeft} other {hebben}} de melding bevestigd.',
  'incidents.detail.board': 'Schoolbestuur',
  'incidents.detail.notifiedAt': 'Bericht op',
  'incidents.detail.acknowledgement': 'Bevestiging',
  'incidents.detail.acknowledgedBy': 'Bevestigd door {name} op {at} (na {duration})',
  'incidents.detail.notAcknowledged': 'Nog niet bevestigd',
  'incidents.detail.noBoards':
    'Geen schoolbestuur heeft een actieve overeenkomst voor deze producten.',
  'incidents.detail.updates': 'Updates',
  'incidents.detail.noUpdates': 'Nog geen updates.',
  'incidents.detail.updateBy': '{name}, {at}',

  'incidents.acknowledge.title': 'Melding bevestigen',
  'incidents.acknowledge.text':
    'Bevestig dat {board} kennis heeft genomen van dit incident. De leverancier ziet je bevestiging.',
  'incidents.acknowledge.submit': 'Melding bevestigen',
  'incidents.acknowledge.busy': 'Bezig met bevestigen…',
  'incidents.acknowledge.done': 'Je hebt de melding bevestigd namens {board} op {at}.',

  'incidents.update.title': 'Update toevoegen',
  'incidents.update.body': 'Wat is er nieuw?',
  'incidents.update.submit': 'Update toevoegen',
  'incidents.update.busy': 'Bezig met toevoegen…',
  'incidents.update.done':
    'De update is toegevoegd en de schoolbesturen zijn op de hoogte gebracht.',

  'incidents.resolve.title': 'Afhandelen',
  'incidents.resolve.text':
    'Is het incident opgelost en zijn de schoolbesturen volledig geïnformeerd? Na afhandelen kun je geen updates meer toevoegen.',
  'incidents.resolve.submit': 'Incident afhandelen',
  'incidents.resolve.confirm': 'Ja, afhandelen',
  'incidents.resolve.busy': 'Bezig met afhandelen…',
  'incidents.resolve.done': 'Het incident is afgehandeld.',

  'incidents.countdown.left': 'nog {hours} uur {minutes} min',
  'incidents.countdown.overdue': 'Termijn verstreken, {hours} uur {minutes} min geleden',
  'incidents.countdown.deadline': 'uiterlijk {at}',
  'incidents.countdown.urgent': 'Minder dan 18 uur over',
  'incidents.countdown.resolved': 'Afgehandeld',

  'incidents.duration': '{hours} uur {minutes} min',

  'incidents.window.noPersonalData':
    'Geen meldtermijn: volgens de leverancier zijn er geen persoonsgegevens bij betrokken. Blijkt dat anders, leg dan hieronder vast wat jullie besloten.',
  'incidents.window.decided': 'De termijn loopt niet meer: het besluit is vastgelegd ({decision}).',
  'incidents.window.noClock': 'Geen termijn',

  'incidents.decision.REPORTED': 'Gemeld aan de AP',
  'incidents.decision.NOT_REPORTED': 'Niet gemeld aan de AP',

  'incidents.authority.title': 'Besluit over melding aan de Autoriteit Persoonsgegevens',
  'incidents.authority.intro':
    'Leg vast wat het incident betekent voor de betrokkenen, wat jullie eraan deden en of het bestuur het aan de AP heeft gemeld, of waarom niet (art. 33 lid 5 AVG). Alleen jullie bestuur ziet dit; de leverancier niet.',
  'incidents.authority.none': 'Er is nog niets vastgelegd.',
  'incidents.authority.current': 'Vastgelegd',
  'incidents.authority.decision': 'Besluit',
  'incidents.authority.decisionChoose': 'Kies het besluit',
  'incidents.authority.reportedAt': 'Gemeld aan de AP op',
  'incidents.authority.reportedAtHint': 'Wanneer het bestuur de AP inlichtte; niet in de toekomst.',
  'incidents.authority.reference': 'Kenmerk van de AP',
  'incidents.authority.reason': 'Waarom niet gemeld?',
  'incidents.authority.reasonHint':
    'Bijvoorbeeld: de gegevens waren versleuteld, zodat het lek geen risico oplevert voor de betrokkenen.',
  'incidents.authority.effects': 'Gevolgen voor de betrokkenen',
  'incidents.authority.remedialAction': 'Genomen maatregelen',
  'incidents.authority.recordedBy': 'Versie {version}, vastgelegd door {name} op {at}',
  'incidents.authority.form': 'Vastleggen',
  'incidents.authority.formAgain': 'Opnieuw vastleggen (nieuwe versie)',
  'incidents.authority.submit': 'Besluit vastleggen',
  'incidents.authority.busy': 'Bezig met vastleggen…',
  'incidents.authority.done': 'Versie {version} is vastgelegd.',
  'incidents.authority.history': '{count, plural, one {# versie} other {Alle # versies}}',
  'incidents.authority.onlyFg': 'Alleen de FG van het bestuur legt het besluit vast.',

  'incidents.breachLog.title': 'Register datalekken',
  'incidents.breachLog.intro':
    'Elk incident dat jullie bestuur raakte, met het besluit over melding aan de AP: het register dat de AVG (art. 33 lid 5) van jullie vraagt.',
  'incidents.breachLog.csv': 'Download als CSV',
  'incidents.breachLog.xlsx': 'Download als Excel (XLSX)',
  'incidents.breachLog.downloading': 'Bezig met downloaden…',
  'incidents.breachLog.downloaded': 'Het bestand {filename} is gedownload.',

  'incidents.card.title': 'Open incidenten',
  'incidents.card.none': 'Geen open incidenten.',
  'incidents.card.text': 'Tijd over van de 72-uurstermijn per incident:',
  'incidents.card.link': 'Alle incidenten',
  'incidents.card.report': 'Incident melden',
  'incidents.card.more': 'en nog {count} meer',
} as const;

export const incidentsEn: Record<keyof typeof incidentsNl, string> = {
  'incidents.nav': 'Incidents',

  'incidents.list.title': 'Incidents',
  'incidents.list.lead':
    'Vendors’ security incidents and personal-data breaches. For a breach, a school board has 72 hours to notify the Dutch Data Protection Authority.',
  'incidents.list.report': 'Report an incident',
  'incidents.list.open': 'Open incidents',
  'incidents.list.resolved': 'Resolved incidents',
  'incidents.list.openCount': '{count} open',
  'incidents.list.resolvedCount': '{count} resolved',
  'incidents.list.noneOpen': 'No open incidents.',
  'incidents.list.noneResolved': 'No resolved incidents.',
  'incidents.list.incident': 'Incident',
  'incidents.list.vendor': 'Vendor',
  'incidents.list.severity': 'Severity',
  'incidents.list.reported': 'Reported',
  'incidents.list.window': 'Notification window (72 hours)',
  'incidents.list.acknowledged': 'Acknowledged',
  'incidents.list.resolvedAt': 'Resolved',

  'incidents.field.title': 'Title',
  'incidents.field.description': 'What happened?',
  'incidents.field.descriptionHint':
    'What you know now: what happened, which data, which measures. Add updates as you learn more.',
  'incidents.field.severity': 'Severity',
  'incidents.field.severityChoose': 'Choose the severity',
  'incidents.field.personalData': 'Personal data is involved (a data breach)',
  'incidents.field.discoveredAt': 'Discovered at',
  'incidents.field.discoveredAtHint': 'When you discovered the incident; not in the future.',
  'incidents.field.products': 'Products concerned',
  'incidents.field.productsHint':
    'Regie tells every school board with an active processing agreement on these products at once.',

  'incidents.severity.LOW': 'Low',
  'incidents.severity.MEDIUM': 'Medium',
  'incidents.severity.HIGH': 'High',
  'incidents.severity.CRITICAL': 'Critical',
  'incidents.status.OPEN': 'Open',
  'incidents.status.RESOLVED': 'Resolved',

  'incidents.report.title': 'Report an incident',
  'incidents.report.lead':
    'Report a security incident or personal-data breach without undue delay. The affected school boards are told at once.',
  'incidents.report.submit': 'Report incident',
  'incidents.report.busy': 'Reporting…',
  'incidents.report.noProducts': 'Your organisation has no products to report an incident for yet.',
  'incidents.report.notAllowed': 'Only a vendor’s editors and administrators report incidents.',
  'incidents.report.done':
    'The incident has been reported. {count, plural, =0 {No school board has an active agreement for these products.} one {# school board has been told.} other {# school boards have been told.}}',

  'incidents.detail.title': 'Incident',
  'incidents.detail.notFound': 'This incident does not exist or you may not see it.',
  'incidents.detail.back': 'All incidents',
  'incidents.detail.vendor': 'Vendor',
  'incidents.detail.products': 'Products',
  'incidents.detail.severity': 'Severity',
  'incidents.detail.status': 'Status',
  'incidents.detail.personalData': 'Personal data involved',
  'incidents.detail.yes': 'Yes',
  'incidents.detail.no': 'No',
  'incidents.detail.discoveredAt': 'Discovered at',
  'incidents.detail.reportedAt': 'Reported at',
  'incidents.detail.resolvedAt': 'Resolved at',
  'incidents.detail.description': 'Description',
  'incidents.detail.window': 'Window to notify the supervisory authority',
  'incidents.detail.windowHint':
    'The school board is the controller: it must notify the Dutch Data Protection Authority of a breach within 72 hours of being told (art. 33 GDPR).',
  'incidents.detail.windowNoPersonalData':
    'The vendor says no personal data is involved; the window applies as soon as it turns out to be.',
  'incidents.detail.boards': 'Affected school boards',
  'incidents.detail.boardsCount':
    '{acknowledged, number} of {total, plural, one {# school board} other {# school boards}} {acknowledged, plural, one {has} other {have}} acknowledged it.',
  'incidents.detail.board': 'School board',
  'incidents.detail.notifiedAt': 'Told at',
  'incidents.detail.acknowledgement': 'Acknowledgement',
  'incidents.detail.acknowledgedBy': 'Acknowledged by {name} at {at} (after {duration})',
  'incidents.detail.notAcknowledged': 'Not acknowledged yet',
  'incidents.detail.noBoards': 'No school board has an active agreement on these products.',
  'incidents.detail.updates': 'Updates',
  'incidents.detail.noUpdates': 'No updates yet.',
  'incidents.detail.updateBy': '{name}, {at}',

  'incidents.acknowledge.title': 'Acknowledge the notice',
  'incidents.acknowledge.text':
    'Confirm that {board} has taken note of this incident. The vendor sees your acknowledgement.',
  'incidents.acknowledge.submit': 'Acknowledge',
  'incidents.acknowledge.busy': 'Acknowledging…',
  'incidents.acknowledge.done': 'You acknowledged the notice for {board} at {at}.',

  'incidents.update.title': 'Add an update',
  'incidents.update.body': 'What is new?',
  'incidents.update.submit': 'Add update',
  'incidents.update.busy': 'Adding…',
  'incidents.update.done': 'The update has been added and the school boards have been told.',

  'incidents.resolve.title': 'Resolve',
  'incidents.resolve.text':
    'Is the incident resolved and have the school boards been fully informed? Once resolved, no updates can be added.',
  'incidents.resolve.submit': 'Resolve incident',
  'incidents.resolve.confirm': 'Yes, resolve',
  'incidents.resolve.busy': 'Resolving…',
  'incidents.resolve.done': 'The incident has been resolved.',

  'incidents.countdown.left': '{hours} h {minutes} min left',
  'incidents.countdown.overdue': 'Window passed {hours} h {minutes} min ago',
  'incidents.countdown.deadline': 'by {at}',
  'incidents.countdown.urgent': 'Less than 18 hours left',
  'incidents.countdown.resolved': 'Resolved',

  'incidents.duration': '{hours} h {minutes} min',

  'incidents.window.noPersonalData':
    'No window: the vendor says no personal data is involved. Should it turn out otherwise, record below what you decided.',
  'incidents.window.decided': 'The window no longer runs: the decision is recorded ({decision}).',
  'incidents.window.noClock': 'No window',

  'incidents.decision.REPORTED': 'Reported to the authority',
  'incidents.decision.NOT_REPORTED': 'Not reported to the authority',

  'incidents.authority.title': 'Decision on notifying the supervisory authority',
  'incidents.authority.intro':
    'Record what the incident means for the data subjects, what you did about it, and whether the board notified the Dutch Data Protection Authority, or why not (art. 33(5) GDPR). Only your board sees this; the vendor does not.',
  'incidents.authority.none': 'Nothing has been recorded yet.',
  'incidents.authority.current': 'Recorded',
  'incidents.authority.decision': 'Decision',
  'incidents.authority.decisionChoose': 'Choose the decision',
  'incidents.authority.reportedAt': 'Notified to the authority at',
  'incidents.authority.reportedAtHint': 'When the board notified the authority; not in the future.',
  'incidents.authority.reference': "The authority's reference",
  'incidents.authority.reason': 'Why not notified?',
  'incidents.authority.reasonHint':
    'For example: the data was encrypted, so the breach poses no risk to the data subjects.',
  'incidents.authority.effects': 'Effects for the data subjects',
  'incidents.authority.remedialAction': 'Remedial action taken',
  'incidents.authority.recordedBy': 'Version {version}, recorded by {name} at {at}',
  'incidents.authority.form': 'Record',
  'incidents.authority.formAgain': 'Record again (a new version)',
  'incidents.authority.submit': 'Record the decision',
  'incidents.authority.busy': 'Recording…',
  'incidents.authority.done': 'Version {version} has been recorded.',
  'incidents.authority.history': '{count, plural, one {# version} other {All # versions}}',
  'incidents.authority.onlyFg': "Only the board's privacy officer records the decision.",

  'incidents.breachLog.title': 'Breach log',
  'incidents.breachLog.intro':
    'Every incident that affected your board, with the decision on notifying the authority: the log the GDPR (art. 33(5)) asks you to keep.',
  'incidents.breachLog.csv': 'Download as CSV',
  'incidents.breachLog.xlsx': 'Download as Excel (XLSX)',
  'incidents.breachLog.downloading': 'Downloading…',
  'incidents.breachLog.downloaded': 'The file {filename} has been downloaded.',

  'incidents.card.title': 'Open incidents',
  'incidents.card.none': 'No open incidents.',
  'incidents.card.text': 'Time left of each 72-hour window:',
  'incidents.card.link': 'All incidents',
  'incidents.card.report': 'Report an incident',
  'incidents.card.more': 'and {count} more',
};
