// The single sign-on states already used. The sign-on cookie is cleared when its
// callback is taken, but a copy of it (and of the callback's address) would otherwise
// work again for as long as it is valid: every process of one Regie looks here, so a
// state is good for one callback wherever it arrives. Rows older than the cookie's
// validity are deleted as new ones come in; only a hash is kept.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoUsedStates1795430000000 implements MigrationInterface {
  name = 'SsoUsedStates1795430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_used_state" (` +
        `"state_hash" character(64) NOT NULL, ` +
        `"used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "sso_used_state_pkey" PRIMARY KEY ("state_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sso_used_state_used_at" ON "sso_used_state" ("used_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sso_used_state"`);
  }
}
