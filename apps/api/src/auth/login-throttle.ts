// Password guessing, slowed down: every sign-in attempt costs a point for the e-mail
// address tried and one for the network address it came from, taken *before* the
// password is checked. Aliases and repeated `login` fields in one request run in
// parallel, so counting only failures afterwards would let a whole batch through;
// counting up front bounds it, because each point is one atomic upsert. A success
// hands the points back, so only misses add up. Exhausting either budget locks it for
// `lockoutSeconds`, after which it opens again by itself.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { rateLimited } from '../common/errors/app-error';

const TABLE = 'login_throttle';

/**
 * The store client rate-limiter-flexible calls: it runs the library's statements
 * through TypeORM, so that they reach the embedded database as well as a server.
 */
function storeClient(dataSource: DataSource) {
  return {
    async query(q: { text: string; values?: unknown[] }) {
      const runner = dataSource.createQueryRunner();
      try {
        const result = await runner.query(q.text, q.values, true);
        return { rows: result.records, rowCount: result.affected ?? result.records.length };
      } finally {
        await runner.release();
      }
    },
  };
}

@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(@InjectDataSource() dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const { perAccount, perAddress, lockoutSeconds } = config.loginThrottle;
    const common = {
      storeClient: storeClient(dataSource),
      storeType: 'client',
      tableName: TABLE,
      tableCreated: true, // by a migration
      clearExpiredByTimeout: false, // an expired row is reset on its next use
      duration: lockoutSeconds,
      blockDuration: lockoutSeconds,
    };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'account',
      points: perAccount,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'address',
      points: perAddress,
    });
  }

  /** Counts one attempt; RATE_LIMITED when either the account or the address is locked. */
  async attempt(email: string, address: string): Promise<void> {
    try {
      await this.perAddress.consume(address);
      await this.perAccount.consume(email);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw rateLimited(Math.ceil(error.msBeforeNext / 1000));
      }
      throw error;
    }
  }

  /**
   * A correct password: the account's misses no longer count against it, and the
   * address gets this attempt back (many people may sign in from one school's NAT).
   */
  async succeeded(email: string, address: string): Promise<void> {
    await this.perAccount.delete(email);
    await this.perAddress.reward(address, 1);
  }
}
