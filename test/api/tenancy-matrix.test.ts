// The tenancy matrix (issue 13): every query, mutation and REST route the API serves, asked by
// every role of every kind of organisation "A" (and A's API tokens, and the platform admin)
// about the private objects of organisations "B", must answer NOT_FOUND, FORBIDDEN, null or
// leave them out as RUNTIME.md says, and change nothing of B.
//
// To add a case for a new operation or route: see the top of test/support/tenancy-cases.ts
// (CASES and ROUTES); B's objects are built in test/support/tenancy-world.ts, with who may
// not see each of them (`secrets`). The matrix reads the operations from the running app's
// schema and the routes from its router, and fails naming every one without a case.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Locale, Role } from '@regie/domain';
import { DataSource } from 'typeorm';
import { mayAttempt, ruleFor } from '../../apps/api/src/auth/permissions';
import type { Viewer } from '../../apps/api/src/auth/viewer';
import { storedFiles } from '../support/files';
import { eventually } from '../support/smtp';
import {
  CASES,
  ROUTES,
  type Case,
  type Outcome,
  type RouteCase,
  type RouteRequest,
} from '../support/tenancy-cases';
import { buildWorld, type MatrixViewer, type World } from '../support/tenancy-world';
import { startTestApp, type TestApp } from '../support/test-app';

/** Requests in flight at once: enough to keep the server busy, few enough for two cores. */
const POOL = 8;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Routes that are not the API's: liveness, and the admin's static files. */
const NOT_API_ROUTES = new Set(['GET /health']);
const STATIC_FILES = /\{\*\w+\}/;

interface Served {
  queries: string[];
  mutations: string[];
}

function servedOperations(app: TestApp): Served {
  const schema = app.running.app.get(GraphQLSchemaHost).schema;
  return {
    queries: Object.keys(schema.getQueryType()?.getFields() ?? {}),
    mutations: Object.keys(schema.getMutationType()?.getFields() ?? {}),
  };
}

/** `METHOD /path` of every route in the Express router (Express 5: `router`; 4: `_router`). */
function servedRoutes(app: TestApp): string[] {
  const express = app.running.app.getHttpAdapter().getInstance() as {
    router?: { stack: Layer[] };
    _router?: { stack: Layer[] };
  };
  type Layer = { route?: { path: string; methods: Record<string, boolean> } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  return stack
    .filter((layer) => layer.route && !STATIC_FILES.test(layer.route.path))
    .flatMap((layer) =>
      Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`),
    )
    .filter((route) => !NOT_API_ROUTES.has(route));
}

/** Runs `tasks` with at most POOL at a time. */
async function pooled<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(POOL, tasks.length) }, worker));
  return results;
}

/** Every row of every table, as JSON text, by table: what "nothing changed" compares. */
async function snapshot(ds: DataSource): Promise<Map<string, string[]>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const result = new Map<string, string[]>();
  for (const { name } of tables) {
    const rows: { row: string }[] = await ds.query(
      `SELECT to_jsonb(t)::text AS row FROM "${name}" t`,
    );
    result.set(
      name,
      rows.map((r) => r.row),
    );
  }
  return result;
}

/**
 * Counters of failed sign-ins: an attempt at B's person's password counts against that
 * person's e-mail address, by design (login-throttle.ts), whoever makes it.
 */
const NOT_B_DATA = new Set(['login_throttle']);

/** The rows added or gone between two snapshots that mention any of `markers`. */
function changedRows(
  before: Map<string, string[]>,
  after: Map<string, string[]>,
  markers: string[],
): string[] {
  const changes: string[] = [];
  for (const table of new Set([...before.keys(), ...after.keys()])) {
    if (NOT_B_DATA.has(table)) continue;
    const was = new Set(before.get(table) ?? []);
    const now = new Set(after.get(table) ?? []);
    const mentionsB = (row: string) => markers.some((m) => row.includes(m));
    for (const row of now) if (!was.has(row) && mentionsB(row)) changes.push(`${table} + ${row}`);
    for (const row of was) if (!now.has(row) && mentionsB(row)) changes.push(`${table} - ${row}`);
  }
  return changes;
}

/** The root field's name of a one-field document. */
function rootField(document: string): string {
  const match = /^\s*(?:query|mutation)?\s*(?:\([^)]*\))?\s*\{\s*(\w+)/.exec(document);
  if (!match) throw new Error(`no root field in ${document}`);
  return match[1];
}

function hiddenValues(w: World, v: MatrixViewer, operation: string): Map<string, string> {
  const hidden = new Map<string, string>();
  for (const s of w.secrets) if (s.hiddenFrom(v, operation)) hidden.set(s.value, s.what);
  return hidden;
}

/** What of `hidden` the text shows. */
function shown(text: string, hidden: Map<string, string>): string[] {
  return [...hidden].filter(([value]) => text.includes(value)).map(([, what]) => what);
}

describe('the tenancy matrix', () => {
  let app: TestApp;
  let w: World;
  let served: Served;
  let routes: string[];
  /** Requests the matrix sends: a case's own, and its comparison with a random id. */
  let requests = 0;

  beforeAll(async () => {
    // The outbox sends B's invitation mails soon, so that they are sent before the matrix.
    app = await startTestApp({ env: { REGIE_MAIL_INTERVAL_MS: '100' } });
    w = await buildWorld(app);
    served = servedOperations(app);
    routes = servedRoutes(app);
  }, 120_000);
  afterAll(() => app.close());

  it('has a case for every operation the API serves, so that a new one without a case fails', () => {
    const missing = [...served.queries, ...served.mutations].filter((op) => !(op in CASES));
    expect(missing).toEqual([]);
    // A case waits for its operation only if the contract names it (no misspelt case).
    const contract = buildSchema(
      readFileSync(join(__dirname, '../../../shared/contract/schema.graphql'), 'utf8'),
    );
    const named = new Set([
      ...Object.keys(contract.getQueryType()?.getFields() ?? {}),
      ...Object.keys(contract.getMutationType()?.getFields() ?? {}),
      ...served.queries,
      ...served.mutations,
    ]);
    expect(Object.keys(CASES).filter((op) => !named.has(op))).toEqual([]);
    for (const [name, c] of Object.entries(CASES))
      expect([name, rootField(c.document)]).toEqual([name, name]);
  });

  it('has a case for every REST route the API serves', () => {
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((route) => !(route in ROUTES))).toEqual([]);
  });

  it("reaches B's private objects: their owners see them through the same requests and routes", async () => {
    const aimless: string[] = [];
    const anyHidden = new Set(w.secrets.map((s) => s.value));
    for (const [name, c] of Object.entries(CASES)) {
      if (!c.owner || !served.queries.includes(name)) continue;
      const answers = await pooled(
        c
          .variables(w)
          .map((vars) => () => app.graphql(c.document, vars, { token: w.b.people[c.owner!] })),
      );
      // Organisation-scoped queries are asked for each B organisation: the owner is a member
      // of one. One clean answer with something private of B in it is enough.
      const sees = answers.some(
        (a) => !a.errors && [...anyHidden].some((value) => JSON.stringify(a.data).includes(value)),
      );
      if (!sees)
        aimless.push(
          `${name}: the owner sees nothing private of B: ${JSON.stringify(answers).slice(0, 400)}`,
        );
    }
    for (const [route, c] of Object.entries(ROUTES)) {
      if (!c.owner || !routes.includes(route)) continue;
      const token = c.owner(w);
      const statuses = await pooled(
        c.requests(w).map((request) => async () => (await send(request, token)).status),
      );
      if (!statuses.some((status) => status >= 200 && status < 300))
        aimless.push(`${route}: the owner gets ${statuses.join(', ')}`);
    }
    expect(aimless).toEqual([]);
  });

  it('shows nothing of B to A, refuses every change, and changes nothing of B', async () => {
    const started = Date.now();
    const ds = app.running.app.get(DataSource);
    // The mail that making B's world queued goes out first: the outbox changes its rows.
    await eventually(
      async () =>
        Number(
          (await ds.query(`SELECT count(*) AS n FROM email_outbox WHERE status = 'PENDING'`))[0].n,
        ) === 0
          ? true
          : undefined,
      'the outbox to send what B queued',
    );
    const before = await snapshot(ds);
    const filesBefore = await storedFiles(app);
    const problems: string[] = [];
    const tasks: (() => Promise<void>)[] = [];
    let graphqlCases = 0;
    let routeCases = 0;

    for (const [operation, c] of Object.entries(CASES)) {
      const mutation = served.mutations.includes(operation);
      if (!mutation && !served.queries.includes(operation)) continue; // not served yet
      c.variables(w).forEach((vars, i) => {
        for (const viewer of w.viewers) {
          const outcome = outcomeFor(c, viewer, mutation);
          if (!outcome) continue;
          graphqlCases++;
          tasks.push(async () => {
            const problem = await runCase(operation, c, vars, viewer, outcome);
            if (problem) problems.push(`${operation} #${i + 1} as ${viewer.label}: ${problem}`);
          });
        }
      });
    }
    for (const route of routes) {
      const c = ROUTES[route];
      if (!c) continue;
      c.requests(w).forEach((request, i) => {
        for (const viewer of [...w.viewers, null]) {
          const statuses = statusesFor(c, request, viewer, route);
          if (!statuses) continue;
          routeCases++;
          tasks.push(async () => {
            const problem = await runRoute(request, viewer, statuses, route);
            if (problem)
              problems.push(`${route} #${i + 1} as ${viewer?.label ?? 'anonymous'}: ${problem}`);
          });
        }
      });
    }
    await pooled(tasks);

    // Nothing of B changed: no row that names B's organisations, people or objects was
    // added, changed or removed, and no file was stored.
    const markers = [
      w.b.board,
      w.b.vendor,
      w.b.sectorBody,
      w.b.supervisor,
      ...Object.values(w.b.userIds),
      ...w.secrets.map((s) => s.value),
      w.b.product,
      w.b.attestationPublic,
      w.b.attestationRestricted,
      w.b.generalOffer,
      w.b.standard.id,
      w.b.assessmentSubmitted,
      w.b.tenderOpen,
      w.b.tenderEvaluation,
      w.b.tenderCancelled,
      w.b.dealPublished,
    ];
    const changes = changedRows(before, await snapshot(ds), markers);
    const filesAfter = await storedFiles(app);

    const total = graphqlCases + routeCases;
    console.log(
      `tenancy matrix: ${total.toLocaleString('en')} cases (${graphqlCases.toLocaleString('en')} GraphQL, ` +
        `${routeCases} REST) by ${w.viewers.length} viewers in ${requests.toLocaleString('en')} requests, ` +
        `${problems.length} wrong answers, ` +
        `${changes.length} changed rows of B, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    expect({ problems: problems.sort(), changes, files: filesAfter }).toEqual({
      problems: [],
      changes: [],
      files: filesBefore,
    });
  }, 300_000);

  // After the matrix, which needs B's objects as they were: these change them.
  it("reaches B's objects with every change: B's own people get past tenancy with the same requests", async () => {
    const secretIds = w.secrets.map((x) => x.value).filter((v) => UUID.test(v));
    const unreached: string[] = [];
    // Last case first: the identity cases, which take roles away, come last.
    for (const [name, c] of Object.entries(CASES).reverse()) {
      if (!c.owner || !served.mutations.includes(name)) continue;
      const token = w.b.people[c.owner];
      const answers: string[] = [];
      let reached = false;
      for (const vars of c.variables(w)) {
        const res = await app.graphql(c.document, vars, { token });
        const code = res.errors?.[0]?.extensions.code;
        answers.push(code ?? 'success');
        if (res.status !== 200) continue;
        if (!code || code === 'CONFLICT') reached = true;
        else {
          // Refused after the object was found: not what a random id gets.
          const named = secretIds.filter((id) => JSON.stringify(vars).includes(id));
          if (named.length && (await ghostAnswer(c, vars, named, token)) !== code) reached = true;
        }
      }
      if (!reached) unreached.push(`${name} as B's ${c.owner}: ${answers.join(', ')}`);
    }
    expect(unreached).toEqual([]);
  });

  /** What `viewer` must get from case `c`; null: not run for it (DOMAIN.md allows it). */
  function outcomeFor(c: Case, viewer: MatrixViewer, mutation: boolean): Outcome | null {
    if (viewer.platformAdmin && c.platformAdmin === 'allowed') return null;
    if (c.allowed?.(viewer)) return null;
    // An API token changes nothing: the guard refuses every mutation.
    if (mutation && viewer.apiToken)
      return { kind: 'denied', codes: ['FORBIDDEN', 'UNAUTHENTICATED'] };
    if (viewer.platformAdmin && c.platformAdmin && c.platformAdmin !== 'allowed')
      return c.platformAdmin;
    return c.expect;
  }

  async function runCase(
    operation: string,
    c: Case,
    vars: Record<string, unknown>,
    viewer: MatrixViewer,
    outcome: Outcome,
  ): Promise<string | undefined> {
    const hidden = hiddenValues(w, viewer, operation);
    requests++;
    const res = await app.graphql(c.document, vars, { token: viewer.token });
    const text = JSON.stringify(res);
    const leaked = shown(
      JSON.stringify(res.data ?? null) + JSON.stringify(res.errors ?? []),
      hidden,
    );
    if (leaked.length) return `shows ${leaked.join(', ')}: ${text.slice(0, 600)}`;
    const revealed = c.reveals?.(JSON.stringify(res.data ?? null), w, viewer);
    if (revealed) return `${revealed}: ${text.slice(0, 600)}`;
    if (res.status !== 200) return `HTTP ${res.status}: ${text.slice(0, 300)}`;
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    if (codes.includes('INTERNAL_SERVER_ERROR'))
      return `INTERNAL_SERVER_ERROR: ${text.slice(0, 300)}`;
    const value = res.data?.[operation];
    // The variables name something hidden from this viewer: then it does not exist for it.
    const namesHidden = [...hidden.keys()].filter((h) => JSON.stringify(vars).includes(h));

    switch (outcome.kind) {
      case 'one':
        if (codes.length)
          return `expected an answer, got ${codes.join(', ')}: ${text.slice(0, 300)}`;
        if (namesHidden.length && value !== null)
          return `expected null (it names ${namesHidden.map((h) => hidden.get(h)).join(', ')}), got ${text.slice(0, 300)}`;
        return undefined;
      case 'list':
        if (codes.some((code) => !outcome.codes.includes(code)))
          return `expected ${outcome.codes.length ? `an answer or ${outcome.codes.join('/')}` : 'an answer'}, got ${codes.join(', ')}: ${text.slice(0, 300)}`;
        return undefined;
      case 'denied': {
        if (!codes.length) return `succeeded: ${text.slice(0, 300)}`;
        if (value !== null && value !== undefined)
          return `data beside the error: ${text.slice(0, 300)}`;
        if (!outcome.codes.includes(codes[0]))
          return `expected ${outcome.codes.join('/')}, got ${codes[0]} (${res.errors![0].message})`;
        // A private object is as if it did not exist: the same answer as for a random id.
        const ghostable = namesHidden.filter((h) => UUID.test(h));
        if (!ghostable.length || !guardLetsTry(viewer, operation)) return undefined;
        const ghostCode = await ghostAnswer(c, vars, ghostable, viewer.token);
        if (ghostCode !== codes[0])
          return `${codes[0]} for B's ${ghostable.map((h) => hidden.get(h)).join(', ')}, but ${ghostCode} for an id that does not exist: it tells that the object exists`;
        return undefined;
      }
    }
  }

  /** The first error code (or `success`) of the request with `ids` replaced by random ones. */
  async function ghostAnswer(
    c: Case,
    vars: Record<string, unknown>,
    ids: string[],
    token: string,
  ): Promise<string> {
    let ghostVars = JSON.stringify(vars);
    for (const id of ids) ghostVars = ghostVars.split(id).join(randomUUID());
    requests++;
    const ghost = await app.graphql(c.document, JSON.parse(ghostVars), { token });
    return ghost.errors?.[0]?.extensions.code ?? 'success';
  }

  /**
   * Whether the guard lets the viewer try the operation at all. When it does not, it refuses
   * before anything is looked up, whatever the arguments: then no answer can tell whether
   * B's object exists, and the comparison with a random id is left out (it would double
   * the requests of every viewer without the role). API tokens never change anything.
   */
  function guardLetsTry(viewer: MatrixViewer, operation: string): boolean {
    const rule = ruleFor(operation);
    const shape: Viewer = {
      kind: viewer.apiToken ? 'apiToken' : 'user',
      userId: null,
      apiTokenId: null,
      name: viewer.label,
      locale: Locale.NL,
      memberships: [
        {
          organisationId: viewer.organisationId,
          kind: viewer.kind,
          roles: [viewer.role ?? Role.VIEWER],
        },
      ],
    };
    return (
      !!rule &&
      !(viewer.apiToken && served.mutations.includes(operation)) &&
      mayAttempt(shape, rule)
    );
  }

  /** The statuses `viewer` may get from `request`; null: not run for it. */
  function statusesFor(
    c: RouteCase,
    request: RouteRequest,
    viewer: MatrixViewer | null,
    route: string,
  ): readonly number[] | null {
    if (!viewer) return c.anonymous;
    if (viewer.platformAdmin && c.platformAdmin === 'allowed') return null;
    if (c.allowed?.(viewer)) return null;
    if (request.hides && !hiddenValues(w, viewer, route).has(request.hides)) return null;
    if (viewer.platformAdmin && c.platformAdmin && c.platformAdmin !== 'allowed')
      return c.platformAdmin;
    return c.expect;
  }

  function send(request: RouteRequest, token: string | undefined): Promise<Response> {
    return fetch(`${app.url}${request.path}`, {
      method: request.form ? 'POST' : 'GET',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: request.form?.(),
      redirect: 'manual',
    });
  }

  async function runRoute(
    request: RouteRequest,
    viewer: MatrixViewer | null,
    statuses: readonly number[],
    route: string,
  ): Promise<string | undefined> {
    requests++;
    const res = await send(request, viewer?.token);
    const body = Buffer.from(await res.arrayBuffer()).toString('latin1');
    if (viewer) {
      const leaked = shown(body, hiddenValues(w, viewer, route));
      if (leaked.length) return `shows ${leaked.join(', ')}: ${body.slice(0, 300)}`;
    }
    if (!statuses.includes(res.status))
      return `expected HTTP ${statuses.join('/')}, got ${res.status}: ${body.slice(0, 300)}`;
    if (res.status >= 400) {
      let json: { status?: unknown; statusMessage?: unknown } | undefined;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      if (json?.status !== res.status || typeof json.statusMessage !== 'string')
        return `an error without { status, statusMessage }: ${body.slice(0, 300)}`;
    }
    return undefined;
  }
});
