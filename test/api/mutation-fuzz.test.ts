// Every mutation the API serves, fed generated input (fast-check): text with NUL and
// unpaired surrogates, very long strings, emoji, right-to-left script and combining
// marks, values of the wrong type, huge lists, missing and unknown fields, ids of real
// objects and of none. Whatever comes in, the answer is never INTERNAL_SERVER_ERROR nor
// HTTP 5xx, and every BAD_USER_INPUT names the fields it refuses.
//
// The mutations and their argument types are read from the running app's schema, so a
// new mutation is fuzzed without a line here. Each case is sent by someone whose roles
// let it reach the resolver (PERMISSIONS), with ids drawn from objects made below and
// from what earlier cases created. FUZZ_SEED and FUZZ_RUNS (cases per mutation) replay
// or widen a run; FUZZ_SHRINK=1 shrinks a failure to its smallest case.
import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  AgreementStatus,
  AttestationType,
  OrganisationKind,
  PERMISSIONS,
  ROLES_BY_KIND,
  Role,
  type Rule,
} from '@regie/domain';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { pdfOfSize } from '../fixtures/pdfs';
import { seedAgreement, seedAttestation } from '../support/agreements-seed';
import { uploadPdf } from '../support/files';
import { createOrganisation, signUp } from '../support/identity';
import { createTender, publishedStandard } from '../support/procurement';
import { seedVendor } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

const SEED = Number(process.env.FUZZ_SEED ?? 14_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SHRINK = process.env.FUZZ_SHRINK === '1';

interface Actor {
  readonly name: string;
  readonly token: string | undefined;
  readonly kind: OrganisationKind | null;
  readonly roles: readonly Role[];
}

/**
 * Stands for an id of the pool, chosen when the case is sent (the pool grows as cases
 * create): of the type the field names (`productIds`: a Product) when there is one.
 */
class PoolId {
  constructor(
    readonly index: number,
    readonly upper: boolean,
    readonly type: string | undefined,
  ) {}
}

/** The object type an id field names, by its name (`agreementId`), or the answer's type (`id`). */
function idType(field: string, answer: string): string {
  const stem = field.replace(/Ids?$/, '');
  if (stem === 'id' || stem === 'supersedes' || stem === '') return answer;
  const aliases: Record<string, string> = {
    vendor: 'Organisation',
    board: 'Organisation',
    sectorBody: 'Organisation',
    organisation: 'Organisation',
    agreement: 'ProcessingAgreement',
    deal: 'FrameworkDeal',
    standard: 'MinimumStandard',
    request: 'AttestationAccessRequest',
    evidence: 'Attestation',
    file: 'FileInfo',
    documentFile: 'FileInfo',
    termsFile: 'FileInfo',
  };
  return aliases[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1);
}

/** Whether the guard lets `actor` try an operation under `rule` (permissions.ts mayAttempt). */
function mayTry(actor: Actor, rule: Rule): boolean {
  switch (rule.access) {
    case 'public':
      return true;
    case 'signedIn':
    case 'self':
    case 'member':
      return actor.token !== undefined && actor.kind !== null;
    case 'roles':
      if (rule.platformAdmin && actor.roles.includes(Role.PLATFORM_ADMIN)) return true;
      return rule.grants.some(
        (g) => g.kind === actor.kind && g.roles.some((r) => actor.roles.includes(r)),
      );
  }
}

// ------------------------------------------------------------------ values
//
// Two kinds of case: hostile ones, where any value may be bad text, the wrong type,
// null, missing, unknown or a huge list; and fitting ones, well-formed throughout
// (unicode included) with ids of real objects, which get past the form checks and
// reach the services and the database.

type Mode = 'hostile' | 'fitting';

/** What a value is generated for: the kind of case, and the type the mutation answers. */
interface For {
  readonly mode: Mode;
  readonly answer: string;
}

const plain = fc.string({ maxLength: 24 });
const unicode = fc.constantFrom(
  '🏫👩🏽‍🏫🇳🇱',
  'مدرسة الأمل',
  'עברית ומספרים 123',
  'e\u0301\u0302\u0303 Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '\u202eevil\u202c',
  '\ufeff\u200b\u00a0x',
  "'; DROP TABLE organisation; --",
  '<script>alert(1)</script>',
  '%00%ff\\u0000',
  '../../etc/passwd',
);
const hostileText = fc.oneof(
  { weight: 3, arbitrary: plain },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
  { weight: 2, arbitrary: fc.oneof(unicode, fc.constantFrom(' ', '', '\t\r\n', '{"$ne": null}')) },
  { weight: 2, arbitrary: fc.tuple(plain, plain).map(([a, b]) => `${a}\u0000${b}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(plain, fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800'), plain)
      .map(([a, s, b]) => a + s + b),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(21, 41, 101, 201, 301, 2_001, 4_001, 10_001, 20_001, 100_001),
        fc.constantFrom('x', 'é', '😀'),
      )
      .map(([n, c]) => c.repeat(n)),
  },
);

/** Text shaped like what a field of this name takes. */
function fittingText(field: string): fc.Arbitrary<string> {
  const name = field.toLowerCase();
  if (name.includes('email')) return fc.oneof(fc.emailAddress(), fc.constant('fg@example.nl'));
  if (name.includes('country')) return fc.constantFrom('NL', 'DE', 'US', 'CN', 'BE');
  if (name.includes('website') || name.includes('url'))
    return fc.constantFrom('https://example.nl', 'http://localhost:3000/pad?q=1');
  if (name === 'boardnumber') return fc.stringMatching(/^\d{5}$/);
  if (name === 'kvknumber') return fc.stringMatching(/^\d{8}$/);
  if (name === 'oin') return fc.stringMatching(/^\d{20}$/);
  if (name.includes('password')) return fc.constant('correct horse battery staple');
  if (name.includes('version')) return fc.constantFrom('4.0', '1.0', '2.1');
  if (name === 'criterion') return fc.constantFrom('prijs', 'kwaliteit', 'privacy');
  return fc.oneof(fc.lorem({ maxCount: 6 }), unicode);
}

function textValue(field: string, mode: Mode): fc.Arbitrary<string> {
  if (mode === 'fitting') return fittingText(field);
  return fc.oneof(
    { weight: 1, arbitrary: fittingText(field) },
    { weight: 2, arbitrary: hostileText },
  );
}

const poolId = (type: string) =>
  fc.tuple(fc.nat(), fc.nat({ max: 9 })).map(([i, u]) => new PoolId(i, u === 0, type));

const NOW = Date.now();
const DAY = 86_400_000;
const aroundNow = (days: number) =>
  fc.integer({ min: -days, max: days }).map((d) => new Date(NOW + d * DAY));

/** A JSON value of some other type than asked for. */
const wrongType = fc.constantFrom<unknown>(
  42,
  -1,
  true,
  'text',
  {},
  [],
  [null],
  { nested: { deeper: '\u0000' } },
  3.14,
);

function scalarValue(name: string, field: string, { mode, answer }: For): fc.Arbitrary<unknown> {
  const fitting = mode === 'fitting';
  switch (name) {
    case 'String':
      return textValue(field, mode);
    case 'ID':
      return fitting
        ? poolId(idType(field, answer))
        : fc.oneof(
            { weight: 6, arbitrary: poolId(idType(field, answer)) },
            { weight: 1, arbitrary: fc.uuid() },
            { weight: 1, arbitrary: hostileText },
          );
    case 'Int':
      return fitting
        ? fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(720, 1_000, 50_000))
        : fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: -3, max: 120 }) },
            {
              weight: 2,
              arbitrary: fc.constantFrom(
                101,
                721,
                3_661,
                100_001,
                10_000_001,
                2_147_483_647,
                -2_147_483_648,
              ),
            },
            // Not an Int at all: graphql-js refuses these before anything runs.
            { weight: 1, arbitrary: fc.constantFrom(2_147_483_648, 1.5, -0.5, 1e21) },
          );
    case 'Float':
      return fitting
        ? fc.double({ min: 0, max: 10, noNaN: true })
        : fc.oneof(
            fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(10.000001, -0, 1e308, Number.MIN_VALUE),
          );
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fitting
        ? aroundNow(60).map((d) => d.toISOString())
        : fc.oneof(
            { weight: 3, arbitrary: aroundNow(400).map((d) => d.toISOString()) },
            {
              weight: 2,
              arbitrary: fc
                .date({
                  min: new Date('0001-01-01T00:00:00Z'),
                  max: new Date('9999-12-31T23:59:59Z'),
                  noInvalidDate: true,
                })
                .map((d) => d.toISOString()),
            },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                '2026-02-30T10:00:00Z',
                'tomorrow',
                '2026-13-01T00:00:00Z',
              ),
            },
            { weight: 1, arbitrary: hostileText },
          );
    case 'Date':
      return fitting
        ? aroundNow(1_000).map((d) => d.toISOString().slice(0, 10))
        : fc.oneof(
            { weight: 3, arbitrary: aroundNow(4_000).map((d) => d.toISOString().slice(0, 10)) },
            { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2024-02-29') },
            { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '31-12-2027', '2026-1-1', '') },
            { weight: 1, arbitrary: hostileText },
          );
    default:
      return hostileText;
  }
}

function valueOf(
  type: GraphQLInputType,
  field: string,
  depth: number,
  to: For,
): fc.Arbitrary<unknown> {
  const inner = bare(type, field, depth, to);
  if (to.mode === 'fitting') return inner;
  return fc.oneof(
    { weight: isNonNullType(type) ? 30 : 16, arbitrary: inner },
    { weight: isNonNullType(type) ? 1 : 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: wrongType },
  );
}

function bare(
  type: GraphQLInputType,
  field: string,
  depth: number,
  to: For,
): fc.Arbitrary<unknown> {
  const { mode } = to;
  if (isNonNullType(type)) return bare(type.ofType, field, depth, to);
  if (isListType(type)) {
    const item = valueOf(type.ofType as GraphQLInputType, field, depth + 1, to);
    if (mode === 'fitting') return fc.array(item, { minLength: 1, maxLength: 3 });
    return fc.oneof(
      { weight: 12, arbitrary: fc.array(item, { maxLength: 4 }) },
      // Huge: a hundred, a thousand and more of one value, past any list's limit.
      {
        weight: 1,
        arbitrary: fc
          .tuple(item, fc.constantFrom(101, 1_001, 5_000))
          .map(([value, n]) => Array.from({ length: n }, () => value)),
      },
    );
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.value as string));
    if (mode === 'fitting') return values;
    return fc.oneof(
      { weight: 12, arbitrary: values },
      { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'admin', '') },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = valueOf(f.type, f.name, depth + 1, to);
    const required = fields
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => f.name);
    const record = fc.record(model, { requiredKeys: required });
    if (mode === 'fitting') return record;
    return fc
      .tuple(
        record,
        fc.option(fc.constantFrom(...fields.map((f) => f.name)), { freq: 25 }),
        fc.option(fc.constantFrom('unknownField', '__proto__', 'constructor'), { freq: 40 }),
      )
      .map(([value, drop, extra]) => {
        const out: Record<string, unknown> = { ...value };
        if (drop) delete out[drop];
        if (extra) Object.defineProperty(out, extra, { value: 'x', enumerable: true });
        return out;
      });
  }
  return scalarValue(getNamedType(type).name, field, to);
}

// ------------------------------------------------------------------ requests

/** Every scalar field of the answer, and the id and type of each object one level down. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const callable = (f: GraphQLField<unknown, unknown>) =>
    f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);
  const parts = Object.values(named.getFields())
    .filter(callable)
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return f.name;
      if (isObjectType(inner) && 'id' in inner.getFields()) return `${f.name} { __typename id }`;
      return `${f.name} { __typename }`;
    });
  return `{ __typename ${parts.join(' ')} }`;
}

/** Ids of real objects by type, and all of them: what PoolIds become. */
class IdPool {
  private readonly byType = new Map<string, string[]>();
  private readonly all: string[] = [];

  add(type: string, id: string): void {
    const ids = this.byType.get(type) ?? [];
    if (ids.includes(id)) return;
    ids.push(id);
    this.byType.set(type, ids);
    this.all.push(id);
  }

  /** Mostly an id of the type asked for; one in seven of any type, as a misdirected client sends. */
  pick(ref: PoolId): string {
    const typed = ref.type ? this.byType.get(ref.type) : undefined;
    const from = typed?.length && ref.index % 7 !== 0 ? typed : this.all;
    const id = from[ref.index % from.length];
    return ref.upper ? id.toUpperCase() : id;
  }

  /** Every object with an id in an answer, by its __typename. */
  harvest(value: unknown): void {
    if (Array.isArray(value)) value.forEach((v) => this.harvest(v));
    else if (value && typeof value === 'object') {
      const { __typename: type, id } = value as { __typename?: unknown; id?: unknown };
      if (typeof type === 'string' && typeof id === 'string' && UUID.test(id)) this.add(type, id);
      Object.values(value).forEach((v) => this.harvest(v));
    }
  }
}

function materialise(value: unknown, pool: IdPool): unknown {
  if (value instanceof PoolId) return pool.pick(value);
  if (Array.isArray(value)) return value.map((v) => materialise(v, pool));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, { value: materialise(v, pool), enumerable: true });
    return out;
  }
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A case shortened for a report: long strings and lists cut down, odd characters escaped. */
function brief(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === 'string' && v.length > 60) return `${v.slice(0, 20)}…(${v.length} chars)`;
    if (Array.isArray(v) && v.length > 5) return [...v.slice(0, 2), `…(${v.length} items)`];
    return v;
  })
    .replace(/\u0000/g, '\\u0000')
    .replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

interface GraphQLAnswer {
  data?: unknown;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field?: unknown; message?: unknown }[] };
  }[];
}

describe('every mutation, fuzzed', () => {
  let app: TestApp;
  const actors: Actor[] = [];
  const pool = new IdPool();

  beforeAll(async () => {
    app = await startTestApp();
    const kinds = [
      OrganisationKind.PLATFORM,
      OrganisationKind.BOARD,
      OrganisationKind.VENDOR,
      OrganisationKind.SECTOR_BODY,
      OrganisationKind.SUPERVISOR,
    ];
    const orgs: Partial<Record<OrganisationKind, string>> = {};
    const tokens: Partial<Record<OrganisationKind, string>> = {};
    const { vendorId, products } = await seedVendor(app, { products: 2 });
    for (const kind of kinds) {
      const organisationId =
        kind === OrganisationKind.VENDOR ? vendorId : await createOrganisation(app, { kind });
      orgs[kind] = organisationId;
      pool.add('Organisation', organisationId);
      const roles = [...ROLES_BY_KIND[kind]];
      const { token } = await signUp(app, { organisationId, roles });
      tokens[kind] = token;
      actors.push({ name: `${kind} member`, token, kind, roles });
      // A second member to be the object of member mutations; the actors' own ids stay
      // out of the pool, so that a case cannot take away the roles the next one needs.
      pool.add('User', (await signUp(app, { organisationId, roles: [Role.VIEWER] })).userId);
    }
    actors.push({ name: 'anonymous', token: undefined, kind: null, roles: [] });
    pool.add('Organisation', await createOrganisation(app, { kind: OrganisationKind.BOARD }));

    const board = orgs.BOARD!;
    const sectorBody = orgs.SECTOR_BODY!;
    for (const p of products) {
      pool.add('Product', p.id);
      if (p.leafletId) pool.add('PrivacyLeaflet', p.leafletId);
    }
    const productIds = products.map((p) => p.id);
    for (const status of [AgreementStatus.DRAFT, AgreementStatus.IN_REVIEW, AgreementStatus.ACTIVE])
      pool.add(
        'ProcessingAgreement',
        await seedAgreement(app, {
          boardId: board,
          vendorId,
          productIds,
          status,
          deviations: [null],
        }),
      );
    pool.add(
      'Attestation',
      await seedAttestation(app, {
        vendorId,
        productIds,
        type: AttestationType.ISO27001,
        validUntil: new Date(NOW + 200 * DAY).toISOString().slice(0, 10),
      }),
    );
    const standard = await publishedStandard(app, tokens.SECTOR_BODY!, sectorBody);
    pool.add('MinimumStandard', standard.id);
    for (const r of standard.requirements as { id: string }[]) pool.add('Requirement', r.id);
    pool.add('Tender', await createTender(app, tokens.SECTOR_BODY!, sectorBody));
    for (const organisationId of [vendorId, board])
      pool.add(
        'FileInfo',
        (
          await uploadPdf(
            app,
            tokens[organisationId === board ? 'BOARD' : 'VENDOR']!,
            pdfOfSize(2_000),
          )
        ).id,
      );
    const invited = await app.graphql(
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { __typename id } }`,
      {
        input: {
          organisationId: board,
          email: `nieuw-${randomUUID().slice(0, 8)}@example.nl`,
          roles: ['VIEWER'],
        },
      },
      { token: tokens.BOARD },
    );
    pool.harvest(invited.data);
  });
  afterAll(() => app.close());

  it('never answers INTERNAL_SERVER_ERROR or HTTP 5xx, and names the field of every BAD_USER_INPUT', async () => {
    const schema = app.running.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.values(schema.getMutationType()!.getFields()).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    let requests = 0;
    const outcomes = new Map<string, number>();
    const failures: string[] = [];

    for (const [index, mutation] of mutations.entries()) {
      const rule = (PERMISSIONS as Record<string, Rule>)[mutation.name];
      const eligible = actors.filter((a) => rule && mayTry(a, rule));
      const variablesOf = (mode: Mode) => {
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        const to = { mode, answer: getNamedType(mutation.type).name };
        for (const arg of mutation.args) model[arg.name] = valueOf(arg.type, arg.name, 0, to);
        return fc.record(model, { requiredKeys: Object.keys(model) });
      };
      const declarations = mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const document =
        `mutation Fuzz${declarations ? `(${declarations})` : ''} { ${mutation.name}` +
        `${mutation.args.length ? `(${mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}` +
        ` ${selectionOf(mutation.type)} }`;
      let last = '';

      const property = fc.asyncProperty(
        fc.constantFrom(...(eligible.length ? eligible : actors)),
        fc.oneof(variablesOf('hostile'), variablesOf('fitting')),
        async (actor, generated) => {
          const sent = materialise(generated, pool);
          requests++;
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(actor.token ? { authorization: `Bearer ${actor.token}` } : {}),
            },
            body: JSON.stringify({ query: document, variables: sent }),
          });
          const text = await res.text();
          let body: GraphQLAnswer = {};
          try {
            body = JSON.parse(text) as GraphQLAnswer;
          } catch {
            // judged by its status below
          }
          const outcome = body.errors?.[0]?.extensions?.code ?? (body.errors ? 'NO_CODE' : 'OK');
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          pool.harvest(body.data);

          const problems: string[] = [];
          if (res.status >= 500) problems.push(`HTTP ${res.status}`);
          if (!text.startsWith('{')) problems.push(`not a GraphQL answer: ${text.slice(0, 100)}`);
          for (const error of body.errors ?? []) {
            const code = error.extensions?.code;
            if (code === 'INTERNAL_SERVER_ERROR' || code === undefined)
              problems.push(`${code ?? 'no code'}: ${error.message}`);
            // A document this test wrote wrongly is its own bug, not the API's.
            if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED')
              problems.push(`the test's document: ${error.message}`);
            if (code === 'BAD_USER_INPUT') {
              const fields = error.extensions?.fields;
              const named =
                Array.isArray(fields) &&
                fields.length > 0 &&
                fields.every(
                  (f) =>
                    typeof f.field === 'string' &&
                    f.field !== '' &&
                    typeof f.message === 'string' &&
                    f.message !== '',
                );
              if (!named) problems.push(`BAD_USER_INPUT naming no field: ${error.message}`);
            }
          }
          if (problems.length) {
            last = `${mutation.name} as ${actor.name}: ${problems.join('; ')}\n    variables: ${brief(sent)}`;
            return false;
          }
          return true;
        },
      );
      try {
        await fc.assert(property, { seed: SEED + index, numRuns: RUNS, endOnFailure: !SHRINK });
      } catch (error) {
        const replay =
          /\{ seed: -?\d+, path: "[^"]*", endOnFailure: true \}|seed: -?\d+, path: "[^"]*"/.exec(
            String((error as Error).message),
          );
        failures.push(
          `${last}\n    replay: FUZZ_SEED=${SEED} (${replay?.[0] ?? `seed ${SEED + index}`})`,
        );
      }
    }

    const tally = [...outcomes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
    console.log(
      `mutation fuzz: ${requests} requests over ${mutations.length} mutations ` +
        `(${RUNS} cases each, seed ${SEED}); answers: ${tally.join(', ')}`,
    );
    expect(failures).toEqual([]);
  }, 170_000);
});
