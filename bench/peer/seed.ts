// Fills a PostgreSQL database to the volume of issue 13's comparison with PostGraphile:
// 50,000 vendors, 100,000 products, 150,000 attestations (and their documents' file rows),
// 1,000,000 processing agreements with their products and signatures, 2,000 boards, sector
// bodies, and people with memberships, all signing in with one password.
//   node -r @swc-node/register bench/peer/seed.ts [postgres://…/regie_peer]
// The database is dropped and created anew on the server of the URL (default
// postgres://postgres@127.0.0.1:5432/regie_peer), Regie's migrations make the schema,
// and set-based SQL (INSERT … SELECT generate_series) fills it, in two sessions at once.
// Ids are md5 of a kind and a number, so a second run makes the same rows and compare.ts
// finds its viewers by e-mail. The keys, indexes and foreign keys of the filled tables are
// dropped while they fill and made again from their own definitions (so the schema stays
// exactly the migrations'): one index build, and one check of a foreign key over every
// row, cost far less than keeping them up row by row.
import 'reflect-metadata';
import { Client } from 'pg';
import { migrate, serverDatabase } from '../../apps/api/src/database/database';
import { hashPassword } from '../../apps/api/src/identity/passwords';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/regie_peer';
/** Every seeded person's password. */
export const SEED_PASSWORD = 'bench-peer-wachtwoord';

export const VOLUME = {
  boards: 2_000,
  vendors: 50_000,
  products: 100_000,
  attestations: 150_000,
  agreements: 1_000_000,
  sectorBodies: 12,
} as const;

/**
 * The people compare.ts signs in as, by e-mail. Board n is the n-th board in seeding
 * order; boards are drawn for agreements with a skew (board 1 has the most, about 22,000;
 * board 40 about 1,800; board 400 about 560; board 2,000 about 250).
 */
export const VIEWERS = {
  board1: 'inkoop-b1@bestuur.bench.example',
  board40: 'inkoop-b40@bestuur.bench.example',
  board400: 'inkoop-b400@bestuur.bench.example',
  vendor: 'editor-v7@leverancier.bench.example',
  sectorBody: 'reviewer-s1@sector.bench.example',
  /** A privacy consultant in three boards at once. */
  consultant: 'consultant@bench.example',
} as const;

/** A number in [0, 2^30) from an integer expression and a seed: reproducible noise. */
const h = (expr: string, seed: number) =>
  `(hashint4extended((${expr})::int, ${seed}) & 1073741823)`;
/** A number in [0, 1) from an integer expression and a seed. */
const u = (expr: string, seed: number) => `(${h(expr, seed)} / 1073741824.0)`;
/** The n-th element (0-based, wrapping) of a literal list. */
const pick = (list: readonly string[], n: string) =>
  `(ARRAY[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}])[1 + ((${n}) % ${list.length})]`;
const id = (kind: string, n: string) => `md5('${kind}-' || (${n}))::uuid`;
/** Words separated by |. */
const list = (words: string) => words.split('|');

const PLACES = list(
  'Amsterdam|Rotterdam|Utrecht|Zwolle|Groningen|Eindhoven|Tilburg|Breda|Nijmegen' +
    '|Arnhem|Leiden|Haarlem|Delft|Enschede|Apeldoorn|Amersfoort|Maastricht' +
    '|Leeuwarden|Den Bosch|Almere|Deventer|Alkmaar|Venlo|Assen|Emmen|Gouda' +
    '|Dordrecht|Middelburg|Hoorn|Lelystad|Zeist|Hilversum',
);
const VENDOR_HEADS = list(
  'Leer|School|Onderwijs|Klas|Kennis|Toets|Edu|Digi|Slim|Wijs|Leerling|Les|Studie' +
    '|Mentor|Campus|Kompas|Taal|Reken|Lees|Media',
);
const VENDOR_TAILS = list(
  'plein|net|huis|lab|wereld|punt|bron|kracht|stroom|werk|link|ware|data|zaken' +
    '|vaardig|baken|spoor|veld',
);
const LEGAL = list(
  'B.V.|Software B.V.|Groep B.V.|Nederland B.V.|Solutions|Educatief B.V.' +
    '|Uitgeverij|ICT B.V.|Systems|Coöperatie U.A.',
);
const PRODUCT_KINDS = list(
  'Platform|Leerlingvolgsysteem|Rekenen|Taal|Toetsen|Ouderportaal|Roosters|Lezen' +
    '|Identiteit|Werkplek|Portfolio|Administratie|Aanmelden|Examens',
);
const DESCRIPTIONS = [
  'Elektronische leeromgeving met opdrachten, planning en voortgang per leerling.',
  'Adaptieve rekenmethode voor groep 3 tot en met 8.',
  'Leerlingvolgsysteem met toetsresultaten, notities en groepsoverzichten voor het onderwijs.',
  'Berichten, absenties en gespreksplanning tussen school en ouders.',
  'Adaptieve methode-onafhankelijke toetsen met normering.',
  'Roosters en lokalen plannen voor docenten en leerlingen.',
  'Digitaal lesmateriaal voor begrijpend lezen en woordenschat.',
  'Eenmalige aanmelding en accountbeheer voor leerlingen en medewerkers.',
  'Portfolio waarin de leerling werk, reflecties en feedback verzamelt.',
  'Leerlingadministratie voor het voortgezet onderwijs en het mbo.',
  'Examens afnemen en beoordelen, met verslag per kandidaat.',
  'Mail, documenten en opslag voor scholen.',
  'Oefenprogramma voor spelling en grammatica, thuis en in de klas.',
  'Inzicht in leerresultaten voor schoolleiders en besturen.',
];
const ISSUERS = list(
  'DNV Business Assurance|BSI Group The Netherlands|KPMG Advisory N.V.' +
    '|Kiwa Nederland|Deloitte Accountants|Secura B.V.|TÜV Nederland' +
    '|Computest Security|PwC Assurance',
);
const CATEGORIES = list(
  'LEARNING_PLATFORM|STUDENT_INFORMATION_SYSTEM|DIGITAL_LEARNING_MATERIAL|TESTING' +
    '|COMMUNICATION|IDENTITY|OFFICE_CLOUD|OTHER',
);
const ATTESTATION_TYPES = list(
  'ISO27001|ISO27001|ISO27001|NEN7510|ISO27701|SOC2_TYPE2|ISAE3402|PENTEST' +
    '|PENTEST|TPM|ISO27017|ISO27018|ISAE3000|CSA_STAR|OTHER',
);
const SECTORS = ['{PO}', '{PO,SO}', '{VO}', '{VO,VSO}', '{MBO}', '{HO}', '{PO,VO}', '{MBO,HO}'];
const BOARD_ROLES = ['{PROCUREMENT}', '{PROCUREMENT,PRIVACY_OFFICER}', '{PRIVACY_OFFICER}'];

/**
 * Agreement g's board: 1 + floor(boards · x²) for a uniform x, so that a few boards have
 * thousands of agreements and the median board a few hundred.
 */
const agreementBoard = (g: string) => `(1 + floor(${VOLUME.boards} * power(${u(g, 11)}, 2))::int)`;
/** Agreement g's vendor: uniform, about 20 agreements a vendor. */
const agreementVendor = (g: string) => `(1 + ${h(g, 12)} % ${VOLUME.vendors})`;
/**
 * Product p's vendor: product p ≤ vendors belongs to vendor p (every vendor has one,
 * named `product-<vendor>`), the rest are spread over the vendors at random.
 */
const productVendor = (p: string) =>
  `(CASE WHEN (${p}) <= ${VOLUME.vendors} THEN (${p}) ELSE 1 + ${h(p, 21)} % ${VOLUME.vendors} END)`;
const attestationVendor = (a: string) =>
  `(CASE WHEN (${a}) <= ${VOLUME.vendors} THEN (${a}) ELSE 1 + ${h(a, 31)} % ${VOLUME.vendors} END)`;

/** The tables this seeder fills. */
const FILLED = [
  'organisation',
  'app_user',
  'membership',
  'product',
  'stored_file',
  'attestation',
  'attestation_product',
  'agreement',
  'agreement_product',
  'agreement_signature',
];

interface Dropped {
  /** Primary keys and indexes to build again, by table. */
  readonly build: Map<string, string[]>;
  /** Foreign keys to add back (and so check) once every key is there. */
  readonly foreignKeys: string[];
}

/**
 * Drops the foreign keys touching the filled tables, then their primary keys and
 * indexes, remembering each one's definition as PostgreSQL prints it: a bulk load
 * into bare tables, then one index build per index, is many times faster than
 * maintaining them row by row (the GIN indexes of the vendor search above all).
 */
async function dropKeysAndIndexes(client: Client): Promise<Dropped> {
  const { rows: foreignKeys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))
      ORDER BY 1, 2`,
    [FILLED],
  );
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u') AND c.conrelid::regclass::text = ANY($1)
      ORDER BY 1, 2`,
    [FILLED],
  );
  const { rows: indexes } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT i.tablename AS tbl, i.indexname AS name, i.indexdef AS def
       FROM pg_indexes i
      WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype IN ('p', 'u'))
      ORDER BY 1`,
    [FILLED],
  );
  for (const fk of foreignKeys)
    await client.query(`ALTER TABLE "${fk.tbl}" DROP CONSTRAINT "${fk.name}"`);
  for (const key of keys)
    await client.query(`ALTER TABLE "${key.tbl}" DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  const build = new Map<string, string[]>();
  const add = (table: string, statement: string) =>
    build.set(table, [...(build.get(table) ?? []), statement]);
  for (const k of keys) add(k.tbl, `ALTER TABLE "${k.tbl}" ADD CONSTRAINT "${k.name}" ${k.def}`);
  for (const i of indexes) add(i.tbl, i.def);
  return {
    build,
    foreignKeys: foreignKeys.map(
      (fk) => `ALTER TABLE "${fk.tbl}" ADD CONSTRAINT "${fk.name}" ${fk.def}`,
    ),
  };
}

interface Step {
  readonly label: string;
  readonly sql: string;
  readonly params?: unknown[];
}

/** Stored status and dates of agreement g, as the lifecycle leaves them. */
const agreementStatus = (g: string) => `(CASE
    WHEN ${h(g, 17)} % 100 < 8 THEN 'DRAFT'
    WHEN ${h(g, 17)} % 100 < 14 THEN 'IN_REVIEW'
    WHEN ${h(g, 17)} % 100 < 17 THEN 'CHANGES_REQUESTED'
    WHEN ${h(g, 17)} % 100 < 20 THEN 'APPROVED'
    WHEN ${h(g, 17)} % 100 < 75 THEN 'ACTIVE'
    WHEN ${h(g, 17)} % 100 < 85 THEN 'SUPERSEDED'
    WHEN ${h(g, 17)} % 100 < 95 THEN 'TERMINATED'
    ELSE 'EXPIRED' END)`;
/** Whether agreement g was signed and became ACTIVE (whatever it shows now). */
const agreementLive = (g: string) => `(${h(g, 17)} % 100 >= 20)`;
const agreementCreated = (g: string) =>
  `(date_trunc('milliseconds', now()) - make_interval(secs => (${h(g, 16)} % (3 * 365 * 86400))::int))`;

/** Organisations and people: small, filled first. */
function organisationsAndPeople(passwordHash: string): Step[] {
  return [
    {
      label: 'boards',
      sql: `INSERT INTO organisation (id, kind, name, board_number, kvk_number, sectors, student_count, website, created_at)
       SELECT ${id('board', 'g')}, 'BOARD',
              ${pick(['Stichting Openbaar Onderwijs', 'Stichting Katholiek Onderwijs', 'Vereniging Christelijk Onderwijs', 'Stichting Primair Onderwijs', 'Scholengroep', 'Stichting Voortgezet Onderwijs', 'Onderwijsgroep', 'Stichting Speciaal Onderwijs'], 'g')}
                || ' ' || ${pick(PLACES, 'g / 8')} || ' ' || g,
              (10000 + g)::text, (40000000 + g)::text,
              ${pick(SECTORS, 'g')}::organisation_sector[],
              200 + ${h('g', 1)} % 20000,
              'https://bestuur' || g || '.bench.example',
              now() - make_interval(days => (${h('g', 2)} % 1500)::int)
         FROM generate_series(1, ${VOLUME.boards}) g`,
    },
    {
      label: 'vendors',
      sql: `INSERT INTO organisation (id, kind, name, kvk_number, country, website, created_at)
       SELECT ${id('vendor', 'g')}, 'VENDOR',
              ${pick(VENDOR_HEADS, h('g', 3))} || ${pick(VENDOR_TAILS, h('g', 4))} || ' '
                || ${pick(PLACES, h('g', 5))} || ' ' || ${pick(LEGAL, h('g', 6))},
              (50000000 + g)::text,
              ${pick(['NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'NL', 'BE', 'DE', 'US', 'IE', 'NL'], h('g', 7))},
              'https://leverancier' || g || '.bench.example',
              now() - make_interval(days => (${h('g', 8)} % 1500)::int)
         FROM generate_series(1, ${VOLUME.vendors}) g`,
    },
    {
      label: 'sector bodies and the platform',
      sql: `INSERT INTO organisation (id, kind, name, kvk_number, sectors)
       SELECT ${id('sector', 'g')}, 'SECTOR_BODY'::organisation_kind,
              ${pick(['Coöperatie Samen Digitaal Onderwijs', 'Kennisnetwerk Onderwijs', 'Sectorraad Onderwijs', 'Inkoopcoöperatie Scholen'], 'g')} || ' ' || g,
              (60000000 + g)::text, '{PO,SO,VO,VSO,MBO}'::organisation_sector[]
         FROM generate_series(1, ${VOLUME.sectorBodies}) g
       UNION ALL
       SELECT md5('platform')::uuid, 'PLATFORM'::organisation_kind, 'Regie', NULL, '{}'::organisation_sector[]`,
    },
    {
      label: 'people',
      sql: `INSERT INTO app_user (id, email, name, password_hash, created_at)
       SELECT ${id('board-user', "g || '-' || r")},
              (ARRAY['inkoop','privacy','admin'])[r] || '-b' || g || '@bestuur.bench.example',
              (ARRAY['Inkoper','Functionaris gegevensbescherming','Beheerder'])[r] || ' bestuur ' || g,
              $1, now() - interval '200 days'
         FROM generate_series(1, ${VOLUME.boards}) g, generate_series(1, 3) r
       UNION ALL
       SELECT ${id('vendor-user', 'g')}, 'editor-v' || g || '@leverancier.bench.example',
              'Redacteur leverancier ' || g, $1, now() - interval '300 days'
         FROM generate_series(1, ${VOLUME.vendors}) g
       UNION ALL
       SELECT ${id('sector-user', "g || '-' || r")},
              (ARRAY['reviewer','negotiator'])[r] || '-s' || g || '@sector.bench.example',
              (ARRAY['Beoordelaar','Onderhandelaar'])[r] || ' sectororganisatie ' || g,
              $1, now() - interval '400 days'
         FROM generate_series(1, ${VOLUME.sectorBodies}) g, generate_series(1, 2) r
       UNION ALL
       SELECT md5('consultant')::uuid, '${VIEWERS.consultant}', 'Privacyconsultant drie besturen', $1, now()`,
      params: [passwordHash],
    },
    {
      label: 'memberships',
      sql: `INSERT INTO membership (user_id, organisation_id, roles)
       SELECT ${id('board-user', "g || '-' || r")}, ${id('board', 'g')},
              (CASE r WHEN 1 THEN ${pick(BOARD_ROLES, 'g')} WHEN 2 THEN '{PRIVACY_OFFICER,SIGNATORY}' ELSE '{ADMIN,SIGNATORY}' END)::membership_role[]
         FROM generate_series(1, ${VOLUME.boards}) g, generate_series(1, 3) r
       UNION ALL
       SELECT ${id('vendor-user', 'g')}, ${id('vendor', 'g')},
              (CASE WHEN g % 5 = 0 THEN '{ADMIN,VENDOR_EDITOR}' ELSE '{VENDOR_EDITOR}' END)::membership_role[]
         FROM generate_series(1, ${VOLUME.vendors}) g
       UNION ALL
       SELECT ${id('sector-user', "g || '-' || r")}, ${id('sector', 'g')},
              (ARRAY['{REVIEWER}','{NEGOTIATOR}'])[r]::membership_role[]
         FROM generate_series(1, ${VOLUME.sectorBodies}) g, generate_series(1, 2) r
       UNION ALL
       SELECT md5('consultant')::uuid, ${id('board', 'b')}, '{PRIVACY_OFFICER}'::membership_role[]
         FROM unnest(ARRAY[3, 250, 1200]) b`,
    },
  ];
}

/** A vendor's first further product (for vendors with more than one), as a CTE. */
const EXTRA_PRODUCT = `extra_product AS (
  SELECT DISTINCT ON (vendor) vendor, id FROM (
    SELECT ${productVendor('p')} AS vendor, ${id('product', 'p')} AS id, p
      FROM generate_series(${VOLUME.vendors + 1}, ${VOLUME.products}) p) x
   ORDER BY vendor, p)`;

/** The catalogue: products, attestations with their documents and products. */
function catalogue(): Step[] {
  return [
    {
      label: 'products',
      sql: `INSERT INTO product (id, vendor_id, name, category, description, sectors, data_services, created_at)
       SELECT ${id('product', 'p')}, ${id('vendor', productVendor('p'))},
              ${pick(VENDOR_HEADS, h('p', 22))} || ${pick(VENDOR_TAILS, h('p', 23))} || ' ' || ${pick(PRODUCT_KINDS, h('p', 24))},
              ${pick(CATEGORIES, h('p', 25))}::product_category,
              CASE WHEN ${h('p', 26)} % 10 = 0 THEN NULL ELSE ${pick(DESCRIPTIONS, h('p', 27))} END,
              ${pick(SECTORS, h('p', 28))}::product_sector[],
              ${pick(['{}', '{ONDERWIJSDEELNEMERS}', '{ONDERWIJSDEELNEMERS,LEERRESULTATEN}', '{LEVERINGSORDERS,AANSPRAKEN}', '{ONDERWIJSMEDEWERKERS}'], h('p', 29))}::eduv_data_service[],
              now() - make_interval(days => (${h('p', 30)} % 1200)::int)
         FROM generate_series(1, ${VOLUME.products}) p`,
    },
    {
      label: 'attestation documents (stored_file)',
      sql: `INSERT INTO stored_file (id, owner_organisation_id, uploaded_by_id, filename, media_type, size, sha256, link_kind, link_id, linked_at, created_at)
       SELECT ${id('file', 'a')}, ${id('vendor', attestationVendor('a'))}, ${id('vendor-user', attestationVendor('a'))},
              'certificaat-' || a || '.pdf', 'application/pdf', 40000 + ${h('a', 32)} % 2000000,
              encode(sha256(('attestation-document-' || a)::bytea), 'hex'),
              'attestation', ${id('attestation', 'a')}, now() - interval '100 days', now() - interval '100 days'
         FROM generate_series(1, ${VOLUME.attestations}) a`,
    },
    {
      // Visibility: about 55% PUBLIC, 25% SECTOR, 20% RESTRICTED. Valid three years from
      // an issue date in the last four, so that some are EXPIRING and some EXPIRED.
      label: 'attestations',
      sql: `INSERT INTO attestation (id, vendor_id, type, issuer, scope, issued_on, valid_until, visibility, verification,
                                verified_at, verified_by_organisation_id, document_file_id, document_sha256, created_by_id, created_at)
       SELECT ${id('attestation', 'a')}, ${id('vendor', attestationVendor('a'))},
              ${pick(ATTESTATION_TYPES, h('a', 33))}::attestation_type,
              ${pick(ISSUERS, h('a', 34))},
              'Ontwikkeling, hosting en beheer van de onderwijsdiensten van de leverancier',
              issued, issued + 1095,
              (CASE WHEN ${h('a', 35)} % 100 < 55 THEN 'PUBLIC' WHEN ${h('a', 35)} % 100 < 80 THEN 'SECTOR' ELSE 'RESTRICTED' END)::attestation_visibility,
              v.verification::attestation_verification,
              CASE WHEN v.verification = 'UNVERIFIED' THEN NULL ELSE now() - interval '30 days' END,
              CASE WHEN v.verification = 'UNVERIFIED' THEN NULL ELSE ${id('sector', `1 + a % ${VOLUME.sectorBodies}`)} END,
              ${id('file', 'a')}, encode(sha256(('attestation-document-' || a)::bytea), 'hex'),
              ${id('vendor-user', attestationVendor('a'))}, now() - interval '100 days'
         FROM generate_series(1, ${VOLUME.attestations}) a
        CROSS JOIN LATERAL (SELECT current_date - 1400 + (${h('a', 36)} % 1400)::int AS issued) i
        CROSS JOIN LATERAL (SELECT ${pick(['UNVERIFIED', 'UNVERIFIED', 'VERIFIED', 'VERIFIED', 'VERIFIED', 'REJECTED'], h('a', 37))} AS verification) v`,
    },
    {
      // Each covers its vendor's first product; a third also the vendor's first further one.
      label: 'attestation_product',
      sql: `WITH ${EXTRA_PRODUCT}
       INSERT INTO attestation_product (attestation_id, product_id)
       SELECT ${id('attestation', 'a')}, ${id('product', attestationVendor('a'))}
         FROM generate_series(1, ${VOLUME.attestations}) a
       UNION ALL
       SELECT ${id('attestation', 'a')}, e.id
         FROM generate_series(1, ${VOLUME.attestations}) a
         JOIN extra_product e ON e.vendor = ${attestationVendor('a')}
        WHERE a % 3 = 0`,
    },
  ];
}

const AGREEMENTS: Step = {
  // ACTIVE ones whose validUntil has passed show EXPIRED, as Regie derives it.
  label: 'agreements',
  sql: `INSERT INTO agreement (id, board_id, vendor_id, source, status, model_name, model_version,
                          valid_from, valid_until, activated_on, termination_date, termination_reason,
                          superseded_on, leaflets_fixed_at, created_by_id, created_at, updated_at, version)
   SELECT ${id('agreement', 'g')}, ${id('board', agreementBoard('g'))}, ${id('vendor', agreementVendor('g'))},
          'DIRECT', s.status::agreement_status, 'Model Verwerkersovereenkomst',
          ${pick(['3.0', '4.0', '4.0', '4.0'], h('g', 13))},
          CASE WHEN s.live THEN c.created::date + 20 END,
          CASE WHEN s.live THEN c.created::date + 20 + (${h('g', 14)} % 1460)::int END,
          CASE WHEN s.live THEN c.created::date + 20 END,
          CASE WHEN s.status = 'TERMINATED' THEN c.created::date + 200 END,
          CASE WHEN s.status = 'TERMINATED' THEN 'Dienst beëindigd' END,
          CASE WHEN s.status = 'SUPERSEDED' THEN c.created::date + 300 END,
          CASE WHEN s.status <> 'DRAFT' THEN c.created + interval '5 days' END,
          ${id('board-user', `${agreementBoard('g')} || '-1'`)},
          c.created, c.created + interval '6 days', 1 + (${h('g', 15)} % 4)::int
     FROM generate_series(1, ${VOLUME.agreements}) g
    CROSS JOIN LATERAL (SELECT ${agreementCreated('g')} AS created) c
    CROSS JOIN LATERAL (SELECT ${agreementStatus('g')} AS status, ${agreementLive('g')} AS live) s`,
};

const AGREEMENT_PRODUCTS: Step = {
  // Each covers its vendor's first product; a quarter a second one too.
  label: 'agreement_product',
  sql: `WITH ${EXTRA_PRODUCT}
   INSERT INTO agreement_product (agreement_id, product_id)
   SELECT ${id('agreement', 'g')}, ${id('product', agreementVendor('g'))}
     FROM generate_series(1, ${VOLUME.agreements}) g
   UNION ALL
   SELECT ${id('agreement', 'g')}, e.id
     FROM generate_series(1, ${VOLUME.agreements}) g
     JOIN extra_product e ON e.vendor = ${agreementVendor('g')}
    WHERE g % 4 = 0`,
};

const AGREEMENT_SIGNATURES: Step = {
  // Both parties signed every agreement that got past APPROVED.
  label: 'agreement_signature',
  sql: `INSERT INTO agreement_signature (agreement_id, party, signed_by_id, signed_at, document_sha256)
   SELECT ${id('agreement', 'g')}, p.party::signature_party,
          CASE p.party WHEN 'BOARD' THEN ${id('board-user', `${agreementBoard('g')} || '-1'`)}
                       ELSE ${id('vendor-user', agreementVendor('g'))} END,
          ${agreementCreated('g')} + interval '10 days',
          md5('agreement-document-' || g) || md5('agreement-document-' || g)
     FROM generate_series(1, ${VOLUME.agreements}) g
    CROSS JOIN (VALUES ('BOARD'), ('VENDOR')) p(party)
    WHERE ${agreementLive('g')}`,
};

/** Opens a session for bulk loading. */
async function session(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`SET maintenance_work_mem = '512MB'`);
  await client.query(`SET work_mem = '128MB'`);
  await client.query(`SET synchronous_commit = off`);
  return client;
}

/** Runs each list of steps in order, the lists at once, one session each. */
async function runLists(databaseUrl: string, lists: Step[][], log: (line: string) => void) {
  await Promise.all(
    lists.map(async (steps) => {
      const client = await session(databaseUrl);
      try {
        for (const step of steps) {
          const t = Date.now();
          const result = await client.query(step.sql, step.params ?? []);
          const rows = result.command === 'INSERT' ? `${result.rowCount ?? 0} rows, ` : '';
          log(`  ${step.label}: ${rows}${Date.now() - t} ms`);
        }
      } finally {
        await client.end();
      }
    }),
  );
}

export async function seed(
  databaseUrl = DEFAULT_DATABASE_URL,
  log = (line: string) => process.stdout.write(`${line}\n`),
): Promise<void> {
  const started = Date.now();
  const name = new URL(databaseUrl).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const { applied } = await migrate(serverDatabase(databaseUrl).options);
  log(`schema: ${applied} migrations of Regie applied to ${name} (${Date.now() - started} ms)`);

  // One argon2 hash, made as Regie makes them, for every seeded person.
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const client = await session(databaseUrl);
  try {
    const dropped = await dropKeysAndIndexes(client);
    await runLists(databaseUrl, [organisationsAndPeople(passwordHash)], log);
    // Two sessions, one for each core: the agreements in one, everything else in the
    // other; each builds its tables' keys and indexes and analyses them as soon as they
    // are full, so the slow GIN builds overlap the agreements' load.
    const built = (tables: string[]): Step[] => [
      ...tables.flatMap((table) =>
        (dropped.build.get(table) ?? []).map((sql) => ({ label: sql.slice(0, 100), sql })),
      ),
      ...tables.map((table) => ({ label: `ANALYZE ${table}`, sql: `ANALYZE "${table}"` })),
    ];
    const agreementTables = ['agreement', 'agreement_product', 'agreement_signature'];
    await runLists(
      databaseUrl,
      [
        [AGREEMENTS, AGREEMENT_PRODUCTS, AGREEMENT_SIGNATURES, ...built(agreementTables)],
        [...catalogue(), ...built(FILLED.filter((table) => !agreementTables.includes(table)))],
      ],
      log,
    );
    const t = Date.now();
    for (const statement of dropped.foreignKeys) await client.query(statement);
    log(
      `  ${dropped.foreignKeys.length} foreign keys added back, every row checked: ${Date.now() - t} ms`,
    );
  } finally {
    await client.end();
  }
  log(`seeded ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (require.main === module) {
  seed(process.argv[2] || process.env.PEER_DATABASE_URL || DEFAULT_DATABASE_URL).catch(
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
