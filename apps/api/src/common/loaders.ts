// DataLoaders live for one request: each GraphQL request gets a fresh cache here, so
// that a relation asked for by many parents costs one SQL statement, and nothing
// loaded for one caller (whose visibility differs) is ever served to another. A
// loader's key in the cache holds the reader as well as its name: the viewer is
// fixed once the auth guard ran, and a loader created before it (none should be)
// could never be handed to a different reader.
import DataLoader from 'dataloader';
import { readerKey, type Reader } from '../data-access/reader';

export class RequestLoaders {
  private readonly loaders = new Map<string, unknown>();

  /** `reader`: who the request's loaders read for (the context's viewer, once known). */
  constructor(private readonly reader: () => Reader = () => null) {}

  /** The request's loader called `name` for its reader, created by `create` on first use. */
  get<K, V, C = K>(name: string, create: () => DataLoader<K, V, C>): DataLoader<K, V, C> {
    const key = `${name}@${readerKey(this.reader())}`;
    let loader = this.loaders.get(key) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader);
    }
    return loader;
  }
}

/**
 * `loader.loadMany(keys)`, except that a failed key fails the whole call: DataLoader's
 * own loadMany returns the Error in the key's place, which callers filtering for
 * non-null values would silently drop.
 */
export async function loadAll<K, V, C>(
  loader: DataLoader<K, V, C>,
  keys: readonly K[],
): Promise<V[]> {
  const values = await loader.loadMany(keys);
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw failed;
  return values as V[];
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
