// User-facing messages in Dutch and English, shared by the API (error messages)
// and the admin (form validation), so a rule says the same thing in both places.
// Every text is an ICU MessageFormat string (placeholders `{name}`, plurals and selects),
// formatted by intl-messageformat (message-format.ts); messages.spec.ts compiles them all.
import { Locale } from './enums';
import { createMessageFormatter, type MessageValues } from './message-format';

type Params = MessageValues;

const MESSAGES = {
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
    nl: 'Er zijn afwijkingen die niet of als onaanvaardbaar beoordeeld zijn.',
    en: 'Some deviations are unassessed or assessed as unacceptable.',
  },
  'conflict.NOT_ACCEPTED': {
    nl: 'De leverancier heeft de voorwaarden nog niet aanvaard.',
    en: 'The vendor has not accepted the terms yet.',
  },

  // Field validation.
  'field.required': { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  'field.invalid': { nl: 'Deze waarde is ongeldig.', en: 'This value is not valid.' },
  'field.email': {
    nl: 'Geef een geldig e-mailadres.',
    en: 'Give a valid e-mail address.',
  },
  'field.url': {
    nl: 'Geef een geldige webadres (https://…).',
    en: 'Give a valid URL (https://…).',
  },
  'field.minLength': {
    nl: 'Minstens {min} tekens.',
    en: 'At least {min} characters.',
  },
  'field.maxLength': {
    nl: 'Hoogstens {max} tekens.',
    en: 'At most {max} characters.',
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
    nl: 'Deze rol past niet bij een organisatie van deze soort; kies uit: {allowed}.',
    en: 'This role does not fit an organisation of this kind; choose from: {allowed}.',
  },
  'field.boardNumberRequired': {
    nl: 'Een schoolbestuur heeft een bestuursnummer.',
    en: 'A school board needs a board number.',
  },
  'field.onlyForKind': {
    nl: 'Alleen voor een organisatie van de soort {kind}.',
    en: 'Only for an organisation of kind {kind}.',
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
    nl: 'Kies CONFIRMED of DISPUTED.',
    en: 'Choose CONFIRMED or DISPUTED.',
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
    nl: '{name} ({email}) heeft de uitnodiging aanvaard en is nu lid van {organisation} met de rollen {roles}.',
    en: '{name} ({email}) accepted the invitation and is now a member of {organisation} with the roles {roles}.',
  },
  'email.invitation.subject': {
    nl: 'Uitnodiging voor {organisation} in Regie',
    en: 'Invitation to {organisation} in Regie',
  },
  'email.invitation.body': {
    nl:
      '{inviter} nodigt je uit om lid te worden van {organisation} in Regie, met de rollen {roles}.\n\n' +
      'Aanvaard de uitnodiging vóór {expiresOn} via deze link:\n{url}\n\n' +
      'Verwachtte je deze uitnodiging niet? Dan kun je dit bericht negeren.',
    en:
      '{inviter} invites you to join {organisation} in Regie, with the roles {roles}.\n\n' +
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
    nl: 'Hoogstens {max} waarden.',
    en: 'At most {max} values.',
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
    nl: 'Buiten de EER: kies een doorgiftegrondslag, of GEEN als die er niet is.',
    en: 'Outside the EEA: choose a transfer mechanism, or NONE when there is none.',
  },
  'leaflet.retentionCategoryNotListed': {
    nl: 'Deze categorie staat niet bij de verwerkte persoonsgegevens.',
    en: 'This category is not among the personal data processed.',
  },

  // Files (POST /api/files, GET /api/files/:id) and attestations.
  'file.tooLarge': {
    nl: 'Het bestand is groter dan {max} bytes.',
    en: 'The file is larger than {max} bytes.',
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
    nl: 'Een verlenging is van dezelfde soort ({type}).',
    en: 'A renewal is of the same type ({type}).',
  },
  'attestation.verdictRequired': {
    nl: 'Kies VERIFIED of REJECTED.',
    en: 'Choose VERIFIED or REJECTED.',
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
  'notification.advisoryPublished.title': {
    nl: 'Beveiligingsadvies ({severity}) van {publisher}: {title}',
    en: 'Security advisory ({severity}) from {publisher}: {title}',
  },
  'notification.advisoryPublished.body': {
    nl:
      '{publisher} waarschuwt voor {products}, dat uw bestuur gebruikt (TLP:{tlp}). {summary}\n\n' +
      'Laat in Regie weten of uw bestuur geraakt is (geraakt, niet geraakt of opgelost).',
    en:
      '{publisher} warns about {products}, which your board uses (TLP:{tlp}). {summary}\n\n' +
      'Let them know in Regie whether your board is affected (affected, not affected or mitigated).',
  },
  // Incidents and reminders: notifications, `<key>.title` and `<key>.body`.
  'notification.incidentReported.title': {
    nl: 'Incident bij {vendor}: {title}',
    en: 'Incident at {vendor}: {title}',
  },
  'notification.incidentReported.body': {
    nl: '{vendor} meldt een incident (ernst {severity}) bij {products}, dat uw bestuur gebruikt. Persoonsgegevens betrokken: {personalData}. Bevestig de melding in Regie; voor een datalek hebt u 72 uur om de Autoriteit Persoonsgegevens in te lichten.',
    en: '{vendor} reports an incident (severity {severity}) in {products}, which your board uses. Personal data involved: {personalData}. Acknowledge it in Regie; for a personal-data breach you have 72 hours to notify the supervisory authority.',
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
    nl: 'Attestatie {type} van {vendor} verloopt op {validUntil}',
    en: "{vendor}'s {type} attestation expires on {validUntil}",
  },
  'notification.attestationExpiring.body': {
    nl: 'De attestatie {type} ({issuer}) van {vendor} geldt tot en met {validUntil}. Zij dekt: {products}.',
    en: "{vendor}'s {type} attestation ({issuer}) holds until {validUntil} inclusive. It covers: {products}.",
  },
  'notification.attestationExpired.title': {
    nl: 'Attestatie {type} van {vendor} is verlopen',
    en: "{vendor}'s {type} attestation has expired",
  },
  'notification.attestationExpired.body': {
    nl: 'De attestatie {type} ({issuer}) van {vendor} gold tot en met {validUntil}. Zij dekte: {products}.',
    en: "{vendor}'s {type} attestation ({issuer}) held until {validUntil} inclusive. It covered: {products}.",
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
} satisfies Record<string, { nl: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** The catalogue's ICU source texts, for the spec that compiles and compares them all. */
export const messageSources: Readonly<Record<MessageKey, { nl: string; en: string }>> = MESSAGES;

const format = createMessageFormatter();

/** The message for `key` in `locale`, its ICU arguments filled from `params`. */
export function message(key: MessageKey, locale: Locale, params: Params = {}): string {
  const entry = MESSAGES[key];
  return locale === Locale.EN
    ? format('en', key, entry.en, params)
    : format('nl', key, entry.nl, params);
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
