import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts per e-mail address and per network address, in the shape
 * rate-limiter-flexible's PostgreSQL store expects (key, points, expire in epoch
 * milliseconds). In the database rather than in memory, so that every process
 * of one Regie counts the same attempts.
 */
export class LoginThrottle1795361000000 implements MigrationInterface {
  name = 'LoginThrottle1795361000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" (` +
        `"key" varchar(255) NOT NULL, ` +
        `"points" integer NOT NULL DEFAULT 0, ` +
        `"expire" bigint, ` +
        `CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
