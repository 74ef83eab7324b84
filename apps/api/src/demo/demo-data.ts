// A small, fictional sector that a new user meets on first start: three boards of
// different sectors and sizes, four vendors with their products, a sector body and
// the platform. Every name, number and address here is made up.
import { writerIn } from '../data-access';
import {
  EduvDataService as S,
  OrganisationKind,
  ProductCategory,
  Role,
  ROLES_BY_KIND,
  Sector,
} from '@regie/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { FilesService } from '../files/files.service';
import { MembershipEntity } from '../identity/membership.entity';
import { hashPassword } from '../identity/passwords';
import { UserEntity } from '../identity/user.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ProductEntity } from '../products/product.entity';
import { seedDemoLeaflets } from './demo-leaflets';
import { loadDemoAgreements } from './demo-agreements';
import { loadDemoAttestations } from './demo-attestations';
import { loadDemoIncidents } from './demo-incidents';
import { loadDemoProcurement } from './demo-procurement';
import { loadDemoBoardMaturity } from './demo-board-maturity';
import { loadDemoReviews } from './demo-reviews';

export interface DemoAccount {
  email: string;
  description: string;
}

export interface DemoSummary {
  organisations: number;
  products: number;
  password: string;
  accounts: DemoAccount[];
}

/** Every demo account shares this password; it is printed at start. */
export const DEMO_PASSWORD = 'regie-demo-2026';

type Org = Partial<OrganisationEntity> & Pick<OrganisationEntity, 'kind' | 'name'>;
type Product = Omit<Partial<ProductEntity>, 'vendorId'> & Pick<ProductEntity, 'name' | 'category'>;

export const DEMO_ORGANISATIONS: Record<string, Org> = {
  rivierenland: {
    kind: OrganisationKind.BOARD,
    name: 'Stichting Openbaar Primair Onderwijs Rivierenland',
    boardNumber: '41001',
    kvkNumber: '41000001',
    sectors: [Sector.PO],
    studentCount: 5200,
    website: 'https://opo-rivierenland.example.nl',
  },
  zuidwest: {
    kind: OrganisationKind.BOARD,
    name: 'Vereniging Christelijk Voortgezet Onderwijs Zuidwest',
    boardNumber: '41002',
    kvkNumber: '41000002',
    sectors: [Sector.VO],
    studentCount: 8900,
    website: 'https://cvo-zuidwest.example.nl',
  },
  horizon: {
    kind: OrganisationKind.BOARD,
    name: 'Stichting Speciaal Onderwijs De Horizon',
    boardNumber: '41003',
    sectors: [Sector.SO, Sector.VSO],
    studentCount: 640,
  },
  leerwijs: {
    kind: OrganisationKind.VENDOR,
    name: 'Leerwijs B.V.',
    kvkNumber: '80000011',
    oin: '00000001800000110000',
    country: 'NL',
    website: 'https://leerwijs.example.nl',
  },
  schoolkompas: {
    kind: OrganisationKind.VENDOR,
    name: 'Schoolkompas Software B.V.',
    kvkNumber: '80000012',
    oin: '00000001800000120000',
    country: 'NL',
    website: 'https://schoolkompas.example.nl',
  },
  toetsplein: {
    kind: OrganisationKind.VENDOR,
    name: 'Toetsplein B.V.',
    kvkNumber: '80000013',
    oin: '00000001800000130000',
    country: 'NL',
  },
  nimbus: {
    kind: OrganisationKind.VENDOR,
    name: 'Nimbus Education Inc.',
    country: 'US',
    website: 'https://nimbus-education.example.com',
  },
  samenDigitaal: {
    kind: OrganisationKind.SECTOR_BODY,
    name: 'Coöperatie Samen Digitaal Onderwijs',
    kvkNumber: '80000020',
    sectors: [Sector.PO, Sector.SO, Sector.VO, Sector.VSO],
  },
  platform: { kind: OrganisationKind.PLATFORM, name: 'Regie' },
  // The supervisor (issue #16): its inspector reads sector overviews, as inspecteur@inspectie….
  inspectie: { kind: OrganisationKind.SUPERVISOR, name: 'Inspectie van het Onderwijs' },
};

export const DEMO_PRODUCTS: Record<string, Product[]> = {
  leerwijs: [
    {
      name: 'Leerwijs Platform',
      category: ProductCategory.LEARNING_PLATFORM,
      description: 'Elektronische leeromgeving met opdrachten, planning en voortgang per leerling.',
      sectors: [Sector.PO, Sector.SO],
      dataServices: [S.ONDERWIJSDEELNEMERS, S.ONDERWIJSINRICHTING, S.LEERRESULTATEN],
    },
    {
      name: 'Leerwijs Rekenen',
      category: ProductCategory.DIGITAL_LEARNING_MATERIAL,
      description: 'Adaptieve rekenmethode voor groep 3 tot en met 8.',
      sectors: [Sector.PO],
      dataServices: [S.AANSPRAKEN, S.LEERMATERIAALGEBRUIK, S.LEERRESULTATEN],
    },
  ],
  schoolkompas: [
    {
      name: 'Kompas Leerlingvolgsysteem',
      category: ProductCategory.STUDENT_INFORMATION_SYSTEM,
      description:
        'Leerlingadministratie en leerlingvolgsysteem voor primair en voortgezet onderwijs.',
      sectors: [Sector.PO, Sector.SO, Sector.VO, Sector.VSO],
      dataServices: [
        S.ONDERWIJSDEELNEMERS,
        S.ONDERWIJSMEDEWERKERS,
        S.ONDERWIJSINRICHTING,
        S.LEVERINGSORDERS,
      ],
    },
    {
      name: 'Kompas Ouderportaal',
      category: ProductCategory.COMMUNICATION,
      description: 'Berichten, absenties en gespreksplanning tussen school en ouders.',
      sectors: [Sector.PO, Sector.VO],
      dataServices: [S.ONDERWIJSDEELNEMERS],
    },
  ],
  toetsplein: [
    {
      name: 'Toetsplein Adaptief',
      category: ProductCategory.TESTING,
      description: 'Adaptieve methode-onafhankelijke toetsen met normering.',
      sectors: [Sector.PO, Sector.VO],
      dataServices: [S.ONDERWIJSDEELNEMERS, S.LEERRESULTATEN],
    },
  ],
  nimbus: [
    {
      name: 'Nimbus Workspace for Education',
      category: ProductCategory.OFFICE_CLOUD,
      description: 'Mail, documents, video calls and storage for schools.',
      sectors: [Sector.VO, Sector.MBO, Sector.HO],
      dataServices: [S.ONDERWIJSMEDEWERKERS, S.ONDERWIJSDEELNEMERS],
    },
    {
      name: 'Nimbus ID',
      category: ProductCategory.IDENTITY,
      description: 'Single sign-on and account provisioning for students and staff.',
      sectors: [Sector.PO, Sector.VO],
      dataServices: [S.ONDERWIJSDEELNEMERS, S.ONDERWIJSMEDEWERKERS],
    },
  ],
};

// Made-up people: one per role per organisation, named so that a demo shows faces.
const GIVEN = [
  'Anouk',
  'Bram',
  'Charlotte',
  'Daan',
  'Emma',
  'Finn',
  'Gijs',
  'Hanna',
  'Ilse',
  'Jesse',
  'Kim',
  'Lotte',
  'Milan',
  'Noor',
  'Olivier',
  'Pien',
  'Ruben',
  'Sanne',
  'Thijs',
  'Vera',
  'Wouter',
  'Yara',
  'Zoë',
  'Joost',
  'Merel',
  'Sem',
  'Fleur',
  'Lars',
  'Iris',
  'Koen',
  'Mila',
  'Stijn',
  'Eva',
  'Tim',
  'Julia',
];
const FAMILY = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Dijk',
  'Dekker',
];

const ROLE_SLUG: Record<Role, string> = {
  [Role.ADMIN]: 'beheer',
  [Role.PROCUREMENT]: 'inkoop',
  [Role.PRIVACY_OFFICER]: 'fg',
  [Role.SIGNATORY]: 'bestuurder',
  [Role.VENDOR_EDITOR]: 'redactie',
  [Role.NEGOTIATOR]: 'onderhandelaar',
  [Role.REVIEWER]: 'beoordelaar',
  [Role.VIEWER]: 'lezer',
  [Role.PLATFORM_ADMIN]: 'admin',
  [Role.SECURITY_CONTACT]: 'beveiliging',
  [Role.CERT]: 'cert',
  [Role.INSPECTOR]: 'inspecteur',
};

/** Loads the demo sector in one transaction; the database must be new. */
export function loadDemoData(dataSource: DataSource, files: FilesService): Promise<DemoSummary> {
  return dataSource.transaction(async (em: EntityManager) => {
    const ids: Record<string, string> = {};
    for (const [key, org] of Object.entries(DEMO_ORGANISATIONS)) {
      const saved = await em.save(OrganisationEntity, em.create(OrganisationEntity, org));
      ids[key] = saved.id;
    }
    const accounts: DemoAccount[] = [];
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    let person = 0;
    for (const [key, org] of Object.entries(DEMO_ORGANISATIONS)) {
      for (const role of ROLES_BY_KIND[org.kind]) {
        const email = `${ROLE_SLUG[role]}@${key.toLowerCase()}.example.nl`;
        const name = `${GIVEN[person % GIVEN.length]} ${FAMILY[person % FAMILY.length]}`;
        person += 1;
        const user = await em.save(em.create(UserEntity, { email, name, passwordHash }));
        await writerIn(em, MembershipEntity).insert({
          userId: user.id,
          organisationId: ids[key],
          roles: [role],
        });
        accounts.push({ email, description: `${role} · ${org.name}` });
      }
    }
    let products = 0;
    for (const [vendor, list] of Object.entries(DEMO_PRODUCTS)) {
      for (const product of list) {
        await em.save(
          ProductEntity,
          em.create(ProductEntity, { ...product, vendorId: ids[vendor] }),
        );
        products += 1;
      }
    }
    await seedDemoLeaflets(em, ids);
    await loadDemoAttestations(em, ids, files);
    await loadDemoAgreements(em, ids, files);
    await loadDemoIncidents(em, ids);
    await loadDemoProcurement(em, ids);
    const boardsWithoutAccounts = await loadDemoBoardMaturity(em, ids);
    await loadDemoReviews(em, ids);
    return {
      organisations: Object.keys(DEMO_ORGANISATIONS).length + boardsWithoutAccounts,
      products,
      password: DEMO_PASSWORD,
      accounts,
    };
  });
}
