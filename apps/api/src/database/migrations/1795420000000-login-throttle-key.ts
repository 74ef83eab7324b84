import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A throttle key is a prefix and what it counts ('account:' and an e-mail address, or
 * 'address:' and a network address). varchar(255) could not hold 'account:' with an
 * address of the 254 characters SMTP allows, so signing in with one failed in the
 * database; 300 holds either.
 */
export class LoginThrottleKey1795420000000 implements MigrationInterface {
  name = 'LoginThrottleKey1795420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "login_throttle" ALTER COLUMN "key" TYPE varchar(300)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Keys that no longer fit are attempt counters: losing them only forgets old misses.
    await queryRunner.query(`DELETE FROM "login_throttle" WHERE length("key") > 255`);
    await queryRunner.query(`ALTER TABLE "login_throttle" ALTER COLUMN "key" TYPE varchar(255)`);
  }
}
