// Cursor pagination (the contract's Connection types). A cursor is opaque to
// clients: the base64url of the sort key of the last row seen, so a page is a
// range scan on an index, never an OFFSET. Every list pages through `paginate`.
import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidField } from './errors/app-error';
import { isUuid } from './ids';

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page ends, and whether more follow.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * How many rows the list has over all pages. A page from `paginate` counts them only
   * when this is read, which GraphQL does only when a client selects the field: counting
   * is a second scan of everything the filter matches, where the page reads 26 rows.
   */
  readonly totalCount: number | Promise<number>;
}

/** A Connection and Edge object type for `node`, named `<Name>Connection` and `<Name>Edge`. */
export function connectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

/** `first` checked against the bounds of RUNTIME.md: 1 to 100. */
export function pageSize(first: number | null | undefined, fallback = 25): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw invalidField('first', 'field.min', { min: 1 });
  if (n > MAX_PAGE_SIZE) throw invalidField('first', 'field.first', { max: MAX_PAGE_SIZE });
  return n;
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(
  cursor: string | null | undefined,
  arity: number,
): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw invalidField('after', 'field.cursor');
}

/** The SQL types a sort key can have; a cursor's values are checked against them. */
export type SortKeyType = 'text' | 'uuid' | 'date' | 'timestamptz' | 'bigint';

const FITS: Record<SortKeyType, (value: string | number) => boolean> = {
  text: (v) => typeof v === 'string',
  uuid: (v) => typeof v === 'string' && isUuid(v),
  date: (v) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  // 'infinity' sorts rows without a time last (e.g. an assessment not yet submitted).
  timestamptz: (v) => typeof v === 'string' && (v === 'infinity' || !Number.isNaN(Date.parse(v))),
  bigint: (v) => typeof v === 'string' && /^[0-9]{1,19}$/.test(v),
};

/**
 * The sort key a cursor holds, each value checked against its SQL type, so that a
 * cursor this API did not hand out is BAD_USER_INPUT on `after`, never a SQL error.
 */
export function readCursor(
  cursor: string | null | undefined,
  types: readonly SortKeyType[],
): (string | number)[] | null {
  const key = decodeCursor(cursor, types.length);
  if (key && !key.every((value, i) => FITS[types[i]](value)))
    throw invalidField('after', 'field.cursor');
  return key;
}

/** A connection with nothing in it. */
export function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
}

/**
 * Builds a connection from up to `first + 1` rows fetched in sort order: the extra
 * row only tells that another page follows. `totalCount` is a number, or a count run
 * when (and only if) the field is read.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  totalCount: number | (() => Promise<number>),
  cursorKey: (row: R) => (string | number)[],
  toNode: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorKey(row)), node: toNode(row) }));
  const pageInfo = { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null };
  if (typeof totalCount === 'number') return { edges, pageInfo, totalCount };
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo,
    get totalCount() {
      return (counted ??= totalCount());
    },
  };
}

/** One column (or expression) of a list's sort order, and where a row keeps its value. */
export interface SortKey<R> {
  /** SQL on the query's alias, e.g. `a.created_at`; the last key must be unique (the id). */
  readonly sql: string;
  readonly type: SortKeyType;
  /** The row's value of the key, as the cursor keeps it (timestamps as ISO strings). */
  readonly of: (row: R) => string | number;
}

export interface PageOptions<R, T> {
  first?: number | null;
  after?: string | null;
  /** The page size when `first` is not given. */
  defaultSize?: number;
  /** Every key sorts this way. */
  order: 'ASC' | 'DESC';
  keys: readonly SortKey<R>[];
  node: (row: R) => T;
  /**
   * An SQL expression that counts the list within the page's own statement, for a query
   * whose costly part (a search, in a materialized CTE) both would otherwise run.
   */
  countWith?: string;
}

/**
 * One page of what `query` selects (its WHERE clauses are the list's filter and
 * visibility): `first` checked, the cursor read and checked, the rows after it in key
 * order, one more to tell whether a page follows; the count of everything the filter
 * matches only when totalCount is selected.
 */
export async function paginate<R extends ObjectLiteral, T>(
  query: SelectQueryBuilder<R>,
  options: PageOptions<R, T>,
): Promise<Connection<T>> {
  const size = pageSize(options.first, options.defaultSize);
  const { keys, order } = options;
  const cursor = readCursor(
    options.after,
    keys.map((k) => k.type),
  );
  const counting = query.clone();
  if (cursor) {
    const names = keys.map((_, i) => `pageAfter${i}`);
    query.andWhere(
      `(${keys.map((k) => k.sql).join(', ')}) ${order === 'ASC' ? '>' : '<'} (${keys
        .map((k, i) => `:${names[i]}::${k.type}`)
        .join(', ')})`,
      Object.fromEntries(names.map((name, i) => [name, cursor[i]])),
    );
  }
  keys.forEach((k, i) => (i === 0 ? query.orderBy(k.sql, order) : query.addOrderBy(k.sql, order)));
  // limit, not take: take wraps a query with joins in DISTINCT, and no list's joins add rows.
  query.limit(size + 1);
  let rows: R[];
  let count = () => counting.getCount();
  if (options.countWith) {
    const { entities, raw } = await query
      .addSelect(options.countWith, 'page_total_count')
      .getRawAndEntities<{ page_total_count: number }>();
    rows = entities;
    // A page past the end has no row to carry the count: then it is counted apart.
    if (raw.length > 0 || !cursor) {
      const total = Number(raw[0]?.page_total_count ?? 0);
      count = () => Promise.resolve(total);
    }
  } else {
    rows = await query.getMany();
  }
  return toConnection(rows, size, count, (row) => keys.map((k) => k.of(row)), options.node);
}
