// The generated signing secret of a Regie on a PostgreSQL server (no JWT_SECRET), kept
// where every process finds it: a token or signed file URL made by one process is good
// on all of them. The first process to start inserts its candidate (INSERT … ON CONFLICT
// DO NOTHING) and every process reads back the one that won.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class SigningSecret1795640000000 implements MigrationInterface {
  name = 'SigningSecret1795640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_secret" (` +
        `"name" character varying(64) NOT NULL, ` +
        `"secret" text NOT NULL, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "signing_secret_pkey" PRIMARY KEY ("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "signing_secret"`);
  }
}
