// User-facing messages in Dutch and English, shared by the API (error messages)
// and the admin (form validation), so a rule says the same thing in both places.
import { Locale } from './enums';

type Params = Record<string, string | number>;
type Text = (p: Params) => string;

const MESSAGES = {
  // Errors of the catalogue (RUNTIME.md).
  'error.unauthenticated': {
    nl: () => 'Je bent niet (meer) aangemeld, of je aanmelding klopt niet.',
    en: () => 'You are not signed in, or your sign-in is not valid.',
  },
  'error.forbidden': {
    nl: () => 'Je hebt geen rol die deze handeling toestaat.',
    en: () => 'None of your roles allows this.',
  },
  'error.notFound': {
    nl: (p) => `${p.entity ?? 'Dit'} bestaat niet of je mag het niet zien.`,
    en: (p) => `${p.entity ?? 'This'} does not exist or you may not see it.`,
  },
  'error.badUserInput': {
    nl: () => 'De invoer is niet in orde.',
    en: () => 'The input is not valid.',
  },
  'error.rateLimited': {
    nl: () => 'Te veel pogingen; probeer het later opnieuw.',
    en: () => 'Too many attempts; try again later.',
  },
  'error.internal': {
    nl: () => 'Er ging iets mis aan onze kant.',
    en: () => 'Something went wrong on our side.',
  },
  'conflict.STALE_VERSION': {
    nl: () => 'Iemand anders heeft dit intussen gewijzigd; laad opnieuw en probeer het nog eens.',
    en: () => 'Someone else changed this meanwhile; reload and try again.',
  },
  'conflict.INVALID_TRANSITION': {
    nl: () => 'Dit kan niet in de huidige status.',
    en: () => 'This is not possible in the current status.',
  },
  'conflict.DEADLINE_NOT_PASSED': {
    nl: () => 'De termijn is nog niet verstreken.',
    en: () => 'The deadline has not passed yet.',
  },
  'conflict.DEADLINE_PASSED': {
    nl: () => 'De termijn is verstreken.',
    en: () => 'The deadline has passed.',
  },
  'conflict.ALREADY_EXISTS': { nl: () => 'Dit bestaat al.', en: () => 'This already exists.' },
  'conflict.UNRESOLVED_DEVIATIONS': {
    nl: () => 'Er zijn afwijkingen die niet of als onaanvaardbaar beoordeeld zijn.',
    en: () => 'Some deviations are unassessed or assessed as unacceptable.',
  },
  'conflict.NOT_ACCEPTED': {
    nl: () => 'De leverancier heeft de voorwaarden nog niet aanvaard.',
    en: () => 'The vendor has not accepted the terms yet.',
  },
  'conflict.ACCEPTED_DEAL_CHANGED': {
    nl: () =>
      'De leverancier heeft deze voorwaarden al aanvaard en ondertekend; ze veranderen niet meer.',
    en: () => 'The vendor has already accepted and signed these terms; they no longer change.',
  },

  // Field validation.
  'field.required': { nl: () => 'Dit veld is verplicht.', en: () => 'This field is required.' },
  'field.invalid': { nl: () => 'Deze waarde is ongeldig.', en: () => 'This value is not valid.' },
  'field.email': {
    nl: () => 'Geef een geldig e-mailadres.',
    en: () => 'Give a valid e-mail address.',
  },
  'field.url': {
    nl: () => 'Geef een geldige webadres (https://…).',
    en: () => 'Give a valid URL (https://…).',
  },
  'field.minLength': {
    nl: (p) => `Minstens ${p.min} tekens.`,
    en: (p) => `At least ${p.min} characters.`,
  },
  'field.maxLength': {
    nl: (p) => `Hoogstens ${p.max} tekens.`,
    en: (p) => `At most ${p.max} characters.`,
  },
  'field.min': { nl: (p) => `Minstens ${p.min}.`, en: (p) => `At least ${p.min}.` },
  'field.max': { nl: (p) => `Hoogstens ${p.max}.`, en: (p) => `At most ${p.max}.` },
  'field.integer': { nl: () => 'Geef een geheel getal.', en: () => 'Give a whole number.' },
  'field.notEmpty': {
    nl: () => 'Geef minstens één waarde.',
    en: () => 'Give at least one value.',
  },
  'field.boardNumber': {
    nl: () => 'Een bestuursnummer bestaat uit 5 cijfers.',
    en: () => 'A board number (bestuursnummer) has 5 digits.',
  },
  'field.kvkNumber': {
    nl: () => 'Een KvK-nummer bestaat uit 8 cijfers.',
    en: () => 'A KvK number has 8 digits.',
  },
  'field.oin': {
    nl: () => 'Een OIN bestaat uit 20 cijfers.',
    en: () => 'An OIN has 20 digits.',
  },
  'field.country': {
    nl: () => 'Geef een landcode volgens ISO 3166-1 alpha-2, zoals NL.',
    en: () => 'Give an ISO 3166-1 alpha-2 country code, such as NL.',
  },
  'field.first': {
    nl: (p) => `Vraag hoogstens ${p.max} tegelijk.`,
    en: (p) => `Ask for at most ${p.max} at a time.`,
  },
  'field.taken': {
    nl: () => 'Dit is al in gebruik bij een andere organisatie of persoon.',
    en: () => 'This is already in use by another organisation or person.',
  },
  'field.roleForKind': {
    nl: (p) => `Deze rol past niet bij een organisatie van deze soort; kies uit: ${p.allowed}.`,
    en: (p) => `This role does not fit an organisation of this kind; choose from: ${p.allowed}.`,
  },
  'field.boardNumberRequired': {
    nl: () => 'Een schoolbestuur heeft een bestuursnummer.',
    en: () => 'A school board needs a board number.',
  },
  'field.onlyForKind': {
    nl: (p) => `Alleen voor een organisatie van de soort ${p.kind}.`,
    en: (p) => `Only for an organisation of kind ${p.kind}.`,
  },
  'invitation.unknown': {
    nl: () => 'Deze uitnodiging bestaat niet (meer).',
    en: () => 'This invitation does not exist.',
  },
  'invitation.used': {
    nl: () => 'Deze uitnodiging is al gebruikt.',
    en: () => 'This invitation has already been used.',
  },
  'invitation.expired': {
    nl: () => 'Deze uitnodiging is verlopen; vraag om een nieuwe.',
    en: () => 'This invitation has expired; ask for a new one.',
  },
  'invitation.revoked': {
    nl: () => 'Deze uitnodiging is ingetrokken.',
    en: () => 'This invitation has been revoked.',
  },
  'invitation.signInFirst': {
    nl: () => 'Er bestaat al een account met dit e-mailadres: meld je eerst aan.',
    en: () => 'An account with this e-mail address exists: sign in first.',
  },
  'invitation.otherPerson': {
    nl: () => 'Deze uitnodiging is voor een ander e-mailadres.',
    en: () => 'This invitation is for another e-mail address.',
  },
  'member.lastAdmin': {
    nl: () =>
      'De laatste beheerder van een organisatie kan niet weg; wijs eerst een andere beheerder aan.',
    en: () => 'An organisation cannot lose its last administrator; appoint another one first.',
  },
  'field.cursor': {
    nl: () => 'Deze cursor is ongeldig.',
    en: () => 'This cursor is not valid.',
  },
  'tender.weightWhole': {
    nl: () => 'Een weging is een heel percentage van 1 tot en met 100.',
    en: () => 'A weight is a whole percentage from 1 to 100.',
  },
  'tender.weightsTotal': {
    nl: () => 'De wegingen van de gunningscriteria tellen samen op tot 100.',
    en: () => 'The weights of the award criteria add up to 100.',
  },
  'tender.tiersStart': {
    nl: () => 'De eerste prijsstaffel begint bij 0 leerlingen.',
    en: () => 'The first price tier starts at 0 students.',
  },
  'tender.tiersOrder': {
    nl: () => 'Elke prijsstaffel begint bij meer leerlingen dan de vorige.',
    en: () => 'Each price tier starts at more students than the one before.',
  },
  'tender.unknownCriterion': {
    nl: () => 'Deze aanbesteding heeft geen gunningscriterium met deze naam.',
    en: () => 'This tender has no award criterion of this name.',
  },
  'tender.scoreRange': {
    nl: () => 'Een score ligt tussen 0 en 10.',
    en: () => 'A score lies between 0 and 10.',
  },
  'tender.deadlineOrder': {
    nl: () => 'De deadline voor offertes ligt na die voor belangstelling.',
    en: () => 'The offer deadline lies after the interest deadline.',
  },
  'tender.offerNotInTender': {
    nl: () => 'Deze offerte hoort niet bij deze aanbesteding.',
    en: () => 'This offer does not belong to this tender.',
  },
  'tender.wrongCategory': {
    nl: () => 'Dit product valt niet in de categorie van de aanbesteding.',
    en: () => 'This product is not in the category of the tender.',
  },
  'audit.checkpointSignature': {
    nl: () => 'Dit controlepunt is niet door deze server ondertekend, of het is gewijzigd.',
    en: () => 'This checkpoint was not signed by this server, or it was changed.',
  },
  'standard.duplicateCode': {
    nl: () => 'Elke eis heeft een eigen code.',
    en: () => 'Each requirement has a code of its own.',
  },
  'standard.notPublished': {
    nl: () => 'Deze minimale standaard is nog niet gepubliceerd.',
    en: () => 'This minimum standard has not been published yet.',
  },
  'assessment.unknownRequirement': {
    nl: () => 'Deze standaard heeft geen eis met deze id.',
    en: () => 'This standard has no requirement with this id.',
  },
  'assessment.notOwnAttestation': {
    nl: () => 'Alleen eigen attestaties van de leverancier gelden als bewijs.',
    en: () => "Only the vendor's own attestations count as evidence.",
  },
  'assessment.unanswered': {
    nl: () => 'Beantwoord eerst elke eis.',
    en: () => 'Answer every requirement first.',
  },
  'assessment.reviewPending': {
    nl: () => 'Kies CONFIRMED of DISPUTED.',
    en: () => 'Choose CONFIRMED or DISPUTED.',
  },
  'deal.validUntilBeforeValidFrom': {
    nl: () => 'De einddatum ligt niet voor de begindatum.',
    en: () => 'The end date does not lie before the start date.',
  },
  'deal.notOwnProduct': {
    nl: () => 'Dit is geen product van deze leverancier.',
    en: () => 'This is not a product of this vendor.',
  },
  // Notifications: `<key>.title` and `<key>.body` per kind (in the app, and the
  // e-mail's subject and text), and the e-mails' common lines.
  'notification.memberJoined.title': {
    nl: (p) => `${p.name} is lid geworden van ${p.organisation}`,
    en: (p) => `${p.name} joined ${p.organisation}`,
  },
  'notification.memberJoined.body': {
    nl: (p) =>
      `${p.name} (${p.email}) heeft de uitnodiging aanvaard en is nu lid van ${p.organisation} met de rollen ${p.roles}.`,
    en: (p) =>
      `${p.name} (${p.email}) accepted the invitation and is now a member of ${p.organisation} with the roles ${p.roles}.`,
  },
  'email.invitation.subject': {
    nl: (p) => `Uitnodiging voor ${p.organisation} in Regie`,
    en: (p) => `Invitation to ${p.organisation} in Regie`,
  },
  'email.invitation.body': {
    nl: (p) =>
      `${p.inviter} nodigt je uit om lid te worden van ${p.organisation} in Regie, met de rollen ${p.roles}.\n\n` +
      `Aanvaard de uitnodiging vóór ${p.expiresOn} via deze link:\n${p.url}\n\n` +
      'Verwachtte je deze uitnodiging niet? Dan kun je dit bericht negeren.',
    en: (p) =>
      `${p.inviter} invites you to join ${p.organisation} in Regie, with the roles ${p.roles}.\n\n` +
      `Accept the invitation before ${p.expiresOn} through this link:\n${p.url}\n\n` +
      'Did you not expect this invitation? Then you can ignore this message.',
  },
  'email.greeting': { nl: (p) => `Hallo ${p.name},`, en: (p) => `Hello ${p.name},` },
  'email.openInRegie': {
    nl: (p) => `Bekijk het in Regie: ${p.url}`,
    en: (p) => `See it in Regie: ${p.url}`,
  },
  'email.footer': {
    nl: () =>
      'Dit bericht is automatisch verstuurd door Regie, het register van schoolbesturen voor hun ICT-leveranciers.',
    en: () =>
      'This message was sent automatically by Regie, the register school boards share for their ICT suppliers.',
  },
  'field.maxItems': {
    nl: (p) => `Hoogstens ${p.max} waarden.`,
    en: (p) => `At most ${p.max} values.`,
  },
  'field.unknownValue': {
    nl: () => 'Deze waarde komt niet voor in de lijst.',
    en: () => 'This value is not in the list.',
  },
  'field.notSupported': {
    nl: () => 'Op dit kenmerk kan nog niet worden gefilterd.',
    en: () => 'Filtering on this is not available yet.',
  },
  'field.nulCharacter': {
    nl: () => 'Deze tekst bevat een NUL-teken (U+0000), dat niet kan worden bewaard.',
    en: () => 'This text contains a NUL character (U+0000), which cannot be stored.',
  },
  'field.unpairedSurrogate': {
    nl: () => 'Deze tekst bevat een ongeldig teken (een losse UTF-16-surrogaat).',
    en: () => 'This text contains an invalid character (an unpaired UTF-16 surrogate).',
  },
  'request.tooLarge': {
    nl: (p) => `Het verzoek is groter dan ${p.max}.`,
    en: (p) => `The request is larger than ${p.max}.`,
  },
  'request.malformedJson': {
    nl: () => 'Het verzoek is geen geldige JSON.',
    en: () => 'The request is not valid JSON.',
  },
  'leaflet.transferMechanismOutsideEea': {
    nl: () => 'Buiten de EER: kies een doorgiftegrondslag, of GEEN als die er niet is.',
    en: () => 'Outside the EEA: choose a transfer mechanism, or NONE when there is none.',
  },
  'leaflet.retentionCategoryNotListed': {
    nl: () => 'Deze categorie staat niet bij de verwerkte persoonsgegevens.',
    en: () => 'This category is not among the personal data processed.',
  },

  // Files (POST /api/files, GET /api/files/:id) and attestations.
  'file.tooLarge': {
    nl: (p) => `Het bestand is groter dan ${p.max} bytes.`,
    en: (p) => `The file is larger than ${p.max} bytes.`,
  },
  'file.unsupportedType': {
    nl: () => 'Dit soort bestand wordt niet aanvaard; stuur een PDF.',
    en: () => 'This kind of file is not accepted; send a PDF.',
  },
  'file.missing': {
    nl: () => 'Stuur één bestand in het veld "file" van een multipart/form-data-verzoek.',
    en: () => 'Send one file in the "file" field of a multipart/form-data request.',
  },
  'file.organisationRequired': {
    nl: () => 'Je bent lid van meer organisaties: geef organisationId mee.',
    en: () => 'You belong to several organisations: give organisationId.',
  },
  'file.personOnly': {
    nl: () => 'Alleen een aangemelde persoon kan bestanden uploaden, geen API-token.',
    en: () => 'Only a signed-in person can upload files, not an API token.',
  },
  'file.alreadyLinked': {
    nl: () => 'Dit bestand hoort al bij iets anders; upload het opnieuw.',
    en: () => 'This file already belongs to something else; upload it again.',
  },
  'attestation.validUntilBeforeIssuedOn': {
    nl: () => 'De einddatum ligt vóór de datum van afgifte.',
    en: () => 'The end date is before the date of issue.',
  },
  'attestation.productOfOtherVendor': {
    nl: () => 'Dit product is van een andere leverancier.',
    en: () => 'This product belongs to another vendor.',
  },
  'attestation.supersedesOtherVendor': {
    nl: () => 'Een verlenging hoort bij een attestatie van dezelfde leverancier.',
    en: () => "A renewal must name one of the same vendor's attestations.",
  },
  'attestation.supersedesOtherType': {
    nl: (p) => `Een verlenging is van dezelfde soort (${p.type}).`,
    en: (p) => `A renewal is of the same type (${p.type}).`,
  },
  'attestation.verdictRequired': {
    nl: () => 'Kies VERIFIED of REJECTED.',
    en: () => 'Choose VERIFIED or REJECTED.',
  },
  'attestation.rejectionNeedsNote': {
    nl: () => 'Zeg bij een afwijzing waarom.',
    en: () => 'Say why when rejecting.',
  },
  'attestation.notRestricted': {
    nl: () => 'Het document van deze attestatie is al zichtbaar; toegang vragen is niet nodig.',
    en: () => "This attestation's document is visible already; no need to ask for access.",
  },
  'agreement.validUntilBeforeValidFrom': {
    nl: () => 'De einddatum ligt vóór de begindatum.',
    en: () => 'The end date is before the start date.',
  },
  'agreement.productOfOtherVendor': {
    nl: () => 'Dit product is van een andere leverancier dan die van de overeenkomst.',
    en: () => "This product is not the agreement's vendor's.",
  },
  'agreement.notABoard': {
    nl: () => 'Dit is geen schoolbestuur.',
    en: () => 'This is not a school board.',
  },
  'agreement.notAVendor': {
    nl: () => 'Dit is geen leverancier.',
    en: () => 'This is not a vendor.',
  },
  'agreement.endDateInPast': {
    nl: () => 'De einddatum ligt in het verleden; kies vandaag of later.',
    en: () => 'The end date has passed; choose today or later.',
  },
  'agreement.supersedesOtherParties': {
    nl: () => 'Een nieuwe versie hoort bij een overeenkomst tussen dezelfde partijen.',
    en: () => 'A new version must replace an agreement between the same parties.',
  },
  'agreement.documentNotPdf': {
    nl: () => 'Voeg een PDF toe.',
    en: () => 'Attach a PDF.',
  },
  'notification.agreementSubmitted.title': {
    nl: (p) => `Verwerkersovereenkomst met ${p.vendor} ter beoordeling`,
    en: (p) => `Processing agreement with ${p.vendor} to review`,
  },
  'notification.agreementSubmitted.body': {
    nl: (p) =>
      `De verwerkersovereenkomst van ${p.board} met ${p.vendor} (${p.products}) wacht op je beoordeling als FG.`,
    en: (p) =>
      `The processing agreement of ${p.board} with ${p.vendor} (${p.products}) awaits your review as privacy officer.`,
  },
  'notification.agreementChangesRequested.title': {
    nl: (p) => `Wijzigingen gevraagd in de verwerkersovereenkomst van ${p.board} met ${p.vendor}`,
    en: (p) => `Changes requested in the processing agreement of ${p.board} with ${p.vendor}`,
  },
  'notification.agreementChangesRequested.body': {
    nl: (p) => `De FG van ${p.board} vraagt: ${p.note}`,
    en: (p) => `The privacy officer of ${p.board} asks: ${p.note}`,
  },
  'notification.agreementSigned.title': {
    nl: (p) =>
      `${p.party} heeft de verwerkersovereenkomst van ${p.board} met ${p.vendor} ondertekend`,
    en: (p) => `${p.party} signed the processing agreement of ${p.board} with ${p.vendor}`,
  },
  'notification.agreementSigned.body': {
    nl: (p) =>
      p.active === 'yes'
        ? `Beide partijen hebben getekend: de overeenkomst is actief.`
        : `Nu jouw handtekening nog, als tekenbevoegde van ${p.other}.`,
    en: (p) =>
      p.active === 'yes'
        ? `Both parties have signed: the agreement is active.`
        : `Your signature is next, as signatory of ${p.other}.`,
  },
  'agreement.exitChoiceByVendor': {
    nl: () => 'Alleen het schoolbestuur kiest wat er met de gegevens gebeurt.',
    en: () => 'Only the school board chooses what happens to the data.',
  },
  'exitChoice.DELETE': {
    nl: () => 'de gegevens verwijderen',
    en: () => 'delete the data',
  },
  'exitChoice.RETURN_THEN_DELETE': {
    nl: () => 'de gegevens eerst teruggeven en dan verwijderen',
    en: () => 'return the data first, then delete it',
  },
  'notification.agreementMessage.title': {
    nl: (p) => `Bericht over de verwerkersovereenkomst van ${p.board} met ${p.vendor}`,
    en: (p) => `Message about the processing agreement of ${p.board} with ${p.vendor}`,
  },
  'notification.agreementMessage.body': {
    nl: (p) => `${p.author} (${p.organisation}) schrijft: ${p.body}`,
    en: (p) => `${p.author} (${p.organisation}) writes: ${p.body}`,
  },
  'notification.agreementExitChosen.title': {
    nl: (p) => `Einde van de verwerkersovereenkomst met ${p.board}: ${p.choice}`,
    en: (p) => `End of the processing agreement with ${p.board}: ${p.choice}`,
  },
  'notification.agreementExitChosen.body': {
    nl: (p) =>
      `${p.board} kiest wat er met de gegevens gebeurt als de overeenkomst eindigt: ${p.choice}. Bevestig in Regie uiterlijk ${p.dueOn} wat je hebt teruggegeven en verwijderd, en wat je volgens de wet bewaart.`,
    en: (p) =>
      `${p.board} chooses what happens to the data when the agreement ends: ${p.choice}. Confirm in Regie by ${p.dueOn} what you returned and deleted, and what the law makes you keep.`,
  },
  'notification.agreementExitConfirmed.title': {
    nl: (p) => `${p.vendor} bevestigt wat er met de gegevens is gebeurd`,
    en: (p) => `${p.vendor} confirms what happened to the data`,
  },
  'notification.agreementExitConfirmed.body': {
    nl: (p) => `Over de beëindigde verwerkersovereenkomst met ${p.board}: ${p.statement}`,
    en: (p) => `About the ended processing agreement with ${p.board}: ${p.statement}`,
  },
  'notification.agreementExitChoiceNeeded.title': {
    nl: (p) => `Kies wat ${p.vendor} met de gegevens doet`,
    en: (p) => `Choose what ${p.vendor} does with the data`,
  },
  'notification.agreementExitChoiceNeeded.body': {
    nl: (p) =>
      `De verwerkersovereenkomst van ${p.board} met ${p.vendor} is geëindigd op ${p.endDate}. Kies in Regie of ${p.vendor} de gegevens verwijdert of eerst teruggeeft.`,
    en: (p) =>
      `The processing agreement of ${p.board} with ${p.vendor} ended on ${p.endDate}. Choose in Regie whether ${p.vendor} deletes the data or returns it first.`,
  },
  'notification.agreementExitDue.title': {
    nl: (p) => `Gegevens van ${p.board}: bevestig uiterlijk ${p.dueOn}`,
    en: (p) => `Data of ${p.board}: confirm by ${p.dueOn}`,
  },
  'notification.agreementExitDue.body': {
    nl: (p) =>
      `${p.board} koos: ${p.choice}. Bevestig in Regie uiterlijk ${p.dueOn} wat je hebt teruggegeven en verwijderd, en wat je volgens de wet bewaart.`,
    en: (p) =>
      `${p.board} chose: ${p.choice}. Confirm in Regie by ${p.dueOn} what you returned and deleted, and what the law makes you keep.`,
  },
  'notification.agreementExitOverdue.title': {
    nl: (p) => `Te laat: ${p.vendor} heeft niet bevestigd wat er met de gegevens van ${p.board} is gebeurd`,
    en: (p) => `Overdue: ${p.vendor} has not confirmed what happened to the data of ${p.board}`,
  },
  'notification.agreementExitOverdue.body': {
    nl: (p) =>
      `${p.board} koos: ${p.choice}. De bevestiging was uiterlijk ${p.dueOn} nodig en ontbreekt nog.`,
    en: (p) =>
      `${p.board} chose: ${p.choice}. The confirmation was due by ${p.dueOn} and is still missing.`,
  },
  'incident.productOfOtherVendor': {
    nl: () => 'Dit product is van een andere leverancier.',
    en: () => 'This product belongs to another vendor.',
  },
  'incident.discoveredInFuture': {
    nl: () => 'De ontdekking kan niet in de toekomst liggen.',
    en: () => 'The discovery cannot lie in the future.',
  },
  // Security advisories (the sector CERT) and CSAF 2.0 documents.
  'advisory.csafInvalid': {
    nl: (p) =>
      `Dit is geen geldig CSAF 2.0-document: ${p.path} voldoet niet aan het schema (${p.schemaPath}).`,
    en: (p) =>
      `This is not a valid CSAF 2.0 document: ${p.path} does not match the schema (${p.schemaPath}).`,
  },
  'advisory.csafTooLarge': {
    nl: () => 'Een CSAF-document mag hoogstens 1 MiB groot zijn.',
    en: () => 'A CSAF document may be at most 1 MiB.',
  },
  'advisory.csafNotJson': {
    nl: () => 'Het document is geen JSON.',
    en: () => 'The document is not JSON.',
  },
  'advisory.csafTlpRed': {
    nl: () =>
      'Het document is gemarkeerd TLP:RED (/document/distribution/tlp/label): dat is voor met naam genoemde personen, niet om rond te sturen.',
    en: () =>
      'The document is marked TLP:RED (/document/distribution/tlp/label): that is for named people, not for fan-out.',
  },
  'advisory.severityMissing': {
    nl: () => 'Het document geeft geen CVSS-score en geen bruikbare ernst: kies de ernst.',
    en: () => 'The document gives no CVSS score and no usable severity: choose the severity.',
  },
  'advisory.noMatchingProducts': {
    nl: () =>
      'Geen product uit het document komt in Regie voor (leverancier en productnaam): kies de producten.',
    en: () =>
      "None of the document's products is in Regie (vendor and product name): choose the products.",
  },
  'advisory.cve': {
    nl: () => 'Een CVE-nummer ziet eruit als CVE-2024-12345.',
    en: () => 'A CVE identifier looks like CVE-2024-12345.',
  },
  'advisory.notConcerned': {
    nl: () =>
      'Dit advies gaat niet over jouw bestuur: het heeft geen overeenkomst op deze producten.',
    en: () => 'This advisory does not concern your board: it has no agreement on these products.',
  },
  'notification.advisoryPublished.title': {
    nl: (p) => `Beveiligingsadvies (${p.severity}) van ${p.publisher}: ${p.title}`,
    en: (p) => `Security advisory (${p.severity}) from ${p.publisher}: ${p.title}`,
  },
  'notification.advisoryPublished.body': {
    nl: (p) =>
      `${p.publisher} waarschuwt voor ${p.products}, dat uw bestuur gebruikt (TLP:${p.tlp}). ${p.summary}\n\nLaat in Regie weten of uw bestuur geraakt is (geraakt, niet geraakt of opgelost).`,
    en: (p) =>
      `${p.publisher} warns about ${p.products}, which your board uses (TLP:${p.tlp}). ${p.summary}\n\nLet them know in Regie whether your board is affected (affected, not affected or mitigated).`,
  },
  // Incidents and reminders: notifications, `<key>.title` and `<key>.body`.
  'notification.incidentReported.title': {
    nl: (p) => `Incident bij ${p.vendor}: ${p.title}`,
    en: (p) => `Incident at ${p.vendor}: ${p.title}`,
  },
  'notification.incidentReported.body': {
    nl: (p) =>
      `${p.vendor} meldt een incident (ernst ${p.severity}) bij ${p.products}, dat uw bestuur gebruikt. Persoonsgegevens betrokken: ${p.personalData}. Bevestig de melding in Regie; voor een datalek hebt u 72 uur om de Autoriteit Persoonsgegevens in te lichten.`,
    en: (p) =>
      `${p.vendor} reports an incident (severity ${p.severity}) in ${p.products}, which your board uses. Personal data involved: ${p.personalData}. Acknowledge it in Regie; for a personal-data breach you have 72 hours to notify the supervisory authority.`,
  },
  'notification.incidentUpdated.title': {
    nl: (p) => `Nieuws over het incident bij ${p.vendor}: ${p.title}`,
    en: (p) => `Update on the incident at ${p.vendor}: ${p.title}`,
  },
  'notification.incidentUpdated.body': {
    nl: (p) => `${p.vendor} schrijft: ${p.body}`,
    en: (p) => `${p.vendor} writes: ${p.body}`,
  },
  'notification.incidentResolved.title': {
    nl: (p) => `Incident opgelost bij ${p.vendor}: ${p.title}`,
    en: (p) => `Incident resolved at ${p.vendor}: ${p.title}`,
  },
  'notification.incidentResolved.body': {
    nl: (p) => `${p.vendor} heeft het incident "${p.title}" als opgelost gemeld.`,
    en: (p) => `${p.vendor} reported the incident "${p.title}" as resolved.`,
  },
  'notification.attestationExpiring.title': {
    nl: (p) => `Attestatie ${p.type} van ${p.vendor} verloopt op ${p.validUntil}`,
    en: (p) => `${p.vendor}'s ${p.type} attestation expires on ${p.validUntil}`,
  },
  'notification.attestationExpiring.body': {
    nl: (p) =>
      `De attestatie ${p.type} (${p.issuer}) van ${p.vendor} geldt tot en met ${p.validUntil}. Zij dekt: ${p.products}.`,
    en: (p) =>
      `${p.vendor}'s ${p.type} attestation (${p.issuer}) holds until ${p.validUntil} inclusive. It covers: ${p.products}.`,
  },
  'notification.attestationExpired.title': {
    nl: (p) => `Attestatie ${p.type} van ${p.vendor} is verlopen`,
    en: (p) => `${p.vendor}'s ${p.type} attestation has expired`,
  },
  'notification.attestationExpired.body': {
    nl: (p) =>
      `De attestatie ${p.type} (${p.issuer}) van ${p.vendor} gold tot en met ${p.validUntil}. Zij dekte: ${p.products}.`,
    en: (p) =>
      `${p.vendor}'s ${p.type} attestation (${p.issuer}) held until ${p.validUntil} inclusive. It covered: ${p.products}.`,
  },
  'notification.tenderInterestDeadline.title': {
    nl: (p) => `Nog drie dagen om interesse te melden: ${p.title}`,
    en: (p) => `Three days left to register interest: ${p.title}`,
  },
  'notification.tenderInterestDeadline.body': {
    nl: (p) =>
      `De aanbesteding ${p.title} neemt interesse aan tot ${p.deadline}. Meld het aantal leerlingen en scholen van je bestuur om mee te doen.`,
    en: (p) =>
      `The tender ${p.title} takes interest until ${p.deadline}. Register your board's students and schools to take part.`,
  },
  'notification.tenderOfferDeadline.title': {
    nl: (p) => `Nog drie dagen om in te schrijven: ${p.title}`,
    en: (p) => `Three days left to submit an offer: ${p.title}`,
  },
  'notification.tenderOfferDeadline.body': {
    nl: (p) => `De aanbesteding ${p.title} neemt inschrijvingen aan tot ${p.deadline}.`,
    en: (p) => `The tender ${p.title} takes offers until ${p.deadline}.`,
  },
  'notification.agreementExpiring.title': {
    nl: (p) => `Verwerkersovereenkomst ${p.board} – ${p.vendor} loopt af op ${p.validUntil}`,
    en: (p) => `Processing agreement ${p.board} – ${p.vendor} ends on ${p.validUntil}`,
  },
  'notification.agreementExpiring.body': {
    nl: (p) =>
      `De verwerkersovereenkomst tussen ${p.board} en ${p.vendor} (${p.model}) geldt tot en met ${p.validUntil}. Regel op tijd een nieuwe.`,
    en: (p) =>
      `The processing agreement between ${p.board} and ${p.vendor} (${p.model}) holds until ${p.validUntil} inclusive. Arrange a new one in time.`,
  },
  // The Edu-V DPA API (interop/edu-v-dpa-api.md): `statusMessage` of its errors.
  'eduv.apiTokenOnly': {
    nl: () => 'De Edu-V-API neemt het API-token van een organisatie, niet dat van een persoon.',
    en: () => "The Edu-V API takes an organisation's API token, not a person's.",
  },
  'eduv.missingParameter': {
    nl: (p) => `De parameter ${p.name} ontbreekt.`,
    en: (p) => `The parameter ${p.name} is missing.`,
  },
  'eduv.repeatedParameter': {
    nl: (p) => `Geef de parameter ${p.name} één keer.`,
    en: (p) => `Give the parameter ${p.name} once.`,
  },
  'eduv.badOin': {
    nl: () => 'supplierOin is een OIN van precies 20 cijfers.',
    en: () => 'supplierOin is an OIN of exactly 20 digits.',
  },
  'eduv.badBoardId': {
    nl: () => 'boardId is een onderwijsbestuursnummer van 5 cijfers.',
    en: () => 'boardId is an onderwijsbestuursnummer of 5 digits.',
  },
  'eduv.badEcosystem': {
    nl: () => 'ecosystem kent één waarde: Edu-V.',
    en: () => 'ecosystem has one value: Edu-V.',
  },
  'eduv.unknownDataService': {
    nl: (p) => `Onbekende datadienst: ${p.value}.`,
    en: (p) => `Unknown data service: ${p.value}.`,
  },
  'eduv.notOwnOin': {
    nl: () => 'Een leverancier vraagt hier alleen naar zijn eigen overeenkomsten (eigen OIN).',
    en: () => 'A supplier asks here only about its own agreements (its own OIN).',
  },
  'eduv.notTheBoard': {
    nl: () => 'Alleen het bestuur zelf mag naar zijn overeenkomsten vragen.',
    en: () => 'Only the board itself may ask about its agreements.',
  },
  'eduv.noAgreement': {
    nl: () => 'Er is geen verwerkersovereenkomst tussen dit bestuur en deze leverancier.',
    en: () => 'There is no processing agreement between this board and this supplier.',
  },
} satisfies Record<string, { nl: Text; en: Text }>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** The message for `key` in `locale`; unknown keys fall back to the generic 'invalid'. */
export function message(key: MessageKey, locale: Locale, params: Params = {}): string {
  const entry = MESSAGES[key];
  return (locale === Locale.EN ? entry.en : entry.nl)(params);
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
