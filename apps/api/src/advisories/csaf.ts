// CSAF 2.0 documents (the OASIS standard national CERTs and vendors publish): validated
// against the official JSON schema with the CVSS schemas it references, then read as
// DOMAIN.md maps them (title, summary, CVEs, severity, TLP, tracking, product tree).
// The schema files are the project's own copy (csaf-schema/, see SOURCE.md there).
import { Severity, Tlp } from '@regie/domain';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { AppError, ErrorCode } from '../common/errors/app-error';
import csafSchema from './csaf-schema/csaf_json_schema.json';
import cvss20 from './csaf-schema/cvss-v2.0.json';
import cvss30 from './csaf-schema/cvss-v3.0.json';
import cvss31 from './csaf-schema/cvss-v3.1.json';

/** At most 1 MiB of JSON text. */
export const MAX_CSAF_BYTES = 1024 * 1024;
/** Deeper than any real product tree; deeper documents are refused before validation. */
export const MAX_CSAF_DEPTH = 64;

/** What Regie reads from a CSAF document. */
export interface CsafAdvisory {
  readonly title: string;
  readonly summary: string;
  readonly cves: string[];
  /** The highest CVSS base severity, else the aggregate severity if it is a Regie level. */
  readonly severity: Severity | null;
  /** The document's TLP label as TLP 2.0; null when it has none. */
  readonly tlp: Tlp | null;
  readonly trackingId: string;
  readonly trackingVersion: string;
  /** (vendor, product) names from the product tree's branches. */
  readonly products: { vendor: string; product: string }[];
  /** The vulnerabilities' remediations (details, and the link when given), each once; null if none. */
  readonly recommendedAction: string | null;
}

/** As long as a typed-in recommended action may be. */
export const MAX_RECOMMENDED_ACTION = 20000;

/** BAD_USER_INPUT on `input.document`, naming where in the document and the schema. */
export function invalidDocument(
  key:
    | 'advisory.csafInvalid'
    | 'advisory.csafTooLarge'
    | 'advisory.csafNotJson'
    | 'advisory.csafTlpRed',
  documentPath = '',
  schemaPath = '',
): AppError {
  const params = { path: documentPath || '/', schemaPath };
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    'error.badUserInput',
    {},
    undefined,
    [{ field: 'input.document', key, params }],
    { documentPath: documentPath || '/', ...(schemaPath ? { schemaPath } : {}) },
  );
}

let validator: ValidateFunction | undefined;

/** The CVSS schemas are draft-04 and draft-07: registered under the ids CSAF uses. */
function registered(schema: object, id: string): object {
  const copy: Record<string, unknown> = { ...schema };
  delete copy.$schema;
  delete copy.id;
  delete copy.license;
  copy.$id = id;
  return copy;
}

function validate(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2020({ strict: false, allErrors: false, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema(registered(cvss20, 'https://www.first.org/cvss/cvss-v2.0.json'));
    ajv.addSchema(registered(cvss30, 'https://www.first.org/cvss/cvss-v3.0.json'));
    ajv.addSchema(registered(cvss31, 'https://www.first.org/cvss/cvss-v3.1.json'));
    validator = ajv.compile(csafSchema);
  }
  return validator;
}

/** Depth of nested arrays and objects, without recursion. */
function depthOf(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > limit) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Parses and validates `text`; throws BAD_USER_INPUT naming what is wrong. */
export function readCsaf(text: string): CsafAdvisory {
  if (Buffer.byteLength(text, 'utf8') > MAX_CSAF_BYTES)
    throw invalidDocument('advisory.csafTooLarge');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw invalidDocument('advisory.csafNotJson');
  }
  if (depthOf(doc, MAX_CSAF_DEPTH) > MAX_CSAF_DEPTH)
    throw invalidDocument('advisory.csafInvalid', '/', 'maxDepth');
  const check = validate();
  let valid: boolean;
  try {
    valid = check(doc) as boolean;
  } catch {
    // A stack overflow inside the validator on a hostile document.
    throw invalidDocument('advisory.csafInvalid', '/', '#');
  }
  if (!valid) {
    // Inside a oneOf (the CVSS versions) every branch reports: the deepest is the most telling.
    const depth = (e: ErrorObject) => e.instancePath.split('/').length;
    const error = (check.errors ?? []).reduce<ErrorObject | undefined>(
      (best, e) => (!best || depth(e) > depth(best) ? e : best),
      undefined,
    );
    throw invalidDocument(
      'advisory.csafInvalid',
      error?.instancePath ?? '/',
      error?.schemaPath ?? '#',
    );
  }
  return extract(doc as CsafDocument);
}

// ------------------------------------------------------------------ the mapping

interface CsafBranch {
  category: string;
  name: string;
  branches?: CsafBranch[];
}
interface CsafDocument {
  document: {
    title: string;
    notes?: { category: string; text: string }[];
    aggregate_severity?: { text: string };
    distribution?: { tlp?: { label?: string } };
    tracking: { id: string; version: string };
  };
  product_tree?: { branches?: CsafBranch[] };
  vulnerabilities?: {
    cve?: string;
    remediations?: { details: string; url?: string }[];
    scores?: {
      cvss_v2?: { baseScore?: number };
      cvss_v3?: { baseSeverity?: string };
    }[];
  }[];
}

const LEVELS: readonly Severity[] = [
  Severity.LOW,
  Severity.MEDIUM,
  Severity.HIGH,
  Severity.CRITICAL,
];
const rank = (s: Severity) => LEVELS.indexOf(s);

function cvssSeverity(
  score: NonNullable<NonNullable<CsafDocument['vulnerabilities']>[number]['scores']>[number],
): Severity | null {
  const v3 = score.cvss_v3?.baseSeverity;
  if (v3) return v3 === 'NONE' ? Severity.LOW : (v3 as Severity);
  const v2 = score.cvss_v2?.baseScore;
  if (typeof v2 === 'number')
    return v2 >= 7 ? Severity.HIGH : v2 >= 4 ? Severity.MEDIUM : Severity.LOW;
  return null;
}

function extract(doc: CsafDocument): CsafAdvisory {
  const d = doc.document;
  const notes = d.notes ?? [];
  const note = (category: string) => notes.find((n) => n.category === category)?.text.trim();
  const summary = note('summary') || note('description') || d.title.trim();

  let severity: Severity | null = null;
  for (const v of doc.vulnerabilities ?? [])
    for (const s of v.scores ?? []) {
      const level = cvssSeverity(s);
      if (level && (!severity || rank(level) > rank(severity))) severity = level;
    }
  if (!severity) {
    const aggregate = d.aggregate_severity?.text.trim().toUpperCase();
    if (aggregate && (LEVELS as readonly string[]).includes(aggregate))
      severity = aggregate as Severity;
  }

  const label = d.distribution?.tlp?.label;
  if (label === 'RED')
    throw invalidDocument('advisory.csafTlpRed', '/document/distribution/tlp/label');
  const tlp =
    label === 'WHITE'
      ? Tlp.CLEAR
      : label === 'GREEN'
        ? Tlp.GREEN
        : label === 'AMBER'
          ? Tlp.AMBER
          : null;

  const cves = [
    ...new Set((doc.vulnerabilities ?? []).map((v) => v.cve).filter((c): c is string => !!c)),
  ];

  const products = new Map<string, { vendor: string; product: string }>();
  const walk = (branches: CsafBranch[], vendor: string | null) => {
    for (const b of branches) {
      const nextVendor = b.category === 'vendor' ? b.name : vendor;
      if (vendor && (b.category === 'product_name' || b.category === 'product_family')) {
        const key = `${vendor.toLowerCase()}\u0000${b.name.toLowerCase()}`;
        products.set(key, { vendor, product: b.name });
      }
      if (b.branches) walk(b.branches, nextVendor);
    }
  };
  walk(doc.product_tree?.branches ?? [], null);

  // What to do: the remediations in the document's order, each text once.
  const remediations = [
    ...new Set(
      (doc.vulnerabilities ?? []).flatMap((v) =>
        (v.remediations ?? []).map((r) =>
          [r.details.trim(), r.url?.trim()].filter((line) => !!line).join('\n'),
        ),
      ),
    ),
  ].filter((text) => text.length > 0);
  const action = remediations.join('\n\n');
  // Cut by code points, as PostgreSQL counts them, so that no surrogate pair is split.
  const points = Array.from(action);
  const recommendedAction = !action
    ? null
    : points.length > MAX_RECOMMENDED_ACTION
      ? `${points.slice(0, MAX_RECOMMENDED_ACTION - 1).join('')}…`
      : action;

  return {
    title: d.title.trim(),
    summary,
    cves,
    severity,
    tlp,
    trackingId: d.tracking.id,
    trackingVersion: d.tracking.version,
    products: [...products.values()],
    recommendedAction,
  };
}

/**
 * Whether tracking version `a` is newer than `b`: whole numbers compare as numbers,
 * semantic versions by major, minor, patch, a release above its pre-releases.
 */
export function isNewerVersion(a: string, b: string): boolean {
  const parse = (v: string) => {
    const [core, pre] = v.split('+')[0].split(/-(.*)/s, 2);
    return { nums: core.split('.').map((n) => Number(n)), pre: pre ?? null };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.nums.length, y.nums.length); i++) {
    const p = x.nums[i] ?? 0;
    const q = y.nums[i] ?? 0;
    if (p !== q) return p > q;
  }
  if (x.pre === y.pre) return false;
  if (x.pre === null) return true;
  if (y.pre === null) return false;
  return x.pre.localeCompare(y.pre, 'en', { numeric: true }) > 0;
}
