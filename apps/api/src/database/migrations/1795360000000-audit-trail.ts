import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail: audit_event, append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE, whoever asks), and audit_seal_lifted. Hand-written: TypeORM knows
 * neither GIN indexes nor triggers. Runs on PostgreSQL 15 and PGlite alike.
 */
export class AuditTrail1795360000000 implements MigrationInterface {
  name = 'AuditTrail1795360000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" (` +
        `"id" uuid NOT NULL, ` +
        `"seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, ` +
        `"at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"actor_id" uuid, ` +
        `"organisation_id" uuid, ` +
        `"party_ids" uuid array NOT NULL DEFAULT '{}', ` +
        `"action" text NOT NULL, ` +
        `"entity_type" text NOT NULL, ` +
        `"entity_id" uuid NOT NULL, ` +
        `"before" jsonb, ` +
        `"after" jsonb, ` +
        `"seal_key" text, ` +
        `"previous_hash" text, ` +
        `"hash" text NOT NULL, ` +
        `CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))`,
    );
    // The chain order; also the newest-first order of every list.
    await queryRunner.query(`CREATE UNIQUE INDEX "audit_event_seq_key" ON "audit_event" ("seq") `);
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("entity_type", "entity_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_organisation_idx" ON "audit_event" ("organisation_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_party_ids_idx" ON "audit_event" USING gin ("party_ids")`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_seal_lifted" (` +
        `"seal_key" text NOT NULL, ` +
        `"lifted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "audit_seal_lifted_pkey" PRIMARY KEY ("seal_key"))`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$`,
    );
    // Statement level: refused even when no row matches, and TRUNCATE too.
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_event" ` +
        `FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`DROP TABLE "audit_seal_lifted"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_party_ids_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_seq_key"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
