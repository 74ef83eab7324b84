// The one rule for text the API receives (apps/api/src/common/input-text.ts): NUL and
// unpaired surrogates refused, each string no longer than its field, naming the field
// in the caller's language; and the declared lengths checked against the schema and
// the database, so that they cannot drift from the columns.
import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
// The GraphQL name → input class map is kept by Nest here only; no public export has it.
import { TypeMetadataStorage } from '@nestjs/graphql/dist/schema-builder/storages/index.js';
import { OrganisationKind, Role } from '@regie/domain';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage } from 'class-validator';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { DataSource } from 'typeorm';
import {
  DEFAULT_MAX_ITEMS,
  DEFAULT_MAX_TEXT,
  declaredLimits,
  type InputClass,
} from '../../apps/api/src/common/input-text';
import { LoginInput } from '../../apps/api/src/identity/identity.inputs';
import { createOrganisation, signUp } from '../support/identity';
import { leafletInput } from '../support/products';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) {
  createProduct(input: $input) { id name description }
}`;
const SAVE_LEAFLET = `mutation ($input: LeafletInput!) { saveLeafletDraft(input: $input) { id } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** Lengths of formats that allow nothing longer, for fields that declare no MaxLength. */
const FORMAT_LENGTHS: Record<string, number> = {
  countryCode: 2,
  boardNumber: 5,
  kvkNumber: 8,
  oin: 20,
};

describe('text the API receives', () => {
  let app: TestApp;
  let vendorId: string;
  let productId: string;
  let en: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    vendorId = await createOrganisation(app, { kind: OrganisationKind.VENDOR });
    token = (
      await signUp(app, { organisationId: vendorId, roles: [Role.ADMIN, Role.VENDOR_EDITOR] })
    ).token;
    app.useToken(token);
    en = { 'accept-language': 'en' };
    const made = await app.graphql(CREATE_PRODUCT, {
      input: { vendorId, name: 'Rekenwonder', category: 'LEARNING_PLATFORM' },
    });
    productId = made.data!.createProduct.id;
  });
  afterAll(() => app.close());

  function refusal(res: Awaited<ReturnType<TestApp['graphql']>>) {
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    return res.errors![0].extensions.fields;
  }

  it('refuses a NUL character as BAD_USER_INPUT naming the field, in the caller’s language', async () => {
    const res = await app.graphql(
      CREATE_PRODUCT,
      { input: { vendorId, name: 'Reken\u0000wonder', category: 'LEARNING_PLATFORM' } },
      { headers: en },
    );
    expect(refusal(res)).toEqual([
      {
        field: 'input.name',
        message: 'This text contains a NUL character (U+0000), which cannot be stored.',
      },
    ]);
    const dutch = await app.graphql(CREATE_PRODUCT, {
      input: { vendorId, name: 'a\u0000', category: 'LEARNING_PLATFORM' },
    });
    expect(refusal(dutch)).toEqual([
      {
        field: 'input.name',
        message: 'Deze tekst bevat een NUL-teken (U+0000), dat niet kan worden bewaard.',
      },
    ]);
  });

  it('names the path of a bad string deep in an input: lists and nested objects', async () => {
    const res = await app.graphql(SAVE_LEAFLET, {
      input: leafletInput(productId, {
        purposes: ['onderwijs', 'toetsing\u0000'],
        locations: [
          { country: 'NL', activity: 'opslag' },
          { country: 'DE', activity: 'back-up \ud800' },
        ],
      }),
    });
    expect(refusal(res)?.map((f) => f.field)).toEqual([
      'input.purposes.1',
      'input.locations.1.activity',
    ]);
  });

  it('refuses an unpaired surrogate, where it once broke the audit trail and the invitation link', async () => {
    const name = await app.graphql(
      CREATE_PRODUCT,
      { input: { vendorId, name: 'kapot \udc00', category: 'LEARNING_PLATFORM' } },
      { headers: en },
    );
    expect(refusal(name)).toEqual([
      {
        field: 'input.name',
        message: 'This text contains an invalid character (an unpaired UTF-16 surrogate).',
      },
    ]);
    const invite = await app.graphql(INVITE, {
      input: { organisationId: vendorId, email: 'a\ud800@example.nl', roles: ['VIEWER'] },
    });
    expect(refusal(invite)?.map((f) => f.field)).toEqual(['input.email']);
  });

  it('holds for literals written in the document too, not only for variables', async () => {
    const res = await app.graphql(
      `mutation { createProduct(input: { vendorId: "${vendorId}", name: "a\\u0000b", category: LEARNING_PLATFORM }) { id } }`,
    );
    expect(refusal(res)?.map((f) => f.field)).toEqual(['input.name']);
  });

  it('refuses text longer than its field, counting characters as the database does', async () => {
    const long = await app.graphql(
      CREATE_PRODUCT,
      { input: { vendorId, name: 'x'.repeat(201), category: 'LEARNING_PLATFORM' } },
      { headers: en },
    );
    expect(refusal(long)).toEqual([{ field: 'input.name', message: 'At most 200 characters.' }]);

    // 200 characters of emoji, right-to-left script and combining marks fit, as they are.
    const name = '🏫'.repeat(100) + 'مدرسة'.repeat(10) + 'e\u0301'.repeat(25);
    const fits = await app.graphql(CREATE_PRODUCT, {
      input: { vendorId, name, category: 'LEARNING_PLATFORM', description: '👩🏽‍🏫 עברית' },
    });
    expect(fits.errors).toBeUndefined();
    expect(fits.data!.createProduct).toMatchObject({ name, description: '👩🏽‍🏫 עברית' });
  });

  it('answers the 90,000-character e-mail address of a sign-in as BAD_USER_INPUT, and one of 254 as a failed sign-in', async () => {
    const huge = await app.graphql(LOGIN, {
      input: { email: `${'a'.repeat(90_000)}@example.nl`, password: 'whatever it is' },
    });
    expect(refusal(huge)?.map((f) => f.field)).toEqual(['input.email']);
    // The longest address SMTP carries reaches the login throttle's column and fits.
    const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.nl`;
    expect(longest).toHaveLength(254);
    const res = await app.graphql(LOGIN, { input: { email: longest, password: 'whatever it is' } });
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('caps a string without a declared length, and a list without a declared size', async () => {
    const cursor = await app.graphql(
      `query ($after: String) { organisations(after: $after) { totalCount } }`,
      { after: 'x'.repeat(DEFAULT_MAX_TEXT + 1) },
      { headers: en },
    );
    expect(refusal(cursor)).toEqual([
      {
        field: 'after',
        message: `At most ${DEFAULT_MAX_TEXT.toLocaleString('en-GB')} characters.`,
      },
    ]);
    const ids = Array.from({ length: DEFAULT_MAX_ITEMS + 1 }, () => randomUUID());
    const many = await app.graphql(
      `mutation ($id: ID!, $input: UpdateAttestationInput!) { updateAttestation(id: $id, input: $input) { id } }`,
      { id: randomUUID(), input: { productIds: ids } },
    );
    expect(refusal(many)?.map((f) => f.field)).toEqual(['input.productIds']);
  });

  it('answers a list of a hundred wrong values with the fields graphql-js names, not an internal error', async () => {
    const res = await app.graphql(
      `mutation ($id: ID!, $input: UpdateAttestationInput!) { updateAttestation(id: $id, input: $input) { id } }`,
      { id: randomUUID(), input: { productIds: Array.from({ length: 101 }, () => null) } },
    );
    expect(res.status).toBe(400);
    const codes = new Set(res.errors?.map((e) => e.extensions.code));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
    // graphql-js stops at fifty; each names its place in the list.
    expect(res.errors).toHaveLength(50);
    expect(res.errors?.[49].extensions.fields).toEqual([
      { field: 'input.productIds.49', message: expect.any(String) },
    ]);
  });

  it('holds for REST parameters too', async () => {
    // Signed in: an anonymous caller is turned away by the guard before any parameter is read.
    const res = await fetch(`${app.url}/api/files/abc%00def`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ status: 400, statusMessage: 'De invoer is niet in orde.' });
  });

  describe('the declared lengths', () => {
    const inputClasses = () =>
      new Map(
        TypeMetadataStorage.getInputTypesMetadata().map((m) => [m.name, m.target as InputClass]),
      );

    function fieldsOf(
      visit: (input: string, field: string, type: GraphQLInputType, target: InputClass) => void,
    ) {
      const schema = app.running.app.get(GraphQLSchemaHost).schema;
      const classes = inputClasses();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
        const target = classes.get(type.name);
        expect({ input: type.name, hasClass: !!target }).toEqual({
          input: type.name,
          hasClass: true,
        });
        for (const field of Object.values(type.getFields()))
          visit(type.name, field.name, field.type, target!);
      }
    }

    function formatLength(target: InputClass, property: string): number | undefined {
      const rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
      const lengths = rules
        .filter((r) => r.propertyName === property && r.name && r.name in FORMAT_LENGTHS)
        .map((r) => FORMAT_LENGTHS[r.name!]);
      return lengths.length ? Math.min(...lengths) : undefined;
    }

    function maxOf(target: InputClass, property: string): number | undefined {
      return declaredLimits(target).get(property)?.text ?? formatLength(target, property);
    }

    it('are given for every text field of every input type the API serves', () => {
      const undeclared: string[] = [];
      fieldsOf((input, field, type, target) => {
        // IDs are looked up, never stored as given; they fall under the default cap.
        if (getNamedType(type).name !== 'String') return;
        if (maxOf(target, field) === undefined) undeclared.push(`${input}.${field}`);
      });
      expect(undeclared).toEqual([]);
    });

    it('reach nested input objects: each carries its class (@Type), so its own limits apply', () => {
      const untyped: string[] = [];
      fieldsOf((input, field, type, target) => {
        const named = getNamedType(type);
        if (!isInputObjectType(named)) return;
        const plain = { [field]: unwrapList(type) ? [{}] : {} };
        const made = instanceOf(target, plain)[field];
        const nested = Array.isArray(made) ? made[0] : made;
        if (nested?.constructor !== inputClasses().get(named.name))
          untyped.push(`${input}.${field}`);
      });
      expect(untyped).toEqual([]);
    });

    it('fit the database column each field is stored in', async () => {
      const ds = app.running.app.get(DataSource);
      const columns: { table: string; column: string; max: number }[] = (
        await ds.query(
          `SELECT table_name AS "table", column_name AS "column", character_maximum_length AS "max"
             FROM information_schema.columns
            WHERE table_schema = current_schema() AND character_maximum_length IS NOT NULL`,
        )
      ).map((c: { table: string; column: string; max: number | string }) => ({
        ...c,
        max: Number(c.max),
      }));
      // Entity columns: an input field of the same name as the property is what it stores.
      const limited = new Map<string, number>();
      for (const entity of ds.entityMetadatas)
        for (const column of entity.columns) {
          const found = columns.find(
            (c) => c.table === entity.tableName && c.column === column.databaseName,
          );
          if (found)
            limited.set(
              column.propertyName,
              Math.min(limited.get(column.propertyName) ?? found.max, found.max),
            );
        }
      expect(limited.get('country')).toBe(2);
      const tooLong: string[] = [];
      fieldsOf((input, field, _type, target) => {
        const column = limited.get(field);
        if (column === undefined) return;
        const max = maxOf(target, field);
        if (max === undefined || max > column)
          tooLong.push(`${input}.${field}: ${max} > ${column}`);
      });
      expect(tooLong).toEqual([]);

      // The login throttle keys attempts by 'account:' and the address tried.
      const key = columns.find((c) => c.table === 'login_throttle' && c.column === 'key');
      expect('account:'.length + maxOf(LoginInput, 'email')!).toBeLessThanOrEqual(key!.max);
    });
  });
});

function unwrapList(type: GraphQLInputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function instanceOf(target: InputClass, plain: object): Record<string, unknown> {
  return plainToInstance(target as new () => object, plain) as Record<string, unknown>;
}
