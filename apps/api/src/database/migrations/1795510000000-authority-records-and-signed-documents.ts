// A board's record of a breach and its decision on notifying the supervisory authority
// (art. 33(5) GDPR): the latest version on the notice, every version in
// incident_authority_record. And the signed PDF of an agreement (signed-document.ts):
// agreements already ACTIVE get theirs from the start-up backfill, which the partial
// index finds without a scan.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuthorityRecordsAndSignedDocuments1795510000000 implements MigrationInterface {
  name = 'AuthorityRecordsAndSignedDocuments1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."authority_decision" AS ENUM('REPORTED', 'NOT_REPORTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "incident_authority_record" ("incident_id" uuid NOT NULL, "board_id" uuid NOT NULL, "version" integer NOT NULL, "decision" "public"."authority_decision" NOT NULL, "reported_at" TIMESTAMP(3) WITH TIME ZONE, "reference" text, "reason" text, "effects" text, "remedial_action" text, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "recorded_by_id" uuid, CONSTRAINT "incident_authority_record_decision_check" CHECK ((decision = 'REPORTED' AND reported_at IS NOT NULL) OR (decision = 'NOT_REPORTED' AND reason IS NOT NULL)), CONSTRAINT "PK_4932a5ec638ce58a84a87498481" PRIMARY KEY ("incident_id", "board_id", "version"))`,
    );
    await queryRunner.query(`ALTER TABLE "agreement" ADD "signed_document_file_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD "authority_decision" "public"."authority_decision"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD "authority_reported_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "incident_notice" ADD "authority_reference" text`);
    await queryRunner.query(`ALTER TABLE "incident_notice" ADD "authority_decision_reason" text`);
    await queryRunner.query(`ALTER TABLE "incident_notice" ADD "effects" text`);
    await queryRunner.query(`ALTER TABLE "incident_notice" ADD "remedial_action" text`);
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD "authority_version" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD "authority_recorded_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "incident_notice" ADD "authority_recorded_by_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "agreement_signed_document_key" ON "agreement" ("signed_document_file_id") WHERE signed_document_file_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_without_signed_document_idx" ON "agreement" ("id") WHERE status = 'ACTIVE' AND signed_document_file_id IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "FK_7fb91f15cb866da6db2ba20492e" FOREIGN KEY ("signed_document_file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" ADD CONSTRAINT "FK_82b0cd6b66ca37f687663c6343d" FOREIGN KEY ("authority_recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_authority_record" ADD CONSTRAINT "FK_2c385696acd17f045cd18236e2e" FOREIGN KEY ("incident_id", "board_id") REFERENCES "incident_notice"("incident_id","board_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_authority_record" ADD CONSTRAINT "FK_2e41580bf191352182b785105c1" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "incident_authority_record" DROP CONSTRAINT "FK_2e41580bf191352182b785105c1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_authority_record" DROP CONSTRAINT "FK_2c385696acd17f045cd18236e2e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "incident_notice" DROP CONSTRAINT "FK_82b0cd6b66ca37f687663c6343d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement" DROP CONSTRAINT "FK_7fb91f15cb866da6db2ba20492e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."agreement_without_signed_document_idx"`);
    await queryRunner.query(`DROP INDEX "public"."agreement_signed_document_key"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "authority_recorded_by_id"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "authority_recorded_at"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "authority_version"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "remedial_action"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "effects"`);
    await queryRunner.query(
      `ALTER TABLE "incident_notice" DROP COLUMN "authority_decision_reason"`,
    );
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "authority_reference"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "authority_reported_at"`);
    await queryRunner.query(`ALTER TABLE "incident_notice" DROP COLUMN "authority_decision"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "signed_document_file_id"`);
    await queryRunner.query(`DROP TABLE "incident_authority_record"`);
    await queryRunner.query(`DROP TYPE "public"."authority_decision"`);
  }
}
