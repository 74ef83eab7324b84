// Counts the SQL statements the app sends, to hold a request to a bound whatever its
// size (DataLoaders: one statement per relation, not one per parent). It listens on
// the app's TypeORM logger, through which every query of every query runner passes.
import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

export interface StatementLog {
  /** The statements sent since the last reset. */
  readonly statements: readonly string[];
  reset(): void;
  /** Stops listening; the logger is as it was. */
  stop(): void;
}

export function recordStatements(app: TestApp): StatementLog {
  const logger = app.running.app.get(DataSource).logger;
  const original = logger.logQuery;
  let statements: string[] = [];
  logger.logQuery = function (query, parameters, queryRunner) {
    statements.push(query);
    return original.call(this, query, parameters, queryRunner);
  };
  return {
    get statements() {
      return statements;
    },
    reset() {
      statements = [];
    },
    stop() {
      logger.logQuery = original;
    },
  };
}

/** The statements the app sent while `action` ran. */
export async function statementsDuring(
  app: TestApp,
  action: () => Promise<unknown>,
): Promise<string[]> {
  const log = recordStatements(app);
  try {
    await action();
    return [...log.statements];
  } finally {
    log.stop();
  }
}
