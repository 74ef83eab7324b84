// Cursor pagination (the contract's Connection types). A cursor is opaque to
// clients: the base64url of the sort key of the last row seen, so a page is a
// range scan on an index, never an OFFSET.
import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { invalidField } from './errors/app-error';

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
  totalCount: number;
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

/**
 * Builds a connection from up to `first + 1` rows fetched in sort order: the extra
 * row only tells that another page follows.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  totalCount: number,
  cursorKey: (row: R) => (string | number)[],
  toNode: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorKey(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
