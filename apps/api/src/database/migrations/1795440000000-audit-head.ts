import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain's head record: one row holding how many events the chain has and
 * the hash of the newest, updated in the transaction of every append. The chain's
 * own hashes cannot show that its newest events were cut off (what remains is
 * intact); a chain shorter than its head record can. It starts from the events
 * already written. Like audit_event, it refuses DELETE and TRUNCATE whoever asks;
 * it is updated in place, so an attacker with full access to the database can
 * still lower it, which is what the checkpoints exported off the server are for.
 */
export class AuditHead1795440000000 implements MigrationInterface {
  name = 'AuditHead1795440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_head" (` +
        `"id" boolean NOT NULL DEFAULT true, ` +
        `"event_count" bigint NOT NULL, ` +
        `"head_hash" text, ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "audit_head_pkey" PRIMARY KEY ("id"), ` +
        // One row: the key can only be true.
        `CONSTRAINT "audit_head_one_row" CHECK ("id"), ` +
        `CONSTRAINT "audit_head_hash_with_events" CHECK (("event_count" = 0) = ("head_hash" IS NULL)))`,
    );
    await queryRunner.query(
      `INSERT INTO "audit_head" ("id", "event_count", "head_hash")
       SELECT true, count(*), (SELECT "hash" FROM "audit_event" ORDER BY "seq" DESC LIMIT 1)
         FROM "audit_event"`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_head_kept"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_head is kept: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_head_kept" BEFORE DELETE OR TRUNCATE ON "audit_head" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION "audit_head_kept"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_head_kept" ON "audit_head"`);
    await queryRunner.query(`DROP FUNCTION "audit_head_kept"()`);
    await queryRunner.query(`DROP TABLE "audit_head"`);
  }
}
