// The one way to read and write organisation-owned rows. A read names its reader and
// gets a query builder that already holds the table's visibility rule (visibility.ts);
// whatever the caller adds narrows it, and nothing it adds can widen it: `where`
// adds to the rule instead of replacing it, and a top-level `orWhere` (which would OR
// past the rule) is refused. Writes get a handle that cannot read.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  DeepPartial,
  EntityManager,
  EntityTarget,
  FindOptionsWhere,
  InsertResult,
  ObjectLiteral,
  SelectQueryBuilder,
  UpdateQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { readerParameters, type Reader } from './reader';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
import { visibleCondition } from './visibility';

/** Writing to one table inside a transaction; reading goes through `visible`. */
export interface Writer<E extends ObjectLiteral> {
  create(values: DeepPartial<E>): E;
  insert(values: QueryDeepPartialEntity<E> | QueryDeepPartialEntity<E>[]): Promise<InsertResult>;
  save<T extends DeepPartial<E>>(entity: T): Promise<T & E>;
  saveAll<T extends DeepPartial<E>>(entities: T[]): Promise<(T & E)[]>;
  /** Updates rows matching `criteria`; returns how many changed. */
  update(criteria: FindOptionsWhere<E>, values: QueryDeepPartialEntity<E>): Promise<number>;
  /** Deletes rows matching `criteria` (only rows no audit event names); returns how many. */
  delete(criteria: FindOptionsWhere<E>): Promise<number>;
  /** For a conditional UPDATE (a version check, a set-based change). */
  updateQuery(): UpdateQueryBuilder<E>;
}

/** `DataAccess.visible` for code that holds an EntityManager but no injector (demo data, tools). */
export function visibleIn<E extends ObjectLiteral>(
  em: EntityManager,
  reader: Reader,
  entity: EntityTarget<E>,
  alias: string,
): SelectQueryBuilder<E> {
  const table = em.connection.getMetadata(entity).tableName;
  const query = em
    .getRepository(entity)
    .createQueryBuilder(alias)
    .where(visibleCondition(table, alias))
    .setParameters(readerParameters(reader));
  return guarded(query);
}

/**
 * `DataAccess.joinVisible` for code that holds an EntityManager but no injector: joins
 * the rows of `entity` that `reader` sees to `query`, as `alias`, on `on`.
 */
export function joinVisibleIn<Q extends SelectQueryBuilder<ObjectLiteral>>(
  query: Q,
  reader: Reader,
  entity: new () => ObjectLiteral,
  alias: string,
  on: string,
  kind: 'inner' | 'left' = 'inner',
): Q {
  const table = query.connection.getMetadata(entity).tableName;
  const condition = `(${on}) AND ${visibleCondition(table, alias)}`;
  query.setParameters(readerParameters(reader));
  return (
    kind === 'inner'
      ? query.innerJoin(entity, alias, condition)
      : query.leftJoin(entity, alias, condition)
  ) as Q;
}

/** `DataAccess.writer` for code that holds an EntityManager but no injector. */
export function writerIn<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
): Writer<E> {
  const repository = em.getRepository(entity);
  return {
    create: (values) => repository.create(values),
    insert: (values) => repository.insert(values),
    save: (row) => repository.save(row),
    saveAll: (rows) => repository.save(rows),
    update: async (criteria, values) => (await repository.update(criteria, values)).affected ?? 0,
    delete: async (criteria) => (await repository.delete(criteria)).affected ?? 0,
    updateQuery: () => repository.createQueryBuilder().update(),
  };
}

@Injectable()
export class DataAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The rows of `entity` that `reader` may see, as `alias`, in `em` (a transaction)
   * or on the pool. Refine with `andWhere`, joins, ordering and locks as usual.
   */
  visible<E extends ObjectLiteral>(
    reader: Reader,
    entity: EntityTarget<E>,
    alias: string,
    em: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<E> {
    return visibleIn(em, reader, entity, alias);
  }

  /**
   * Joins the rows of `entity` that `reader` sees to `query` as `alias` on `on`: a
   * left join leaves the columns null where the reader may not see the row.
   */
  joinVisible<Q extends SelectQueryBuilder<ObjectLiteral>>(
    query: Q,
    reader: Reader,
    entity: new () => ObjectLiteral,
    alias: string,
    on: string,
    kind: 'inner' | 'left' = 'inner',
  ): Q {
    return joinVisibleIn(query, reader, entity, alias, on, kind);
  }

  /** One row of `entity` by id, if `reader` may see it; null otherwise (or for a malformed id). */
  one<E extends ObjectLiteral>(
    reader: Reader,
    entity: EntityTarget<E>,
    id: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<E | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return visibleIn(em, reader, entity, 'x')
      .andWhere('x.id = :oneId', { oneId: id.toLowerCase() })
      .getOne();
  }

  /**
   * `one`, locked FOR UPDATE until the transaction `em` ends: the row a mutation is about to
   * change, if `reader` may see it; null otherwise (or for a malformed id).
   */
  lockOne<E extends ObjectLiteral>(
    reader: Reader,
    entity: EntityTarget<E>,
    id: string,
    em: EntityManager,
  ): Promise<E | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return visibleIn(em, reader, entity, 'x')
      .andWhere('x.id = :oneId', { oneId: id.toLowerCase() })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * The SQL condition under which `reader` sees row `alias` of `table`, with its
   * parameters: for a join or an EXISTS inside a statement built in this folder.
   */
  condition(
    reader: Reader,
    table: string,
    alias: string,
  ): { sql: string; parameters: ReturnType<typeof readerParameters> } {
    return { sql: visibleCondition(table, alias), parameters: readerParameters(reader) };
  }

  /** Writing `entity` in `em` (a transaction) or on the pool. */
  writer<E extends ObjectLiteral>(
    entity: EntityTarget<E>,
    em: EntityManager = this.dataSource.manager,
  ): Writer<E> {
    return writerIn(em, entity);
  }
}

/**
 * Makes the visibility condition stick: `where` becomes `andWhere`, a top-level
 * `orWhere` is refused (wrap alternatives in Brackets), and clones keep both.
 */
function guarded<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): SelectQueryBuilder<E> {
  const andWhere = query.andWhere.bind(query);
  const clone = query.clone.bind(query);
  query.where = andWhere;
  query.orWhere = () => {
    throw new Error('orWhere would widen a visibility rule: use andWhere(new Brackets(…))');
  };
  query.clone = () => guarded(clone());
  return query;
}
