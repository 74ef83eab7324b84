// User-facing messages in Dutch and English, shared by the API (error messages)
// and the admin (form validation), so a rule says the same thing in both places.
// Every text is an ICU MessageFormat string (placeholders `{name}`, plurals and selects),
// formatted by intl-messageformat (message-format.ts); messages.spec.ts compiles them all.
import { ENUM_LABELS, type EnumLabelKey, type LabelledEnums } from './enum-labels';
import { Locale } from './enums';
import {
  createMessageFormatter,
  formatListIn,
  type Language,
  type MessageValues,
} from './message-format';

type Params = MessageValues;

const MESSAGES = {
  // The words for enumerations (roles, attestation types, …): enum-labels.ts.
  ...ENUM_LABELS,

  // Errors of the catalogue (RUNTIME.md).
  'error.unauthenticated': {
    nl: 'Je bent niet (meer) aangemeld, of je aanmelding klopt niet.',
    en: 'You are not signed in, or your sign-in is not valid.',
  },
  'error.forbidden': {
    nl: 'Je hebt geen rol die deze handeling toestaat.',
    en: 'None of your roles allows this.',
  },
  'error.notFound': {
    nl: 'Dit bestaat niet of je mag het niet zien.',
    en: 'This does not exist or you may not see it.',
  },
  'error.badUserInput': {
    nl: 'De invoer is niet in orde.',
    en: 'The input is not valid.',
  },
  'error.rateLimited': {
    nl: 'Te veel pogingen; probeer het later opnieuw.',
    en: 'Too many attempts; try again later.',
  },
  'error.internal': {
    nl: 'Er ging iets mis aan onze kant.',
    en: 'Something went wrong on our side.',
  },
  'conflict.STALE_VERSION': {
    nl: 'Iemand anders heeft dit intussen gewijzigd; laad opnieuw en probeer het nog eens.',
    en: 'Someone else changed this meanwhile; reload and try again.',
  },
  'conflict.INVALID_TRANSITION': {
    nl: 'Dit kan niet in de huidige status.',
    en: 'This is not possible in the current status.',
  },
  'conflict.DEADLINE_NOT_PASSED': {
    nl: 'De termijn is nog niet verstreken.',
    en: 'The deadline has not passed yet.',
  },
  'conflict.DEADLINE_PASSED': {
    nl: 'De termijn is verstreken.',
    en: 'The deadline has passed.',
  },
  'conflict.ALREADY_EXISTS': { nl: 'Dit bestaat al.', en: 'This already exists.' },
  'conflict.UNRESOLVED_DEVIATIONS': {
    nl: 'Nog niet elke afwijking is beoordeeld als aanvaardbaar (eventueel met maatregelen).',
    en: 'Not every deviation has been assessed as acceptable (with measures, if need be) yet.',
  },
  'conflict.NOT_ACCEPTED': {
    nl: 'De leverancier heeft de voorwaarden nog niet aanvaard.',
    en: 'The vendor has not accepted the terms yet.',
  },
  'conflict.ACCEPTED_DEAL_CHANGED': {
    nl: 'De leverancier heeft deze voorwaarden al aanvaard en ondertekend; ze veranderen niet meer.',
    en: 'The vendor has already accepted and signed these terms; they no longer change.',
  },

  // Field validation.
  'field.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'field.invalid': { nl: 'Deze waarde is ongeldig.', en: 'This value is not valid.' },
  'field.email': {
    nl: 'Geef een geldig e-mailadres.',
    en: 'Give a valid e-mail address.',
  },
  'field.url': {
    nl: 'Geef een geldig webadres (https://…).',
    en: 'Give a valid URL (https://…).',
  },
  'field.minLength': {
    nl: 'Minstens {min, plural, one {# teken} other {# tekens}}.',
    en: 'At least {min, plural, one {# character} other {# characters}}.',
  },
  'field.maxLength': {
    nl: 'Hoogstens {max, plural, one {# teken} other {# tekens}}.',
    en: 'At most {max, plural, one {# character} other {# characters}}.',
  },
  'field.min': { nl: 'Minstens {min}.', en: 'At least {min}.' },
  'field.max': { nl: 'Hoogstens {max}.', en: 'At most {max}.' },
  'field.integer': { nl: 'Geef een geheel getal.', en: 'Give a whole number.' },
  'field.notEmpty': {
    nl: 'Geef minstens één waarde.',
    en: 'Give at least one value.',
  },
  'field.boardNumber': {
    nl: 'Een bestuursnummer bestaat uit 5 cijfers.',
    en: 'A board number (bestuursnummer) has 5 digits.',
  },
  'field.kvkNumber': {
    nl: 'Een KvK-nummer bestaat uit 8 cijfers.',
    en: 'A KvK number has 8 digits.',
  },
  'field.oin': {
    nl: 'Een OIN bestaat uit 20 cijfers.',
    en: 'An OIN has 20 digits.',
  },
  'field.country': {
    nl: 'Geef een landcode volgens ISO 3166-1 alpha-2, zoals NL.',
    en: 'Give an ISO 3166-1 alpha-2 country code, such as NL.',
  },
  'field.first': {
    nl: 'Vraag hoogstens {max} tegelijk.',
    en: 'Ask for at most {max} at a time.',
  },
  'field.taken': {
    nl: 'Dit is al in gebruik bij een andere organisatie of persoon.',
    en: 'This is already in use by another organisation or person.',
  },
  'field.roleForKind': {
    nl: 'Deze rol past niet bij {kind, select, BOARD {een schoolbestuur} VENDOR {een leverancier} SECTOR_BODY {een sectororganisatie} PLATFORM {het platform} SUPERVISOR {een toezichthouder} other {deze soort organisatie}}.',
    en: 'This role does not fit {kind, select, BOARD {a school board} VENDOR {a vendor} SECTOR_BODY {a sector body} PLATFORM {the platform} SUPERVISOR {a supervisor} other {this kind of organisation}}.',
  },
  'field.boardNumberRequired': {
    nl: 'Een schoolbestuur heeft een bestuursnummer.',
    en: 'A school board needs a board number.',
  },
  'field.onlyForKind': {
    nl: 'Alleen voor {kind, select, BOARD {een schoolbestuur} VENDOR {een leverancier} SECTOR_BODY {een sectororganisatie} PLATFORM {het platform} SUPERVISOR {een toezichthouder} other {deze soort organisatie}}.',
    en: 'Only for {kind, select, BOARD {a school board} VENDOR {a vendor} SECTOR_BODY {a sector body} PLATFORM {the platform} SUPERVISOR {a supervisor} other {this kind of organisation}}.',
  },
  'invitation.unknown': {
    nl: 'Deze uitnodiging bestaat niet (meer).',
    en: 'This invitation does not exist.',
  },
  'invitation.used': {
    nl: 'Deze uitnodiging is al gebruikt.',
    en: 'This invitation has already been used.',
  },
  'invitation.expired': {
    nl: 'Deze uitnodiging is verlopen; vraag om een nieuwe.',
    en: 'This invitation has expired; ask for a new one.',
  },
  'invitation.revoked': {
    nl: 'Deze uitnodiging is ingetrokken.',
    en: 'This invitation has been revoked.',
  },
  'invitation.signInFirst': {
    nl: 'Er bestaat al een account met dit e-mailadres: meld je eerst aan.',
    en: 'An account with this e-mail address exists: sign in first.',
  },
  'invitation.otherPerson': {
    nl: 'Deze uitnodiging is voor een ander e-mailadres.',
    en: 'This invitation is for another e-mail address.',
  },
  'member.lastAdmin': {
    nl: 'De laatste beheerder van een organisatie kan niet weg; wijs eerst een andere beheerder aan.',
    en: 'An organisation cannot lose its last administrator; appoint another one first.',
  },
  'field.cursor': {
    nl: 'Deze cursor is ongeldig.',
    en: 'This cursor is not valid.',
  },
  'tender.weightWhole': {
    nl: 'Een weging is een heel percentage van 1 tot en met 100.',
    en: 'A weight is a whole percentage from 1 to 100.',
  },
  'tender.weightsTotal': {
    nl: 'De wegingen van de gunningscriteria tellen samen op tot 100.',
    en: 'The weights of the award criteria add up to 100.',
  },
  'tender.tiersStart': {
    nl: 'De eerste prijsstaffel begint bij 0 leerlingen.',
    en: 'The first price tier starts at 0 students.',
  },
  'tender.tiersOrder': {
    nl: 'Elke prijsstaffel begint bij meer leerlingen dan de vorige.',
    en: 'Each price tier starts at more students than the one before.',
  },
  'tender.unknownCriterion': {
    nl: 'Deze aanbesteding heeft geen gunningscriterium met deze naam.',
    en: 'This tender has no award criterion of this name.',
  },
  'tender.scoreRange': {
    nl: 'Een score ligt tussen 0 en 10.',
    en: 'A score lies between 0 and 10.',
  },
  'tender.deadlineOrder': {
    nl: 'De deadline voor offertes ligt na die voor belangstelling.',
    en: 'The offer deadline lies after the interest deadline.',
  },
  'tender.offerNotInTender': {
    nl: 'Deze offerte hoort niet bij deze aanbesteding.',
    en: 'This offer does not belong to this tender.',
  },
  'tender.wrongCategory': {
    nl: 'Dit product valt niet in de categorie van de aanbesteding.',
    en: 'This product is not in the category of the tender.',
  },
  'audit.checkpointSignature': {
    nl: 'Dit controlepunt is niet door deze server ondertekend, of het is gewijzigd.',
    en: 'This checkpoint was not signed by this server, or it was changed.',
  },
  'standard.duplicateCode': {
    nl: 'Elke eis heeft een eigen code.',
    en: 'Each requirement has a code of its own.',
  },
  'standard.notPublished': {
    nl: 'Deze minimale standaard is nog niet gepubliceerd.',
    en: 'This minimum standard has not been published yet.',
  },
  'standard.levelsOnlyForBoards': {
    nl: 'Volwassenheidsniveaus horen alleen bij een standaard voor besturen.',
    en: 'Maturity levels belong to standards for boards only.',
  },
  'standard.minimumLevelRequired': {
    nl: 'Geef het minimumniveau (1 tot en met 5) dat elk bestuur moet halen.',
    en: 'Give the minimum level (1 to 5) that every board must reach.',
  },
  'standard.levelOutOfRange': {
    nl: 'Een volwassenheidsniveau ligt tussen 1 en 5.',
    en: 'A maturity level lies between 1 and 5.',
  },
  'standard.targetBelowMinimum': {
    nl: 'Het doelniveau ligt niet onder het minimumniveau.',
    en: 'The target level does not lie below the minimum level.',
  },
  'standard.targetDateRequired': {
    nl: 'Geef de datum waarop besturen het doelniveau halen.',
    en: 'Give the date by which boards reach the target level.',
  },
  'standard.targetLevelRequired': {
    nl: 'Geef het doelniveau bij deze datum.',
    en: 'Give the target level for this date.',
  },
  'standard.evidenceOnlyForProducts': {
    nl: 'Bewijsstukken horen bij een standaard voor producten.',
    en: 'Evidence types belong to standards for products.',
  },
  'standard.notForBoards': {
    nl: 'Deze standaard meet producten van leveranciers, niet besturen.',
    en: "This standard measures vendors' products, not boards.",
  },
  'standard.notForProducts': {
    nl: 'Deze standaard meet besturen zelf, niet producten.',
    en: 'This standard measures boards themselves, not products.',
  },
  'boardAssessment.levelOutOfRange': {
    nl: 'Een volwassenheidsniveau ligt tussen 1 en 5.',
    en: 'A maturity level lies between 1 and 5.',
  },
  'boardAssessment.plannedBelowLevel': {
    nl: 'Het geplande niveau ligt niet onder het niveau van vandaag.',
    en: "The planned level does not lie below today's level.",
  },
  'boardAssessment.plannedLevelRequired': {
    nl: 'Geef het niveau dat je op deze datum wilt halen.',
    en: 'Give the level you plan to reach by this date.',
  },
  'boardAssessment.plannedByRequired': {
    nl: 'Geef de datum waarop je het geplande niveau wilt halen.',
    en: 'Give the date by which you plan to reach this level.',
  },
  'boardAssessment.plannedByPast': {
    nl: 'De geplande datum ligt vandaag of later.',
    en: 'The planned date lies today or later.',
  },
  'assessment.unknownRequirement': {
    nl: 'Deze standaard heeft geen eis met deze id.',
    en: 'This standard has no requirement with this id.',
  },
  'assessment.notOwnAttestation': {
    nl: 'Alleen eigen attestaties van de leverancier gelden als bewijs.',
    en: "Only the vendor's own attestations count as evidence.",
  },
  'assessment.unanswered': {
    nl: 'Beantwoord eerst elke eis.',
    en: 'Answer every requirement first.',
  },
  'assessment.reviewPending': {
    nl: 'Kies of je het antwoord bevestigt of betwist.',
    en: 'Choose whether you confirm or dispute the answer.',
  },
  'deal.validUntilBeforeValidFrom': {
    nl: 'De einddatum ligt niet voor de begindatum.',
    en: 'The end date does not lie before the start date.',
  },
  'deal.notOwnProduct': {
    nl: 'Dit is geen product van deze leverancier.',
    en: 'This is not a product of this vendor.',
  },
  // Notifications: `<key>.title` and `<key>.body` per kind (in the app, and the
  // e-mail's subject and text), and the e-mails' common lines.
  'notification.memberJoined.title': {
    nl: '{name} is lid geworden van {organisation}',
    en: '{name} joined {organisation}',
  },
  'notification.memberJoined.body': {
    nl: '{name} ({email}) heeft de uitnodiging aanvaard en is nu lid van {organisation} met {roleCount, plural, one {de rol} other {de rollen}} {roles}.',
    en: '{name} ({email}) accepted the invitation and is now a member of {organisation} with {roleCount, plural, one {the role} other {the roles}} {roles}.',
  },
  'email.invitation.subject': {
    nl: 'Uitnodiging voor {organisation} in Regie',
    en: 'Invitation to {organisation} in Regie',
  },
  'email.invitation.body': {
    nl:
      '{inviter} nodigt je uit om lid te worden van {organisation} in Regie, met {roleCount, plural, one {de rol} other {de rollen}} {roles}.\n\n' +
      'Aanvaard de uitnodiging vóór {expiresOn} via deze link:\n{url}\n\n' +
      'Verwachtte je deze uitnodiging niet? Dan kun je dit bericht negeren.',
    en:
      '{inviter} invites you to join {organisation} in Regie, with {roleCount, plural, one {the role} other {the roles}} {roles}.\n\n' +
      'Accept the invitation before {expiresOn} through this link:\n{url}\n\n' +
      'Did you not expect this invitation? Then you can ignore this message.',
  },
  'email.greeting': { nl: 'Hallo {name},', en: 'Hello {name},' },
  'email.openInRegie': {
    nl: 'Bekijk het in Regie: {url}',
    en: 'See it in Regie: {url}',
  },
  'email.footer': {
    nl: 'Dit bericht is automatisch verstuurd door Regie, het register van schoolbesturen voor hun ICT-leveranciers.',
    en: 'This message was sent automatically by Regie, the register school boards share for their ICT suppliers.',
  },
  'field.maxItems': {
    nl: 'Hoogstens {max, plural, one {# waarde} other {# waarden}}.',
    en: 'At most {max, plural, one {# value} other {# values}}.',
  },
  'field.unknownValue': {
    nl: 'Deze waarde komt niet voor in de lijst.',
    en: 'This value is not in the list.',
  },
  'field.notSupported': {
    nl: 'Op dit kenmerk kan nog niet worden gefilterd.',
    en: 'Filtering on this is not available yet.',
  },
  'field.nulCharacter': {
    nl: 'Deze tekst bevat een NUL-teken (U+0000), dat niet kan worden bewaard.',
    en: 'This text contains a NUL character (U+0000), which cannot be stored.',
  },
  'field.unpairedSurrogate': {
    nl: 'Deze tekst bevat een ongeldig teken (een losse UTF-16-surrogaat).',
    en: 'This text contains an invalid character (an unpaired UTF-16 surrogate).',
  },
  'request.tooLarge': {
    nl: 'Het verzoek is groter dan {max}.',
    en: 'The request is larger than {max}.',
  },
  'request.malformedJson': {
    nl: 'Het verzoek is geen geldige JSON.',
    en: 'The request is not valid JSON.',
  },
  'leaflet.transferMechanismOutsideEea': {
    nl: 'Buiten de EER: kies een doorgiftegrondslag, of “geen waarborg” als die er niet is.',
    en: 'Outside the EEA: choose a transfer mechanism, or “no safeguard” when there is none.',
  },
  'leaflet.retentionCategoryNotListed': {
    nl: 'Deze categorie staat niet bij de verwerkte persoonsgegevens.',
    en: 'This category is not among the personal data processed.',
  },

  // Files (POST /api/files, GET /api/files/:id) and attestations.
  'file.tooLarge': {
    nl: 'Het bestand is groter dan {max, plural, one {# byte} other {# bytes}}.',
    en: 'The file is larger than {max, plural, one {# byte} other {# bytes}}.',
  },
  'file.unsupportedType': {
    nl: 'Dit soort bestand wordt niet aanvaard; stuur een PDF.',
    en: 'This kind of file is not accepted; send a PDF.',
  },
  'file.missing': {
    nl: 'Stuur één bestand in het veld "file" van een multipart/form-data-verzoek.',
    en: 'Send one file in the "file" field of a multipart/form-data request.',
  },
  'file.organisationRequired': {
    nl: 'Je bent lid van meer organisaties: geef organisationId mee.',
    en: 'You belong to several organisations: give organisationId.',
  },
  'file.personOnly': {
    nl: 'Alleen een aangemelde persoon kan bestanden uploaden, geen API-token.',
    en: 'Only a signed-in person can upload files, not an API token.',
  },
  'file.alreadyLinked': {
    nl: 'Dit bestand hoort al bij iets anders; upload het opnieuw.',
    en: 'This file already belongs to something else; upload it again.',
  },
  'attestation.validUntilBeforeIssuedOn': {
    nl: 'De einddatum ligt vóór de datum van afgifte.',
    en: 'The end date is before the date of issue.',
  },
  'attestation.productOfOtherVendor': {
    nl: 'Dit product is van een andere leverancier.',
    en: 'This product belongs to another vendor.',
  },
  'attestation.supersedesOtherVendor': {
    nl: 'Een verlenging hoort bij een attestatie van dezelfde leverancier.',
    en: "A renewal must name one of the same vendor's attestations.",
  },
  'attestation.supersedesOtherType': {
    nl: 'Een verlenging is van dezelfde soort als het attest dat zij vernieuwt.',
    en: 'A renewal is of the same type as the attestation it renews.',
  },
  'attestation.verdictRequired': {
    nl: 'Kies of je het attest verifieert of afwijst.',
    en: 'Choose whether you verify or reject the attestation.',
  },
  'attestation.rejectionNeedsNote': {
    nl: 'Zeg bij een afwijzing waarom.',
    en: 'Say why when rejecting.',
  },
  'attestation.notRestricted': {
    nl: 'Het document van deze attestatie is al zichtbaar; toegang vragen is niet nodig.',
    en: "This attestation's document is visible already; no need to ask for access.",
  },
  'agreement.validUntilBeforeValidFrom': {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
  'agreement.productOfOtherVendor': {
    nl: 'Dit product is van een andere leverancier dan die van de overeenkomst.',
    en: "This product is not the agreement's vendor's.",
  },
  'agreement.notABoard': {
    nl: 'Dit is geen schoolbestuur.',
    en: 'This is not a school board.',
  },
  'agreement.notAVendor': {
    nl: 'Dit is geen leverancier.',
    en: 'This is not a vendor.',
  },
  'agreement.endDateInPast': {
    nl: 'De einddatum ligt in het verleden; kies vandaag of later.',
    en: 'The end date has passed; choose today or later.',
  },
  'agreement.supersedesOtherParties': {
    nl: 'Een nieuwe versie hoort bij een overeenkomst tussen dezelfde partijen.',
    en: 'A new version must replace an agreement between the same parties.',
  },
  'agreement.documentNotPdf': {
    nl: 'Voeg een PDF toe.',
    en: 'Attach a PDF.',
  },
  'notification.agreementSubmitted.title': {
    nl: 'Verwerkersovereenkomst met {vendor} ter beoordeling',
    en: 'Processing agreement with {vendor} to review',
  },
  'notification.agreementSubmitted.body': {
    nl: 'De verwerkersovereenkomst van {board} met {vendor} ({products}) wacht op je beoordeling als FG.',
    en: 'The processing agreement of {board} with {vendor} ({products}) awaits your review as privacy officer.',
  },
  'notification.agreementChangesRequested.title': {
    nl: 'Wijzigingen gevraagd in de verwerkersovereenkomst van {board} met {vendor}',
    en: 'Changes requested in the processing agreement of {board} with {vendor}',
  },
  'notification.agreementChangesRequested.body': {
    nl: 'De FG van {board} vraagt: {note}',
    en: 'The privacy officer of {board} asks: {note}',
  },
  'notification.agreementSigned.title': {
    nl: '{party} heeft de verwerkersovereenkomst van {board} met {vendor} ondertekend',
    en: '{party} signed the processing agreement of {board} with {vendor}',
  },
  'notification.agreementSigned.body': {
    nl: '{active, select, yes {Beide partijen hebben getekend: de overeenkomst is actief.} other {Nu jouw handtekening nog, als tekenbevoegde van {other}.}}',
    en: '{active, select, yes {Both parties have signed: the agreement is active.} other {Your signature is next, as signatory of {other}.}}',
  },
  'agreement.deviationUnchanged': {
    nl: 'Geef een nieuw artikel, onderwerp of nieuwe tekst voor de afwijking.',
    en: 'Give the deviation a new clause, topic or text.',
  },
  'agreement.exitChoiceByVendor': {
    nl: 'Alleen het schoolbestuur kiest wat er met de gegevens gebeurt.',
    en: 'Only the school board chooses what happens to the data.',
  },
  'exitChoice.DELETE': {
    nl: 'de gegevens verwijderen',
    en: 'delete the data',
  },
  'exitChoice.RETURN_THEN_DELETE': {
    nl: 'de gegevens eerst teruggeven en dan verwijderen',
    en: 'return the data first, then delete it',
  },
  'notification.agreementMessage.title': {
    nl: 'Bericht over de verwerkersovereenkomst van {board} met {vendor}',
    en: 'Message about the processing agreement of {board} with {vendor}',
  },
  'notification.agreementMessage.body': {
    nl: '{author} ({organisation}) schrijft: {body}',
    en: '{author} ({organisation}) writes: {body}',
  },
  'notification.agreementExitChosen.title': {
    nl: 'Einde van de verwerkersovereenkomst met {board}: {choice}',
    en: 'End of the processing agreement with {board}: {choice}',
  },
  'notification.agreementExitChosen.body': {
    nl: '{board} kiest wat er met de gegevens gebeurt als de overeenkomst eindigt: {choice}. Bevestig in Regie uiterlijk {dueOn} wat je hebt teruggegeven en verwijderd, en wat je volgens de wet bewaart.',
    en: '{board} chooses what happens to the data when the agreement ends: {choice}. Confirm in Regie by {dueOn} what you returned and deleted, and what the law makes you keep.',
  },
  'notification.agreementExitConfirmed.title': {
    nl: '{vendor} bevestigt wat er met de gegevens is gebeurd',
    en: '{vendor} confirms what happened to the data',
  },
  'notification.agreementExitConfirmed.body': {
    nl: 'Over de beëindigde verwerkersovereenkomst met {board}: {statement}',
    en: 'About the ended processing agreement with {board}: {statement}',
  },
  'notification.agreementExitChoiceNeeded.title': {
    nl: 'Kies wat {vendor} met de gegevens doet',
    en: 'Choose what {vendor} does with the data',
  },
  'notification.agreementExitChoiceNeeded.body': {
    nl: 'De verwerkersovereenkomst van {board} met {vendor} is geëindigd op {endDate}. Kies in Regie of {vendor} de gegevens verwijdert of eerst teruggeeft.',
    en: 'The processing agreement of {board} with {vendor} ended on {endDate}. Choose in Regie whether {vendor} deletes the data or returns it first.',
  },
  'notification.agreementExitDue.title': {
    nl: 'Gegevens van {board}: bevestig uiterlijk {dueOn}',
    en: 'Data of {board}: confirm by {dueOn}',
  },
  'notification.agreementExitDue.body': {
    nl: '{board} koos: {choice}. Bevestig in Regie uiterlijk {dueOn} wat je hebt teruggegeven en verwijderd, en wat je volgens de wet bewaart.',
    en: '{board} chose: {choice}. Confirm in Regie by {dueOn} what you returned and deleted, and what the law makes you keep.',
  },
  'notification.agreementExitOverdue.title': {
    nl: 'Te laat: {vendor} heeft niet bevestigd wat er met de gegevens van {board} is gebeurd',
    en: 'Overdue: {vendor} has not confirmed what happened to the data of {board}',
  },
  'notification.agreementExitOverdue.body': {
    nl: '{board} koos: {choice}. De bevestiging was uiterlijk {dueOn} nodig en ontbreekt nog.',
    en: '{board} chose: {choice}. The confirmation was due by {dueOn} and is still missing.',
  },
  'incident.productOfOtherVendor': {
    nl: 'Dit product is van een andere leverancier.',
    en: 'This product belongs to another vendor.',
  },
  'incident.discoveredInFuture': {
    nl: 'De ontdekking kan niet in de toekomst liggen.',
    en: 'The discovery cannot lie in the future.',
  },
  // Security advisories (the sector CERT) and CSAF 2.0 documents.
  'advisory.csafInvalid': {
    nl: 'Dit is geen geldig CSAF 2.0-document: {path} voldoet niet aan het schema ({schemaPath}).',
    en: 'This is not a valid CSAF 2.0 document: {path} does not match the schema ({schemaPath}).',
  },
  'advisory.csafTooLarge': {
    nl: 'Een CSAF-document mag hoogstens 1 MiB groot zijn.',
    en: 'A CSAF document may be at most 1 MiB.',
  },
  'advisory.csafNotJson': {
    nl: 'Het document is geen JSON.',
    en: 'The document is not JSON.',
  },
  'advisory.csafTlpRed': {
    nl: 'Het document is gemarkeerd TLP:RED (/document/distribution/tlp/label): dat is voor met naam genoemde personen, niet om rond te sturen.',
    en: 'The document is marked TLP:RED (/document/distribution/tlp/label): that is for named people, not for fan-out.',
  },
  'advisory.severityMissing': {
    nl: 'Het document geeft geen CVSS-score en geen bruikbare ernst: kies de ernst.',
    en: 'The document gives no CVSS score and no usable severity: choose the severity.',
  },
  'advisory.noMatchingProducts': {
    nl: 'Geen product uit het document komt in Regie voor (leverancier en productnaam): kies de producten.',
    en: "None of the document's products is in Regie (vendor and product name): choose the products.",
  },
  'advisory.cve': {
    nl: 'Een CVE-nummer ziet eruit als CVE-2024-12345.',
    en: 'A CVE identifier looks like CVE-2024-12345.',
  },
  'advisory.notConcerned': {
    nl: 'Dit advies gaat niet over jouw bestuur: het heeft geen overeenkomst op deze producten.',
    en: 'This advisory does not concern your board: it has no agreement on these products.',
  },
  // Words for an advisory's severity and TLP label in notifications and e-mails.
  'advisory.severity.LOW': { nl: 'laag', en: 'low' },
  'advisory.severity.MEDIUM': { nl: 'gemiddeld', en: 'medium' },
  'advisory.severity.HIGH': { nl: 'hoog', en: 'high' },
  'advisory.severity.CRITICAL': { nl: 'kritiek', en: 'critical' },
  'advisory.tlp.CLEAR': {
    nl: 'TLP:CLEAR, je mag het vrij delen',
    en: 'TLP:CLEAR, you may share it freely',
  },
  'advisory.tlp.GREEN': {
    nl: 'TLP:GREEN, deel het alleen binnen de onderwijssector, niet openbaar',
    en: 'TLP:GREEN, share it only within the education sector, not publicly',
  },
  'advisory.tlp.AMBER': {
    nl: 'TLP:AMBER, deel het alleen binnen je organisatie en met wie het nodig heeft om zich te beschermen',
    en: 'TLP:AMBER, share it only within your organisation and with those who need it to protect themselves',
  },
  'advisory.tlp.AMBER_STRICT': {
    nl: 'TLP:AMBER+STRICT, deel het alleen binnen je eigen organisatie',
    en: 'TLP:AMBER+STRICT, share it only within your own organisation',
  },
  'notification.advisoryPublished.title': {
    nl: 'Beveiligingsadvies van {publisher} (ernst {severity}): {title}',
    en: 'Security advisory from {publisher} (severity {severity}): {title}',
  },
  'notification.advisoryPublished.body': {
    nl:
      '{publisher} waarschuwt voor {products}, dat jullie bestuur gebruikt. {summary}' +
      '{hasAction, select, yes {\n\nWat moeten jullie doen? {action}} other {}}' +
      '\n\nLaat in Regie weten of jullie bestuur geraakt is: geraakt, niet geraakt of opgelost.\n\nDelen: {tlp}.',
    en:
      '{publisher} warns about {products}, which your board uses. {summary}' +
      '{hasAction, select, yes {\n\nWhat should you do? {action}} other {}}' +
      '\n\nLet them know in Regie whether your board is affected: affected, not affected or mitigated.\n\nSharing: {tlp}.',
  },
  // Incidents and reminders: notifications, `<key>.title` and `<key>.body`.
  'notification.incidentReported.title': {
    nl: 'Incident bij {vendor}: {title}',
    en: 'Incident at {vendor}: {title}',
  },
  'notification.incidentReported.body': {
    nl: '{vendor} meldt een incident (ernst: {severity, select, LOW {laag} MEDIUM {gemiddeld} HIGH {hoog} CRITICAL {kritiek} other {{severity}}}) bij {products}, in gebruik bij jouw bestuur. Persoonsgegevens betrokken: {personalData, select, yes {ja} other {nee}}. Bevestig de melding in Regie; bij een datalek heb je 72 uur om de Autoriteit Persoonsgegevens in te lichten.',
    en: '{vendor} reports an incident ({severity, select, LOW {low} MEDIUM {medium} HIGH {high} CRITICAL {critical} other {{severity}}} severity) in {products}, in use at your board. Personal data involved: {personalData, select, yes {yes} other {no}}. Acknowledge it in Regie; for a personal-data breach you have 72 hours to notify the supervisory authority.',
  },
  'notification.incidentUpdated.title': {
    nl: 'Nieuws over het incident bij {vendor}: {title}',
    en: 'Update on the incident at {vendor}: {title}',
  },
  'notification.incidentUpdated.body': {
    nl: '{vendor} schrijft: {body}',
    en: '{vendor} writes: {body}',
  },
  'notification.incidentResolved.title': {
    nl: 'Incident opgelost bij {vendor}: {title}',
    en: 'Incident resolved at {vendor}: {title}',
  },
  'notification.incidentResolved.body': {
    nl: '{vendor} heeft het incident "{title}" als opgelost gemeld.',
    en: '{vendor} reported the incident "{title}" as resolved.',
  },
  'notification.attestationExpiring.title': {
    nl: '{type, select, OTHER {Attestatie} other {Attestatie {typeName}}} van {vendor} verloopt op {validUntil}',
    en: "{vendor}'s {type, select, OTHER {attestation} other {{typeName} attestation}} expires on {validUntil}",
  },
  'notification.attestationExpiring.body': {
    nl: 'De {type, select, OTHER {attestatie} other {attestatie {typeName}}} van {vendor}, afgegeven door {issuer}, geldt tot en met {validUntil}. Zij dekt: {products}.',
    en: "{vendor}'s {type, select, OTHER {attestation} other {{typeName} attestation}}, issued by {issuer}, holds until {validUntil} inclusive. It covers: {products}.",
  },
  'notification.attestationExpired.title': {
    nl: '{type, select, OTHER {Attestatie} other {Attestatie {typeName}}} van {vendor} is verlopen',
    en: "{vendor}'s {type, select, OTHER {attestation} other {{typeName} attestation}} has expired",
  },
  'notification.attestationExpired.body': {
    nl: 'De {type, select, OTHER {attestatie} other {attestatie {typeName}}} van {vendor}, afgegeven door {issuer}, gold tot en met {validUntil}. Zij dekte: {products}.',
    en: "{vendor}'s {type, select, OTHER {attestation} other {{typeName} attestation}}, issued by {issuer}, held until {validUntil} inclusive. It covered: {products}.",
  },
  'notification.tenderInterestDeadline.title': {
    nl: 'Nog drie dagen om interesse te melden: {title}',
    en: 'Three days left to register interest: {title}',
  },
  'notification.tenderInterestDeadline.body': {
    nl: 'De aanbesteding {title} neemt interesse aan tot {deadline}. Meld het aantal leerlingen en scholen van je bestuur om mee te doen.',
    en: "The tender {title} takes interest until {deadline}. Register your board's students and schools to take part.",
  },
  'notification.tenderOfferDeadline.title': {
    nl: 'Nog drie dagen om in te schrijven: {title}',
    en: 'Three days left to submit an offer: {title}',
  },
  'notification.tenderOfferDeadline.body': {
    nl: 'De aanbesteding {title} neemt inschrijvingen aan tot {deadline}.',
    en: 'The tender {title} takes offers until {deadline}.',
  },
  'notification.agreementExpiring.title': {
    nl: 'Verwerkersovereenkomst {board} – {vendor} loopt af op {validUntil}',
    en: 'Processing agreement {board} – {vendor} ends on {validUntil}',
  },
  'notification.agreementExpiring.body': {
    nl: 'De verwerkersovereenkomst tussen {board} en {vendor} ({model}) geldt tot en met {validUntil}. Regel op tijd een nieuwe.',
    en: 'The processing agreement between {board} and {vendor} ({model}) holds until {validUntil} inclusive. Arrange a new one in time.',
  },
  // Changes of subprocessors (GDPR art. 28(2)): errors, words, and `<key>.title`/`.body`
  // notifications (to the notified boards' FGs and admins, and to the vendor).
  'conflict.SUBPROCESSOR_CHANGE_NOT_ANNOUNCED': {
    nl: 'Dit concept voegt subverwerkers toe of vervangt ze, terwijl besturen een verwerkersovereenkomst op het product hebben: kondig de wijziging ten minste 30 dagen vooraf aan. Een aangekondigd concept wordt op de aangekondigde datum gepubliceerd.',
    en: 'This draft adds or replaces subprocessors while boards have a processing agreement in force on the product: announce the change at least 30 days ahead. An announced draft is published on the announced date.',
  },
  // Reviews boards share.
  'productReview.leafletNotOfProduct': {
    nl: 'Kies een gepubliceerde versie van de privacybijsluiter van dit product.',
    en: "Choose a published version of this product's privacy leaflet.",
  },
  'productReview.topicTwice': {
    nl: 'Elk onderwerp komt één keer voor in een beoordeling.',
    en: 'Each topic appears once in a review.',
  },
  'notification.productReviewPublished.title': {
    nl: '{named, select, yes {{board}} other {Een anoniem bestuur}} beoordeelde {product}',
    en: '{named, select, yes {{board}} other {An anonymous board}} reviewed {product}',
  },
  'notification.productReviewPublished.body': {
    nl: '{named, select, yes {De FG van {board}} other {De FG van een bestuur dat anoniem blijft}} deelde een beoordeling van de voorwaarden van {product} met de sector: {riskLevel, select, LOW {laag risico} MEDIUM {gemiddeld risico} HIGH {hoog risico} other {}}. Je kunt er één keer op reageren in Regie.',
    en: "{named, select, yes {The privacy officer of {board}} other {The privacy officer of a board that stays anonymous}} shared a review of {product}'s terms with the sector: {riskLevel, select, LOW {low risk} MEDIUM {medium risk} HIGH {high risk} other {}}. You can respond once in Regie.",
  },
  'notification.productReviewResponded.title': {
    nl: '{vendor} reageerde op je beoordeling van {product}',
    en: '{vendor} responded to your review of {product}',
  },
  'notification.productReviewResponded.body': {
    nl: '{vendor} heeft gereageerd op de beoordeling van {product} die je bestuur deelde. Iedereen die de beoordeling leest, ziet de reactie erbij.',
    en: '{vendor} responded to the review of {product} that your board shared. Everyone who reads the review sees the response with it.',
  },
  'subprocessorChange.nothingAdded': {
    nl: 'Dit concept voegt geen subverwerker toe en vervangt er geen: er is niets aan te kondigen.',
    en: 'This draft adds or replaces no subprocessor: there is nothing to announce.',
  },
  'subprocessorChange.notDraft': {
    nl: 'Alleen een concept van een privacybijsluiter kun je aankondigen.',
    en: 'Only a draft privacy leaflet can be announced.',
  },
  'subprocessorChange.tooSoon': {
    nl: 'Kies een datum ten minste {days} dagen na vandaag.',
    en: 'Choose a date at least {days} days after today.',
  },
  'subprocessorChange.subprocessor': {
    nl: '{name} ({service}; {country}; {mechanism})',
    en: '{name} ({service}; {country}; {mechanism})',
  },
  'transferMechanism.NOT_APPLICABLE': {
    nl: 'niet van toepassing, binnen de EER',
    en: 'not applicable, inside the EEA',
  },
  'transferMechanism.ADEQUACY_DECISION': { nl: 'adequaatheidsbesluit', en: 'adequacy decision' },
  'transferMechanism.STANDARD_CONTRACTUAL_CLAUSES': {
    nl: 'standaardcontractbepalingen',
    en: 'standard contractual clauses',
  },
  'transferMechanism.BINDING_CORPORATE_RULES': {
    nl: 'bindende bedrijfsvoorschriften',
    en: 'binding corporate rules',
  },
  'transferMechanism.NONE': { nl: 'geen waarborg', en: 'no safeguard' },
  'notification.subprocessorChangeAnnounced.title': {
    nl: '{vendor} wijzigt de subverwerkers van {product} per {effectiveOn}',
    en: '{vendor} changes the subprocessors of {product} from {effectiveOn}',
  },
  'notification.subprocessorChangeAnnounced.body': {
    nl: '{vendor} kondigt een wijziging van subverwerkers aan voor {product}, waarop je bestuur een verwerkersovereenkomst heeft (AVG art. 28 lid 2). Erbij: {added}.{removedCount, plural, =0 {} other { Eraf: {removed}.}} De wijziging gaat in op {effectiveOn}. De FG van je bestuur kan tot en met {lastDay} bezwaar maken in Regie.',
    en: '{vendor} announces a change of subprocessors for {product}, on which your board has a processing agreement (GDPR art. 28(2)). Added: {added}.{removedCount, plural, =0 {} other { Removed: {removed}.}} The change takes effect on {effectiveOn}. Your board’s privacy officer can object in Regie until {lastDay} inclusive.',
  },
  'notification.subprocessorChangeWithdrawn.title': {
    nl: '{vendor} trekt de wijziging van subverwerkers van {product} in',
    en: '{vendor} withdraws the change of subprocessors of {product}',
  },
  'notification.subprocessorChangeWithdrawn.body': {
    nl: 'De wijziging die {vendor} had aangekondigd per {effectiveOn} gaat niet door: de subverwerkers van {product} blijven zoals ze waren.',
    en: 'The change {vendor} had announced for {effectiveOn} does not go ahead: the subprocessors of {product} stay as they were.',
  },
  'notification.subprocessorChangeObjected.title': {
    nl: '{board} maakt bezwaar tegen de nieuwe subverwerkers van {product}',
    en: '{board} objects to the new subprocessors of {product}',
  },
  'notification.subprocessorChangeObjected.body': {
    nl: 'De FG van {board} maakt bezwaar tegen de wijziging van subverwerkers van {product} per {effectiveOn}: {reason}',
    en: 'The privacy officer of {board} objects to the change of subprocessors of {product} from {effectiveOn}: {reason}',
  },
  'notification.subprocessorChangeInEffect.title': {
    nl: 'Nieuwe subverwerkers van {product} gelden vanaf vandaag',
    en: 'New subprocessors of {product} apply from today',
  },
  'notification.subprocessorChangeInEffect.body': {
    nl: 'De wijziging van subverwerkers die {vendor} had aangekondigd, is ingegaan: versie {version} van de privacybijsluiter van {product} is gepubliceerd. Erbij: {added}.{removedCount, plural, =0 {} other { Eraf: {removed}.}}',
    en: 'The change of subprocessors {vendor} had announced has taken effect: version {version} of the privacy leaflet of {product} is published. Added: {added}.{removedCount, plural, =0 {} other { Removed: {removed}.}}',
  },
  // The Edu-V DPA API (interop/edu-v-dpa-api.md): `statusMessage` of its errors.
  'eduv.apiTokenOnly': {
    nl: 'De Edu-V-API neemt het API-token van een organisatie, niet dat van een persoon.',
    en: "The Edu-V API takes an organisation's API token, not a person's.",
  },
  'eduv.missingParameter': {
    nl: 'De parameter {name} ontbreekt.',
    en: 'The parameter {name} is missing.',
  },
  'eduv.repeatedParameter': {
    nl: 'Geef de parameter {name} één keer.',
    en: 'Give the parameter {name} once.',
  },
  'eduv.badOin': {
    nl: 'supplierOin is een OIN van precies 20 cijfers.',
    en: 'supplierOin is an OIN of exactly 20 digits.',
  },
  'eduv.badBoardId': {
    nl: 'boardId is een onderwijsbestuursnummer van 5 cijfers.',
    en: 'boardId is an onderwijsbestuursnummer of 5 digits.',
  },
  'eduv.badEcosystem': {
    nl: 'ecosystem kent één waarde: Edu-V.',
    en: 'ecosystem has one value: Edu-V.',
  },
  'eduv.unknownDataService': {
    nl: 'Onbekende datadienst: {value}.',
    en: 'Unknown data service: {value}.',
  },
  'eduv.notOwnOin': {
    nl: 'Een leverancier vraagt hier alleen naar zijn eigen overeenkomsten (eigen OIN).',
    en: 'A supplier asks here only about its own agreements (its own OIN).',
  },
  'eduv.notTheBoard': {
    nl: 'Alleen het bestuur zelf mag naar zijn overeenkomsten vragen.',
    en: 'Only the board itself may ask about its agreements.',
  },
  'eduv.noAgreement': {
    nl: 'Er is geen verwerkersovereenkomst tussen dit bestuur en deze leverancier.',
    en: 'There is no processing agreement between this board and this supplier.',
  },
  // Documents an FG hands over (the processor register, the breach log, the signed
  // agreement's PDF): their headings, and every code written as words.
  'export.yes': { nl: 'ja', en: 'yes' },
  'export.no': { nl: 'nee', en: 'no' },
  'export.none': { nl: 'geen', en: 'none' },
  'export.openEnded': { nl: 'tot opzegging', en: 'until terminated' },
  'export.register.sheet': { nl: 'Verwerkersregister', en: 'Processor register' },
  'export.register.file': { nl: 'verwerkersregister', en: 'processor-register' },
  'export.register.vendor': { nl: 'Leverancier', en: 'Vendor' },
  'export.register.products': { nl: 'Producten', en: 'Products' },
  'export.register.purposes': { nl: 'Doeleinden', en: 'Purposes' },
  'export.register.dataSubjects': { nl: 'Betrokkenen', en: 'Data subjects' },
  'export.register.dataCategories': {
    nl: 'Categorieën persoonsgegevens',
    en: 'Categories of personal data',
  },
  'export.register.personalNumbers': {
    nl: 'Persoonsgebonden nummers (BSN, PGN)',
    en: 'Personal numbers (BSN, PGN)',
  },
  'export.register.retention': { nl: 'Bewaartermijnen', en: 'Retention' },
  'export.register.subprocessors': { nl: 'Subverwerkers', en: 'Sub-processors' },
  'export.register.locations': { nl: 'Locaties', en: 'Locations' },
  'export.register.transferMechanisms': {
    nl: 'Doorgiftegrondslagen',
    en: 'Transfer mechanisms',
  },
  'export.register.dataOutsideEea': {
    nl: 'Gegevens buiten de EER',
    en: 'Data outside the EEA',
  },
  'export.register.validFrom': { nl: 'Geldig vanaf', en: 'Valid from' },
  'export.register.validUntil': { nl: 'Geldig tot en met', en: 'Valid until' },
  'export.register.attestations': {
    nl: 'Geldige attestaties',
    en: 'Valid attestations',
  },
  'export.register.expiredAttestations': {
    nl: 'Verlopen attestaties',
    en: 'Expired attestations',
  },
  'export.register.openDeviations': { nl: 'Open afwijkingen', en: 'Open deviations' },
  'export.register.subprocessor': {
    nl: '{name}: {service} ({country}; {mechanism})',
    en: '{name}: {service} ({country}; {mechanism})',
  },
  'export.register.location': {
    nl: '{country}: {activity}',
    en: '{country}: {activity}',
  },
  'export.register.retentionRule': {
    nl: '{category}: {period}',
    en: '{category}: {period}',
  },
  'export.breachLog.sheet': { nl: 'Register datalekken', en: 'Breach log' },
  'export.breachLog.file': { nl: 'register-datalekken', en: 'breach-log' },
  'export.breachLog.notifiedAt': {
    nl: 'Ontvangen van de leverancier',
    en: 'Received from the vendor',
  },
  'export.breachLog.vendor': { nl: 'Leverancier', en: 'Vendor' },
  'export.breachLog.products': { nl: 'Producten', en: 'Products' },
  'export.breachLog.title': { nl: 'Incident', en: 'Incident' },
  'export.breachLog.description': { nl: 'Omschrijving', en: 'Description' },
  'export.breachLog.severity': { nl: 'Ernst', en: 'Severity' },
  'export.breachLog.personalData': {
    nl: 'Persoonsgegevens betrokken',
    en: 'Personal data involved',
  },
  'export.breachLog.discoveredAt': { nl: 'Ontdekt', en: 'Discovered' },
  'export.breachLog.status': { nl: 'Status', en: 'Status' },
  'export.breachLog.acknowledgedAt': {
    nl: 'Bevestigd door de FG',
    en: 'Acknowledged by the privacy officer',
  },
  'export.breachLog.deadline': {
    nl: 'Uiterste melddatum AP (72 uur)',
    en: 'Deadline for the authority (72 hours)',
  },
  'export.breachLog.decision': {
    nl: 'Besluit over melding aan de AP',
    en: 'Decision on notifying the authority',
  },
  'export.breachLog.authorityReportedAt': {
    nl: 'Gemeld aan de AP op',
    en: 'Notified to the authority on',
  },
  'export.breachLog.authorityReference': {
    nl: 'Kenmerk van de AP',
    en: "Authority's reference",
  },
  'export.breachLog.reason': {
    nl: 'Reden om niet te melden',
    en: 'Reason for not notifying',
  },
  'export.breachLog.effects': {
    nl: 'Gevolgen voor betrokkenen',
    en: 'Effects for the data subjects',
  },
  'export.breachLog.remedialAction': {
    nl: 'Genomen maatregelen',
    en: 'Remedial action taken',
  },
  'export.breachLog.decidedAt': { nl: 'Vastgelegd op', en: 'Recorded on' },
  'export.breachLog.decidedBy': { nl: 'Vastgelegd door', en: 'Recorded by' },
  'export.breachLog.noDecision': {
    nl: 'nog geen besluit',
    en: 'no decision yet',
  },
  'export.breachLog.notRequired': {
    nl: 'niet van toepassing: geen persoonsgegevens',
    en: 'not applicable: no personal data',
  },
  'enum.AuthorityDecision.REPORTED': { nl: 'Gemeld', en: 'Reported' },
  'enum.AuthorityDecision.NOT_REPORTED': { nl: 'Niet gemeld', en: 'Not reported' },
  'enum.Severity.LOW': { nl: 'Laag', en: 'Low' },
  'enum.Severity.MEDIUM': { nl: 'Middel', en: 'Medium' },
  'enum.Severity.HIGH': { nl: 'Hoog', en: 'High' },
  'enum.Severity.CRITICAL': { nl: 'Kritiek', en: 'Critical' },
  'enum.IncidentStatus.OPEN': { nl: 'Open', en: 'Open' },
  'enum.IncidentStatus.RESOLVED': { nl: 'Opgelost', en: 'Resolved' },
  'enum.DataSubject.STUDENT': { nl: 'Leerlingen', en: 'Students' },
  'enum.DataSubject.PARENT': {
    nl: 'Ouders en verzorgers',
    en: 'Parents and guardians',
  },
  'enum.DataSubject.STAFF': { nl: 'Medewerkers', en: 'Staff' },
  'enum.PersonalDataCategory.CONTACT_DETAILS': {
    nl: 'Contactgegevens',
    en: 'Contact details',
  },
  'enum.PersonalDataCategory.ADMINISTRATION_NUMBER': {
    nl: 'Administratienummer',
    en: 'Administration number',
  },
  'enum.PersonalDataCategory.NATIONALITY_BIRTHPLACE': {
    nl: 'Nationaliteit en geboorteplaats',
    en: 'Nationality and place of birth',
  },
  'enum.PersonalDataCategory.PARENTS_GUARDIANS': {
    nl: 'Ouders en voogden',
    en: 'Parents and guardians',
  },
  'enum.PersonalDataCategory.HEALTH_WELLBEING': {
    nl: 'Gezondheid en welzijn',
    en: 'Health and wellbeing',
  },
  'enum.PersonalDataCategory.RELIGION': { nl: 'Godsdienst', en: 'Religion' },
  'enum.PersonalDataCategory.STUDY_PROGRESS': {
    nl: 'Studievoortgang en resultaten',
    en: 'Study progress and results',
  },
  'enum.PersonalDataCategory.EDUCATION_ORGANISATION': {
    nl: 'Onderwijsorganisatie en leermiddelen',
    en: 'Organisation of education and learning materials',
  },
  'enum.PersonalDataCategory.FEES': {
    nl: 'Financiële gegevens (bijdragen)',
    en: 'Fees',
  },
  'enum.PersonalDataCategory.PHOTOS_VIDEO': {
    nl: "Foto's en video",
    en: 'Photos and video',
  },
  'enum.PersonalDataCategory.TEACHERS_MENTORS': {
    nl: 'Docenten en mentoren',
    en: 'Teachers and mentors',
  },
  'enum.PersonalDataCategory.LEGAL_OTHER': {
    nl: 'Overige wettelijk vereiste gegevens',
    en: 'Other data required by law',
  },
  'enum.PersonalDataCategory.PERSONAL_NUMBER': {
    nl: 'Persoonsgebonden nummer (BSN, PGN)',
    en: 'Personal number (BSN, PGN)',
  },
  'enum.PersonalDataCategory.IDENTIFIERS': {
    nl: 'Andere identificatoren',
    en: 'Other identifiers',
  },
  'enum.PersonalDataCategory.USAGE_LOGS': {
    nl: 'Gebruiks- en loggegevens',
    en: 'Usage and log data',
  },
  'enum.TransferMechanism.NOT_APPLICABLE': {
    nl: 'Niet van toepassing (binnen de EER)',
    en: 'Not applicable (inside the EEA)',
  },
  'enum.TransferMechanism.ADEQUACY_DECISION': {
    nl: 'Adequaatheidsbesluit',
    en: 'Adequacy decision',
  },
  'enum.TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES': {
    nl: 'Standaardcontractbepalingen',
    en: 'Standard contractual clauses',
  },
  'enum.TransferMechanism.BINDING_CORPORATE_RULES': {
    nl: 'Bindende bedrijfsvoorschriften',
    en: 'Binding corporate rules',
  },
  'enum.TransferMechanism.NONE': { nl: 'Geen waarborg', en: 'No safeguard' },
  'enum.AttestationType.ISO27001': { nl: 'ISO/IEC 27001', en: 'ISO/IEC 27001' },
  'enum.AttestationType.ISO27701': { nl: 'ISO/IEC 27701', en: 'ISO/IEC 27701' },
  'enum.AttestationType.ISO27017': { nl: 'ISO/IEC 27017', en: 'ISO/IEC 27017' },
  'enum.AttestationType.ISO27018': { nl: 'ISO/IEC 27018', en: 'ISO/IEC 27018' },
  'enum.AttestationType.NEN7510': { nl: 'NEN 7510', en: 'NEN 7510' },
  'enum.AttestationType.SOC2_TYPE2': { nl: 'SOC 2 type II', en: 'SOC 2 Type II' },
  'enum.AttestationType.ISAE3402': { nl: 'ISAE 3402', en: 'ISAE 3402' },
  'enum.AttestationType.ISAE3000': { nl: 'ISAE 3000', en: 'ISAE 3000' },
  'enum.AttestationType.PENTEST': { nl: 'Penetratietest', en: 'Penetration test' },
  'enum.AttestationType.TPM': {
    nl: 'Third party mededeling (TPM)',
    en: 'Third-party memorandum (TPM)',
  },
  'enum.AttestationType.CSA_STAR': { nl: 'CSA STAR', en: 'CSA STAR' },
  'enum.AttestationType.OTHER': { nl: 'Anders', en: 'Other' },
  'enum.DeviationAssessment.ACCEPTABLE': { nl: 'Aanvaardbaar', en: 'Acceptable' },
  'enum.DeviationAssessment.ACCEPTABLE_WITH_MEASURES': {
    nl: 'Aanvaardbaar met maatregelen',
    en: 'Acceptable with measures',
  },
  'enum.DeviationAssessment.UNACCEPTABLE': { nl: 'Onaanvaardbaar', en: 'Unacceptable' },
  'enum.AgreementSource.DIRECT': {
    nl: 'Rechtstreeks onderhandeld',
    en: 'Negotiated directly',
  },
  'enum.AgreementSource.GENERAL_OFFER': {
    nl: 'Algemeen aanbod van de leverancier',
    en: "The vendor's general offer",
  },
  'enum.AgreementSource.FRAMEWORK': { nl: 'Raamovereenkomst', en: 'Framework deal' },
  'enum.SignatureParty.BOARD': { nl: 'Schoolbestuur', en: 'School board' },
  'enum.SignatureParty.VENDOR': { nl: 'Leverancier', en: 'Vendor' },

  // authority decisions (art. 33(5)): what a board's FG records.
  'incident.reportedAtRequired': {
    nl: 'Zeg wanneer het bestuur de Autoriteit Persoonsgegevens heeft ingelicht.',
    en: 'Say when the board notified the supervisory authority.',
  },
  'incident.reasonRequired': {
    nl: 'Zeg waarom het bestuur de Autoriteit Persoonsgegevens niet inlicht.',
    en: 'Say why the board does not notify the supervisory authority.',
  },
  'incident.reportedAtInFuture': {
    nl: 'De melding kan niet in de toekomst liggen.',
    en: 'The notification cannot lie in the future.',
  },
  // The signed agreement's PDF (signed-document.ts): written once, in Dutch and English.
  'signedDocument.title': { nl: 'Verwerkersovereenkomst', en: 'Processing agreement' },
  'signedDocument.intro': {
    nl: 'Dit document geeft precies weer wat beide partijen in Regie hebben ondertekend, met elke handtekening en de hash van de ondertekende inhoud. Het bewijst de overeenkomst zonder Regie: de SHA-256 van de canonieke JSON in de bijlage is de inhoudshash, en die staat in elke handtekening.',
    en: 'This document states exactly what the parties signed in Regie, with every signature and the hash of the signed content. It proves the agreement without Regie: the SHA-256 of the canonical JSON in the appendix is the content hash, and every signature names it.',
  },
  'signedDocument.parties': { nl: 'Partijen', en: 'Parties' },
  'signedDocument.controller': {
    nl: 'Verwerkingsverantwoordelijke (schoolbestuur)',
    en: 'Controller (school board)',
  },
  'signedDocument.processor': {
    nl: 'Verwerker (leverancier)',
    en: 'Processor (vendor)',
  },
  'signedDocument.boardNumber': { nl: 'bestuursnummer', en: 'board number' },
  'signedDocument.kvkNumber': { nl: 'KvK-nummer', en: 'Chamber of Commerce number' },
  'signedDocument.terms': { nl: 'Voorwaarden', en: 'Terms' },
  'signedDocument.model': { nl: 'Model', en: 'Model' },
  'signedDocument.source': { nl: 'Herkomst', en: 'Source' },
  'signedDocument.validity': { nl: 'Geldigheid', en: 'Validity' },
  'signedDocument.validFrom': {
    nl: 'vanaf de dag van de laatste handtekening',
    en: 'from the day of the last signature',
  },
  'signedDocument.products': { nl: 'Producten', en: 'Products' },
  'signedDocument.leaflets': {
    nl: 'Privacybijsluiters (zoals ondertekend)',
    en: 'Privacy leaflets (as signed)',
  },
  'signedDocument.leafletVersion': {
    nl: '{product}, versie {version}',
    en: '{product}, version {version}',
  },
  'signedDocument.purposes': { nl: 'Doeleinden', en: 'Purposes' },
  'signedDocument.dataSubjects': { nl: 'Betrokkenen', en: 'Data subjects' },
  'signedDocument.dataCategories': {
    nl: 'Categorieën persoonsgegevens',
    en: 'Categories of personal data',
  },
  'signedDocument.retention': { nl: 'Bewaartermijnen', en: 'Retention' },
  'signedDocument.subprocessors': { nl: 'Subverwerkers', en: 'Sub-processors' },
  'signedDocument.locations': { nl: 'Locaties', en: 'Locations' },
  'signedDocument.breachNotification': {
    nl: 'Melding van datalekken binnen {hours} uur',
    en: 'Breaches notified within {hours} hours',
  },
  'signedDocument.privacyContact': { nl: 'Privacycontact', en: 'Privacy contact' },
  'signedDocument.deviations': {
    nl: 'Afwijkingen van het model',
    en: 'Deviations from the model',
  },
  'signedDocument.clause': { nl: 'Artikel {clause}', en: 'Clause {clause}' },
  'signedDocument.assessment': {
    nl: 'Beoordeling FG',
    en: "Privacy officer's assessment",
  },
  'signedDocument.unassessed': { nl: 'niet beoordeeld', en: 'not assessed' },
  'signedDocument.documents': { nl: 'Bijlagen', en: 'Attached documents' },
  'signedDocument.signatures': { nl: 'Handtekeningen', en: 'Signatures' },
  'signedDocument.signedBy': {
    nl: '{party}: {name}, {at}',
    en: '{party}: {name}, {at}',
  },
  'signedDocument.consent': {
    nl: 'Instemming van de leverancier waarop de overeenkomst rust',
    en: "The vendor's consent the agreement rests on",
  },
  'signedDocument.consentOffer': {
    nl: 'Algemeen aanbod van {vendor}, gepubliceerd en daarmee ondertekend door {name} op {at}.',
    en: 'General offer of {vendor}, published and so signed by {name} on {at}.',
  },
  'signedDocument.consentDeal': {
    nl: 'Raamovereenkomst "{title}", voor {vendor} ondertekend door {name} op {at}.',
    en: 'Framework deal "{title}", signed for {vendor} by {name} on {at}.',
  },
  'signedDocument.consentHash': {
    nl: 'SHA-256 van de door de leverancier ondertekende voorwaarden',
    en: 'SHA-256 of the terms the vendor signed',
  },
  'signedDocument.contentHash': {
    nl: 'Inhoudshash (SHA-256 van de ondertekende inhoud)',
    en: 'Content hash (SHA-256 of the signed content)',
  },
  'signedDocument.appendix': {
    nl: 'Bijlage: de ondertekende inhoud (canonieke JSON)',
    en: 'Appendix: the signed content (canonical JSON)',
  },
  'signedDocument.appendixHow': {
    nl: 'De regels hieronder vormen samen, zonder regeleinden, precies de ondertekende tekst (UTF-8); elke regel behalve de laatste telt {count} tekens, spaties aan het eind meegeteld. Hij zit ook als bestand signed-content.json in dit PDF-document.',
    en: 'The lines below, joined without line breaks, are exactly the signed text (UTF-8); every line but the last holds {count} characters, spaces at its end included. It is also attached to this PDF as the file signed-content.json.',
  },
  'signedDocument.appendixEnd': {
    nl: 'Einde van de ondertekende inhoud.',
    en: 'End of the signed content.',
  },
  'signedDocument.unknownPerson': { nl: 'onbekend', en: 'unknown' },
  'signedDocument.generated': {
    nl: 'Opgemaakt door Regie op {at}, overeenkomst {id}.',
    en: 'Made by Regie on {at}, agreement {id}.',
  },
  'sectorOverview.sectorTooSmall': {
    nl: 'Deze sector telt minder dan {min} besturen: kies alle besturen of een andere sector.',
    en: 'This sector has fewer than {min} boards: choose all boards or another sector.',
  },
  'export.sectorOverview.sheet': { nl: 'Sectorbeeld', en: 'Sector overview' },
  'export.sectorOverview.file': { nl: 'sectorbeeld', en: 'sector-overview' },
  'export.sectorOverview.withheld': { nl: 'afgeschermd', en: 'withheld' },
  'export.sectorOverview.total': { nl: 'Totaal', en: 'Total' },
  'export.sectorOverview.everyRequirement': { nl: 'Alle eisen', en: 'Every requirement' },
  'export.sectorOverview.notAssessed': { nl: 'niet beoordeeld', en: 'not assessed' },
  'export.sectorOverview.vendor': { nl: 'Leverancier', en: 'Vendor' },
  'export.sectorOverview.product': { nl: 'Product', en: 'Product' },
  'export.sectorOverview.assessedOn': {
    nl: 'Beoordeling ingediend op',
    en: 'Assessment submitted on',
  },
  'export.sectorOverview.compliant': {
    nl: 'Voldoet aan alle verplichte eisen',
    en: 'Meets every mandatory requirement',
  },
  'export.sectorOverview.boardsInForce': {
    nl: 'Besturen met een overeenkomst van kracht',
    en: 'Boards with an agreement in force',
  },
  'export.sectorOverview.agreementsInForce': {
    nl: 'Overeenkomsten van kracht',
    en: 'Agreements in force',
  },
  'export.sectorOverview.agreementsOnCompliantProducts': {
    nl: 'Overeenkomsten op producten die voldoen',
    en: 'Agreements on compliant products',
  },
  'export.sectorOverview.validAttestationTypes': {
    nl: 'Geldige attesten',
    en: 'Valid attestations',
  },
  'export.sectorOverview.code': { nl: 'Code', en: 'Code' },
  'export.sectorOverview.requirement': { nl: 'Eis', en: 'Requirement' },
  'export.sectorOverview.minimumLevel': { nl: 'Minimumniveau', en: 'Minimum level' },
  'export.sectorOverview.targetLevel': { nl: 'Streefniveau', en: 'Target level' },
  'export.sectorOverview.targetDate': { nl: 'Streefdatum', en: 'Target date' },
  'export.sectorOverview.boardsAssessed': { nl: 'Besturen beoordeeld', en: 'Boards assessed' },
  'export.sectorOverview.boardsAtMinimum': {
    nl: 'Besturen op of boven het minimum',
    en: 'Boards at or above the minimum',
  },
  'export.sectorOverview.boardsAtTarget': {
    nl: 'Besturen op of boven het streefniveau',
    en: 'Boards at or above the target',
  },
  'export.sectorOverview.level1': { nl: 'Niveau 1', en: 'Level 1' },
  'export.sectorOverview.level2': { nl: 'Niveau 2', en: 'Level 2' },
  'export.sectorOverview.level3': { nl: 'Niveau 3', en: 'Level 3' },
  'export.sectorOverview.level4': { nl: 'Niveau 4', en: 'Level 4' },
  'export.sectorOverview.level5': { nl: 'Niveau 5', en: 'Level 5' },
} satisfies Record<string, { nl: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** The words for an enumeration's value in `locale`: `enumLabel('role', Role.ADMIN, Locale.NL)`. */
export function enumLabel<P extends keyof LabelledEnums>(
  prefix: P,
  value: LabelledEnums[P],
  locale: Locale,
): string {
  return message(`${prefix}.${value}` as EnumLabelKey, locale);
}

/** Several values of an enumeration as words joined the language's way: "Beheerder en Lezer". */
export function enumLabelList<P extends keyof LabelledEnums>(
  prefix: P,
  values: readonly LabelledEnums[P][],
  locale: Locale,
): string {
  return formatListIn(
    languageOf(locale),
    values.map((value) => enumLabel(prefix, value, locale)),
  );
}

/** The catalogue language of the API's locale enum. */
export function languageOf(locale: Locale): Language {
  return locale === Locale.EN ? 'en' : 'nl';
}

/** The source texts of the enumerations' words in one language, for the admin's catalogue. */
export function enumLabelSources(language: 'nl' | 'en'): Record<EnumLabelKey, string> {
  const out = {} as Record<EnumLabelKey, string>;
  for (const key of Object.keys(ENUM_LABELS) as EnumLabelKey[])
    out[key] = ENUM_LABELS[key][language];
  return out;
}

/** The catalogue's ICU source texts, for the spec that compiles and compares them all. */
export const messageSources: Readonly<Record<MessageKey, { nl: string; en: string }>> = MESSAGES;

const format = createMessageFormatter();

/** The message for `key` in `locale`, its ICU arguments filled from `params`. */
export function message(key: MessageKey, locale: Locale, params: Params = {}): string {
  const language = languageOf(locale);
  return format(language, key, MESSAGES[key][language], params);
}

/**
 * The locale an Accept-Language header asks for. Dutch is the default: most
 * users are Dutch, and an absent header is most likely a Dutch tool.
 */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return Locale.NL;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.tag && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'nl' || tag.startsWith('nl-')) return Locale.NL;
    if (tag === 'en' || tag.startsWith('en-')) return Locale.EN;
  }
  return Locale.NL;
}
