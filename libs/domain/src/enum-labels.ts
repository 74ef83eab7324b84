// The words for the API's enumerations that people read (roles, attestation types, data
// subjects and categories, transfer mechanisms), in Dutch and English: the one source for the
// e-mails, notifications and exports (enumLabel in messages.ts) and for the admin, whose
// labels catalogue spreads them in (apps/admin/src/messages/labels.ts). A code never reaches a
// reader; a value reads the same on every screen, in every mail and every file.
import {
  AttestationType,
  DataSubject,
  PersonalDataCategory,
  Role,
  TransferMechanism,
} from './enums';

export const ENUM_LABELS = {
  'role.ADMIN': { nl: 'Beheerder', en: 'Administrator' },
  'role.PROCUREMENT': { nl: 'Inkoper', en: 'Procurement officer' },
  'role.PRIVACY_OFFICER': { nl: 'Functionaris gegevensbescherming', en: 'Data protection officer' },
  'role.SIGNATORY': { nl: 'Tekenbevoegde', en: 'Signatory' },
  'role.VENDOR_EDITOR': { nl: 'Redacteur', en: 'Editor' },
  'role.NEGOTIATOR': { nl: 'Onderhandelaar', en: 'Negotiator' },
  'role.REVIEWER': { nl: 'Beoordelaar', en: 'Reviewer' },
  'role.VIEWER': { nl: 'Lezer', en: 'Viewer' },
  'role.PLATFORM_ADMIN': { nl: 'Platformbeheerder', en: 'Platform administrator' },
  'role.SECURITY_CONTACT': { nl: 'Beveiligingscontact', en: 'Security contact' },
  'role.CERT': { nl: 'CERT', en: 'CERT' },
  'role.INSPECTOR': { nl: 'Inspecteur', en: 'Inspector' },
  'attestationType.CSA_STAR': { nl: 'CSA STAR', en: 'CSA STAR' },
  'attestationType.ISAE3000': { nl: 'ISAE 3000', en: 'ISAE 3000' },
  'attestationType.ISAE3402': { nl: 'ISAE 3402', en: 'ISAE 3402' },
  'attestationType.ISO27001': { nl: 'ISO/IEC 27001', en: 'ISO/IEC 27001' },
  'attestationType.ISO27017': { nl: 'ISO/IEC 27017', en: 'ISO/IEC 27017' },
  'attestationType.ISO27018': { nl: 'ISO/IEC 27018', en: 'ISO/IEC 27018' },
  'attestationType.ISO27701': { nl: 'ISO/IEC 27701', en: 'ISO/IEC 27701' },
  'attestationType.NEN7510': { nl: 'NEN 7510', en: 'NEN 7510' },
  'attestationType.OTHER': { nl: 'Anders', en: 'Other' },
  'attestationType.PENTEST': { nl: 'Penetratietest', en: 'Penetration test' },
  'attestationType.SOC2_TYPE2': { nl: 'SOC 2 type II', en: 'SOC 2 Type II' },
  'attestationType.TPM': { nl: 'Third party mededeling (TPM)', en: 'Third-party memorandum (TPM)' },
  'dataSubject.STUDENT': { nl: 'Leerlingen', en: 'Students' },
  'dataSubject.PARENT': { nl: 'Ouders en verzorgers', en: 'Parents and guardians' },
  'dataSubject.STAFF': { nl: 'Medewerkers', en: 'Staff' },
  'dataCategory.ADMINISTRATION_NUMBER': { nl: 'Administratienummer', en: 'Administration number' },
  'dataCategory.CONTACT_DETAILS': { nl: 'Contactgegevens', en: 'Contact details' },
  'dataCategory.EDUCATION_ORGANISATION': {
    nl: 'Onderwijsorganisatie en leermiddelen',
    en: 'Organisation of education and learning materials',
  },
  'dataCategory.FEES': { nl: 'Financiële gegevens (bijdragen)', en: 'Fees' },
  'dataCategory.HEALTH_WELLBEING': { nl: 'Gezondheid en welzijn', en: 'Health and wellbeing' },
  'dataCategory.IDENTIFIERS': { nl: 'Andere identificatoren', en: 'Other identifiers' },
  'dataCategory.LEGAL_OTHER': {
    nl: 'Overige wettelijk vereiste gegevens',
    en: 'Other data required by law',
  },
  'dataCategory.NATIONALITY_BIRTHPLACE': {
    nl: 'Nationaliteit en geboorteplaats',
    en: 'Nationality and place of birth',
  },
  'dataCategory.PARENTS_GUARDIANS': { nl: 'Ouders en voogden', en: 'Parents and guardians' },
  'dataCategory.PERSONAL_NUMBER': {
    nl: 'Persoonsgebonden nummer (BSN, PGN)',
    en: 'Personal number (BSN, PGN)',
  },
  'dataCategory.PHOTOS_VIDEO': { nl: "Foto's en video", en: 'Photos and video' },
  'dataCategory.RELIGION': { nl: 'Godsdienst', en: 'Religion' },
  'dataCategory.STUDY_PROGRESS': {
    nl: 'Studievoortgang en resultaten',
    en: 'Study progress and results',
  },
  'dataCategory.TEACHERS_MENTORS': { nl: 'Docenten en mentoren', en: 'Teachers and mentors' },
  'dataCategory.USAGE_LOGS': { nl: 'Gebruiks- en loggegevens', en: 'Usage and log data' },
  'transferMechanism.ADEQUACY_DECISION': { nl: 'Adequaatheidsbesluit', en: 'Adequacy decision' },
  'transferMechanism.BINDING_CORPORATE_RULES': {
    nl: 'Bindende bedrijfsvoorschriften',
    en: 'Binding corporate rules',
  },
  'transferMechanism.NONE': { nl: 'Geen waarborg', en: 'No safeguard' },
  'transferMechanism.NOT_APPLICABLE': {
    nl: 'Niet van toepassing (binnen de EER)',
    en: 'Not applicable (inside the EEA)',
  },
  'transferMechanism.STANDARD_CONTRACTUAL_CLAUSES': {
    nl: 'Standaardcontractbepalingen',
    en: 'Standard contractual clauses',
  },
} as const satisfies Record<string, { nl: string; en: string }>;

/** The enumerations that have words here, by the prefix of their keys. */
export interface LabelledEnums {
  role: Role;
  attestationType: AttestationType;
  dataSubject: DataSubject;
  dataCategory: PersonalDataCategory;
  transferMechanism: TransferMechanism;
}

export type EnumLabelKey = keyof typeof ENUM_LABELS;
