// Privacy leaflets for the demo products: what a Dutch school's FG would find in a
// real privacybijsluiter (purposes, data, retention, sub-processors, locations).
// One sub-processor outside the EEA relies on standard contractual clauses, one has
// no transfer mechanism at all (flagged); Kompas Leerlingvolgsysteem has two
// published versions and a draft of the third. Every name here is made up.
import { writerIn } from '../data-access';
import {
  dataOutsideEea,
  DataSubject as D,
  LeafletStatus,
  PersonalDataCategory as C,
  TransferMechanism as T,
} from '@regie/domain';
import { EntityManager } from 'typeorm';
import type {
  StoredLocation,
  StoredRetentionRule,
  StoredSubprocessor,
} from '../products/privacy-leaflet.entity';
import { PrivacyLeafletEntity } from '../products/privacy-leaflet.entity';
import { ProductEntity } from '../products/product.entity';

interface DemoLeaflet {
  purposes: string[];
  dataSubjects: D[];
  dataCategories: C[];
  retention: StoredRetentionRule[];
  subprocessors: StoredSubprocessor[];
  locations: StoredLocation[];
  breachNotificationHours: number;
  privacyContactEmail: string | null;
}

const sub = (
  name: string,
  service: string,
  country: string,
  transferMechanism = T.NOT_APPLICABLE,
): StoredSubprocessor => ({ name, service, country, transferMechanism });

const EDUCATION = 'Het verzorgen van onderwijs en het begeleiden van leerlingen';
const ACCOUNTS = 'Het beheren van gebruikersaccounts en toegang tot de dienst';
const UNTIL_LEAVING = 'tot 1 jaar na uitschrijving van de leerling';
const LOGS = '6 maanden';
const NL_HOSTING = sub('Polderhost B.V.', 'hosting en back-up', 'NL');

const LEERWIJS_PLATFORM: DemoLeaflet = {
  purposes: [EDUCATION, 'Het volgen van de voortgang van leerlingen', ACCOUNTS],
  dataSubjects: [D.STUDENT, D.STAFF],
  dataCategories: [
    C.CONTACT_DETAILS,
    C.ADMINISTRATION_NUMBER,
    C.STUDY_PROGRESS,
    C.EDUCATION_ORGANISATION,
    C.USAGE_LOGS,
  ],
  retention: [
    { category: C.STUDY_PROGRESS, period: UNTIL_LEAVING },
    { category: C.USAGE_LOGS, period: LOGS },
  ],
  subprocessors: [
    NL_HOSTING,
    sub('Mailwise Inc.', 'verzenden van systeemmails', 'US', T.STANDARD_CONTRACTUAL_CLAUSES),
  ],
  locations: [
    { country: 'NL', activity: 'opslag en verwerking' },
    { country: 'DE', activity: 'back-up' },
  ],
  breachNotificationHours: 24,
  privacyContactEmail: 'privacy@leerwijs.example.nl',
};

export const DEMO_LEAFLETS: Record<string, Record<string, DemoLeaflet[]>> = {
  leerwijs: {
    'Leerwijs Platform': [LEERWIJS_PLATFORM],
    'Leerwijs Rekenen': [
      {
        purposes: [EDUCATION, 'Het adaptief aanbieden van rekenopgaven'],
        dataSubjects: [D.STUDENT, D.STAFF],
        dataCategories: [
          C.ADMINISTRATION_NUMBER,
          C.STUDY_PROGRESS,
          C.TEACHERS_MENTORS,
          C.USAGE_LOGS,
        ],
        retention: [
          { category: C.STUDY_PROGRESS, period: 'tot het einde van het schooljaar na gebruik' },
          { category: C.USAGE_LOGS, period: LOGS },
        ],
        subprocessors: [NL_HOSTING],
        locations: [{ country: 'NL', activity: 'opslag en verwerking' }],
        breachNotificationHours: 24,
        privacyContactEmail: 'privacy@leerwijs.example.nl',
      },
    ],
  },
  schoolkompas: {
    'Kompas Leerlingvolgsysteem': [
      {
        purposes: ['Leerlingadministratie', 'Het volgen van de ontwikkeling van leerlingen'],
        dataSubjects: [D.STUDENT, D.PARENT, D.STAFF],
        dataCategories: [
          C.CONTACT_DETAILS,
          C.PERSONAL_NUMBER,
          C.NATIONALITY_BIRTHPLACE,
          C.PARENTS_GUARDIANS,
          C.HEALTH_WELLBEING,
          C.STUDY_PROGRESS,
          C.EDUCATION_ORGANISATION,
        ],
        retention: [
          {
            category: C.PERSONAL_NUMBER,
            period: '5 jaar na uitschrijving (wettelijke bewaartermijn)',
          },
          { category: C.HEALTH_WELLBEING, period: '2 jaar na uitschrijving' },
          { category: C.STUDY_PROGRESS, period: '5 jaar na uitschrijving' },
        ],
        subprocessors: [sub('Datacentrum Noord B.V.', 'hosting', 'NL')],
        locations: [{ country: 'NL', activity: 'opslag en verwerking' }],
        breachNotificationHours: 48,
        privacyContactEmail: 'fg@schoolkompas.example.nl',
      },
      {
        purposes: [
          'Leerlingadministratie',
          'Het volgen van de ontwikkeling van leerlingen',
          'Uitwisseling met DUO (BRON)',
        ],
        dataSubjects: [D.STUDENT, D.PARENT, D.STAFF],
        dataCategories: [
          C.CONTACT_DETAILS,
          C.PERSONAL_NUMBER,
          C.NATIONALITY_BIRTHPLACE,
          C.PARENTS_GUARDIANS,
          C.HEALTH_WELLBEING,
          C.STUDY_PROGRESS,
          C.EDUCATION_ORGANISATION,
          C.USAGE_LOGS,
        ],
        retention: [
          {
            category: C.PERSONAL_NUMBER,
            period: '5 jaar na uitschrijving (wettelijke bewaartermijn)',
          },
          { category: C.HEALTH_WELLBEING, period: '2 jaar na uitschrijving' },
          { category: C.STUDY_PROGRESS, period: '5 jaar na uitschrijving' },
          { category: C.USAGE_LOGS, period: '12 maanden' },
        ],
        subprocessors: [
          sub('Datacentrum Noord B.V.', 'hosting', 'NL'),
          sub('Logboek Cloud GmbH', 'logging en monitoring', 'DE'),
        ],
        locations: [
          { country: 'NL', activity: 'opslag en verwerking' },
          { country: 'DE', activity: 'logging' },
        ],
        breachNotificationHours: 24,
        privacyContactEmail: 'fg@schoolkompas.example.nl',
      },
      // The draft of version 3: support moves to a help desk in India, not yet covered.
      {
        purposes: [
          'Leerlingadministratie',
          'Het volgen van de ontwikkeling van leerlingen',
          'Uitwisseling met DUO (BRON)',
          'Ondersteuning van gebruikers',
        ],
        dataSubjects: [D.STUDENT, D.PARENT, D.STAFF],
        dataCategories: [
          C.CONTACT_DETAILS,
          C.PERSONAL_NUMBER,
          C.NATIONALITY_BIRTHPLACE,
          C.PARENTS_GUARDIANS,
          C.HEALTH_WELLBEING,
          C.STUDY_PROGRESS,
          C.EDUCATION_ORGANISATION,
          C.USAGE_LOGS,
        ],
        retention: [
          {
            category: C.PERSONAL_NUMBER,
            period: '5 jaar na uitschrijving (wettelijke bewaartermijn)',
          },
          { category: C.STUDY_PROGRESS, period: '5 jaar na uitschrijving' },
          { category: C.USAGE_LOGS, period: '12 maanden' },
        ],
        subprocessors: [
          sub('Datacentrum Noord B.V.', 'hosting', 'NL'),
          sub('Logboek Cloud GmbH', 'logging en monitoring', 'DE'),
          sub(
            'Helpdesk Services Pvt. Ltd.',
            'tweedelijns support',
            'IN',
            T.STANDARD_CONTRACTUAL_CLAUSES,
          ),
        ],
        locations: [
          { country: 'NL', activity: 'opslag en verwerking' },
          { country: 'IN', activity: 'support op afstand' },
        ],
        breachNotificationHours: 24,
        privacyContactEmail: 'fg@schoolkompas.example.nl',
      },
    ],
    'Kompas Ouderportaal': [
      {
        purposes: [
          'Communicatie tussen school en ouders',
          'Absentieregistratie en gespreksplanning',
        ],
        dataSubjects: [D.STUDENT, D.PARENT, D.STAFF],
        dataCategories: [C.CONTACT_DETAILS, C.PARENTS_GUARDIANS, C.PHOTOS_VIDEO, C.USAGE_LOGS],
        retention: [
          {
            category: C.PHOTOS_VIDEO,
            period: 'tot intrekking van de toestemming, uiterlijk bij uitschrijving',
          },
          { category: C.USAGE_LOGS, period: LOGS },
        ],
        subprocessors: [
          sub('Datacentrum Noord B.V.', 'hosting', 'NL'),
          sub(
            'PushNotify LLC',
            'pushberichten naar telefoons',
            'US',
            T.STANDARD_CONTRACTUAL_CLAUSES,
          ),
        ],
        locations: [{ country: 'NL', activity: 'opslag en verwerking' }],
        breachNotificationHours: 48,
        privacyContactEmail: 'fg@schoolkompas.example.nl',
      },
    ],
  },
  toetsplein: {
    'Toetsplein Adaptief': [
      {
        purposes: [
          'Het afnemen en normeren van toetsen',
          'Rapportage van toetsresultaten aan de school',
        ],
        dataSubjects: [D.STUDENT, D.STAFF],
        dataCategories: [C.ADMINISTRATION_NUMBER, C.STUDY_PROGRESS, C.EDUCATION_ORGANISATION],
        retention: [{ category: C.STUDY_PROGRESS, period: '3 jaar na de laatste toetsafname' }],
        subprocessors: [sub('Polderhost B.V.', 'hosting', 'NL')],
        locations: [{ country: 'NL', activity: 'opslag en verwerking' }],
        breachNotificationHours: 36,
        privacyContactEmail: null,
      },
    ],
  },
  nimbus: {
    'Nimbus Workspace for Education': [
      {
        purposes: ['E-mail, documenten en videobellen voor onderwijs', ACCOUNTS],
        dataSubjects: [D.STUDENT, D.STAFF],
        dataCategories: [C.CONTACT_DETAILS, C.IDENTIFIERS, C.USAGE_LOGS],
        retention: [{ category: C.USAGE_LOGS, period: '18 maanden' }],
        subprocessors: [
          sub('Nimbus Cloud Ireland Ltd.', 'hosting in de EU', 'IE'),
          sub('Nimbus Education Inc.', 'beheer en support', 'US', T.STANDARD_CONTRACTUAL_CLAUSES),
          sub('Quickhelp Contractors Pte. Ltd.', 'eerstelijns support', 'SG', T.NONE),
        ],
        locations: [
          { country: 'IE', activity: 'opslag en verwerking' },
          { country: 'US', activity: 'support en beheer' },
        ],
        breachNotificationHours: 72,
        privacyContactEmail: 'privacy@nimbus-education.example.com',
      },
    ],
    'Nimbus ID': [
      {
        purposes: ['Eenmalig inloggen (single sign-on) voor leerlingen en medewerkers', ACCOUNTS],
        dataSubjects: [D.STUDENT, D.STAFF],
        dataCategories: [C.CONTACT_DETAILS, C.IDENTIFIERS, C.USAGE_LOGS],
        retention: [
          { category: C.IDENTIFIERS, period: 'zolang het account bestaat' },
          { category: C.USAGE_LOGS, period: '12 maanden' },
        ],
        subprocessors: [
          sub('Nimbus Cloud Ireland Ltd.', 'hosting in de EU', 'IE'),
          sub('Nimbus Education Inc.', 'beheer', 'US', T.ADEQUACY_DECISION),
        ],
        locations: [{ country: 'IE', activity: 'opslag en verwerking' }],
        breachNotificationHours: 72,
        privacyContactEmail: 'privacy@nimbus-education.example.com',
      },
    ],
  },
};

/**
 * Publishes the leaflets of the demo products (the last of a product's list stays a
 * draft when the list has three), inside the demo loader's transaction.
 */
export async function seedDemoLeaflets(
  em: EntityManager,
  vendorIds: Record<string, string>,
): Promise<void> {
  const day = 24 * 60 * 60 * 1000;
  for (const [vendor, products] of Object.entries(DEMO_LEAFLETS)) {
    for (const [name, versions] of Object.entries(products)) {
      const product = await em.findOneByOrFail(ProductEntity, {
        vendorId: vendorIds[vendor],
        name,
      });
      const published = versions.length === 3 ? versions.slice(0, 2) : versions;
      let current: string | null = null;
      for (const [i, content] of versions.entries()) {
        const isPublished = i < published.length;
        const row = await writerIn(em, PrivacyLeafletEntity).save(
          em.create(PrivacyLeafletEntity, {
            ...content,
            productId: product.id,
            version: i + 1,
            status: isPublished ? LeafletStatus.PUBLISHED : LeafletStatus.DRAFT,
            dataOutsideEea: dataOutsideEea(content),
            // Older versions were published earlier: a year apart, the newest a month ago.
            publishedAt: isPublished
              ? new Date(Date.now() - (30 + (published.length - 1 - i) * 365) * day)
              : null,
          }),
        );
        if (isPublished) current = row.id;
      }
      await em.update(ProductEntity, { id: product.id }, { currentLeafletId: current });
    }
  }
}
