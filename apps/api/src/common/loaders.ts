// DataLoaders live for one request: each GraphQL request gets a fresh cache here, so
// that a relation asked for by many parents costs one SQL statement, and nothing
// loaded for one caller (whose visibility differs) is ever served to another.
import DataLoader from 'dataloader';

export class RequestLoaders {
  private readonly loaders = new Map<string, unknown>();

  /** The request's loader called `name`, created by `create` on first use. */
  get<K, V, C = K>(name: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    let loader = this.loaders.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(name, loader);
    }
    return loader;
  }
}

/** Orders what one query returned by the keys asked for; a missing key gets `missing`. */
export function byKey<K, R, V>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  missing: V,
  toValue: (row: R) => V,
): V[] {
  const found = new Map<K, V>();
  for (const row of rows) found.set(keyOf(row), toValue(row));
  return keys.map((k) => (found.has(k) ? (found.get(k) as V) : missing));
}

/** Groups what one query returned by the keys asked for, keeping the query's order. */
export function groupByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
