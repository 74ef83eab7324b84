// What changed between two versions of a privacy leaflet, field by field, so that an FG (and
// the vendor before publishing) sees at a glance what a new version adds, drops or alters.
// Lists are compared as sets; sub-processors by name, retention rules by category and
// locations by country, so that a changed country or period shows as "changed", not as one
// removal and one addition.

export interface DiffableSubprocessor {
  readonly name: string;
  readonly service: string;
  readonly country: string;
  readonly transferMechanism: string;
}

export interface DiffableLeaflet {
  readonly purposes: readonly string[];
  readonly dataSubjects: readonly string[];
  readonly dataCategories: readonly string[];
  readonly retention: readonly { readonly category: string; readonly period: string }[];
  readonly subprocessors: readonly DiffableSubprocessor[];
  readonly locations: readonly { readonly country: string; readonly activity: string }[];
  readonly breachNotificationHours: number;
  readonly privacyContactEmail?: string | null;
}

export interface SetDiff<T> {
  readonly added: readonly T[];
  readonly removed: readonly T[];
  readonly unchanged: readonly T[];
}

export interface KeyedChange<T> {
  readonly key: string;
  readonly before: T;
  readonly after: T;
  /** The properties whose value differs. */
  readonly fields: readonly (keyof T & string)[];
}

export interface KeyedDiff<T> extends SetDiff<T> {
  readonly changed: readonly KeyedChange<T>[];
}

export interface ValueChange<T> {
  readonly before: T;
  readonly after: T;
}

export interface LeafletDiff {
  readonly purposes: SetDiff<string>;
  readonly dataSubjects: SetDiff<string>;
  readonly dataCategories: SetDiff<string>;
  readonly retention: KeyedDiff<{ category: string; period: string }>;
  readonly subprocessors: KeyedDiff<DiffableSubprocessor>;
  readonly locations: KeyedDiff<{ country: string; activity: string }>;
  readonly breachNotificationHours: ValueChange<number> | null;
  readonly privacyContactEmail: ValueChange<string | null> | null;
  /** How many additions, removals and changes in all; 0 when the versions say the same. */
  readonly changeCount: number;
}

function setDiff<T>(before: readonly T[], after: readonly T[]): SetDiff<T> {
  return {
    added: after.filter((item) => !before.includes(item)),
    removed: before.filter((item) => !after.includes(item)),
    unchanged: after.filter((item) => before.includes(item)),
  };
}

function keyedDiff<T extends object>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): KeyedDiff<T> {
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const next = new Map(after.map((item) => [keyOf(item), item]));
  const added: T[] = [];
  const unchanged: T[] = [];
  const changed: KeyedChange<T>[] = [];
  for (const [key, item] of next) {
    const previous = old.get(key);
    if (!previous) {
      added.push(item);
      continue;
    }
    const fields = (Object.keys(item) as (keyof T & string)[]).filter(
      (field) => item[field] !== previous[field],
    );
    if (fields.length) changed.push({ key, before: previous, after: item, fields });
    else unchanged.push(item);
  }
  const removed = [...old].filter(([key]) => !next.has(key)).map(([, item]) => item);
  return { added, removed, unchanged, changed };
}

const count = (diff: SetDiff<unknown> & { changed?: readonly unknown[] }) =>
  diff.added.length + diff.removed.length + (diff.changed?.length ?? 0);

// Only the compared properties: a leaflet from the API carries more (inEea, flags), which are
// derived from these and would otherwise show as changes of their own.
const subprocessor = (s: DiffableSubprocessor): DiffableSubprocessor => ({
  name: s.name,
  service: s.service,
  country: s.country,
  transferMechanism: s.transferMechanism,
});

export function diffLeaflets(before: DiffableLeaflet, after: DiffableLeaflet): LeafletDiff {
  const retention = keyedDiff(
    before.retention.map(({ category, period }) => ({ category, period })),
    after.retention.map(({ category, period }) => ({ category, period })),
    (r) => r.category,
  );
  const subprocessors = keyedDiff(
    before.subprocessors.map(subprocessor),
    after.subprocessors.map(subprocessor),
    (s) => s.name.trim().toLowerCase(),
  );
  const locations = keyedDiff(
    before.locations.map(({ country, activity }) => ({ country, activity })),
    after.locations.map(({ country, activity }) => ({ country, activity })),
    (l) => l.country,
  );
  const purposes = setDiff(before.purposes, after.purposes);
  const dataSubjects = setDiff(before.dataSubjects, after.dataSubjects);
  const dataCategories = setDiff(before.dataCategories, after.dataCategories);
  const breachNotificationHours =
    before.breachNotificationHours === after.breachNotificationHours
      ? null
      : { before: before.breachNotificationHours, after: after.breachNotificationHours };
  const email = (value: string | null | undefined) => value ?? null;
  const privacyContactEmail =
    email(before.privacyContactEmail) === email(after.privacyContactEmail)
      ? null
      : { before: email(before.privacyContactEmail), after: email(after.privacyContactEmail) };
  return {
    purposes,
    dataSubjects,
    dataCategories,
    retention,
    subprocessors,
    locations,
    breachNotificationHours,
    privacyContactEmail,
    changeCount:
      count(purposes) +
      count(dataSubjects) +
      count(dataCategories) +
      count(retention) +
      count(subprocessors) +
      count(locations) +
      (breachNotificationHours ? 1 : 0) +
      (privacyContactEmail ? 1 : 0),
  };
}
