import { MigrationInterface, QueryRunner } from 'typeorm';

export class FilesAndAttestations1795364000000 implements MigrationInterface {
  name = 'FilesAndAttestations1795364000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL, "owner_organisation_id" uuid NOT NULL, "uploaded_by_id" uuid, "filename" text NOT NULL, "media_type" text NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "link_kind" text, "link_id" uuid, "linked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "stored_file_owner_idx" ON "stored_file" ("owner_organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "stored_file_unlinked_idx" ON "stored_file" ("created_at") WHERE link_kind IS NULL`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attestation_type" AS ENUM('ISO27001', 'ISO27701', 'ISO27017', 'ISO27018', 'NEN7510', 'SOC2_TYPE2', 'ISAE3402', 'ISAE3000', 'PENTEST', 'TPM', 'CSA_STAR', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attestation_visibility" AS ENUM('PUBLIC', 'SECTOR', 'RESTRICTED')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."attestation_verification" AS ENUM('UNVERIFIED', 'VERIFIED', 'REJECTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attestation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "vendor_id" uuid NOT NULL, "type" "public"."attestation_type" NOT NULL, "issuer" text NOT NULL, "scope" text NOT NULL, "issued_on" date NOT NULL, "valid_until" date NOT NULL, "visibility" "public"."attestation_visibility" NOT NULL, "verification" "public"."attestation_verification" NOT NULL DEFAULT 'UNVERIFIED', "verification_note" text, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by_id" uuid, "verified_by_organisation_id" uuid, "document_file_id" uuid NOT NULL, "document_sha256" character(64) NOT NULL, "supersedes_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_c5443ea47f1f49c64c47257a6a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attestation_document_file_key" ON "attestation" ("document_file_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attestation_supersedes_key" ON "attestation" ("supersedes_id") WHERE supersedes_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "attestation_vendor_valid_until_idx" ON "attestation" ("vendor_id", "valid_until", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attestation_valid_until_idx" ON "attestation" ("valid_until", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."access_request_status" AS ENUM('PENDING', 'GRANTED', 'DENIED', 'REVOKED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attestation_access_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attestation_id" uuid NOT NULL, "requester_organisation_id" uuid NOT NULL, "requested_by_id" uuid NOT NULL, "reason" text NOT NULL, "status" "public"."access_request_status" NOT NULL DEFAULT 'PENDING', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_cd6836e8d1ee9380632db765d37" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attestation_access_request_requester_idx" ON "attestation_access_request" ("requester_organisation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attestation_access_request_attestation_idx" ON "attestation_access_request" ("attestation_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attestation_access_request_open_key" ON "attestation_access_request" ("attestation_id", "requester_organisation_id") WHERE status IN ('PENDING', 'GRANTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "attestation_product" ("attestation_id" uuid NOT NULL, "product_id" uuid NOT NULL, CONSTRAINT "PK_f7ccb33c6d2f659dc067beaf20d" PRIMARY KEY ("attestation_id", "product_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "attestation_product_product_idx" ON "attestation_product" ("product_id", "attestation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "FK_fdbe40541cec4019e5438d0b2da" FOREIGN KEY ("owner_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "FK_5e06ae300ad4821b3c835725af4" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation" ADD CONSTRAINT "FK_0873eb44fcd1f9af64e1e994cdc" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation" ADD CONSTRAINT "FK_7071d1caf91ed1cd342410e9882" FOREIGN KEY ("document_file_id") REFERENCES "stored_file"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation" ADD CONSTRAINT "FK_e5e106c10afc06ac9993188ae3d" FOREIGN KEY ("supersedes_id") REFERENCES "attestation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_access_request" ADD CONSTRAINT "FK_2f319e4e4cbfdc6e4ac4b87fffd" FOREIGN KEY ("attestation_id") REFERENCES "attestation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_access_request" ADD CONSTRAINT "FK_b7f0a70e632953c24b99b5eb841" FOREIGN KEY ("requester_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_product" ADD CONSTRAINT "FK_690a7bf6a0df80ba0e124113232" FOREIGN KEY ("attestation_id") REFERENCES "attestation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_product" ADD CONSTRAINT "FK_6796c77d0f3e444922ecfa8db83" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "attestation_product" DROP CONSTRAINT "FK_6796c77d0f3e444922ecfa8db83"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_product" DROP CONSTRAINT "FK_690a7bf6a0df80ba0e124113232"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_access_request" DROP CONSTRAINT "FK_b7f0a70e632953c24b99b5eb841"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation_access_request" DROP CONSTRAINT "FK_2f319e4e4cbfdc6e4ac4b87fffd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation" DROP CONSTRAINT "FK_e5e106c10afc06ac9993188ae3d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation" DROP CONSTRAINT "FK_7071d1caf91ed1cd342410e9882"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attestation" DROP CONSTRAINT "FK_0873eb44fcd1f9af64e1e994cdc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" DROP CONSTRAINT "FK_5e06ae300ad4821b3c835725af4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file" DROP CONSTRAINT "FK_fdbe40541cec4019e5438d0b2da"`,
    );
    await queryRunner.query(`DROP INDEX "public"."attestation_product_product_idx"`);
    await queryRunner.query(`DROP TABLE "attestation_product"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_access_request_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_access_request_attestation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_access_request_requester_idx"`);
    await queryRunner.query(`DROP TABLE "attestation_access_request"`);
    await queryRunner.query(`DROP TYPE "public"."access_request_status"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_valid_until_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_vendor_valid_until_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_supersedes_key"`);
    await queryRunner.query(`DROP INDEX "public"."attestation_document_file_key"`);
    await queryRunner.query(`DROP TABLE "attestation"`);
    await queryRunner.query(`DROP TYPE "public"."attestation_verification"`);
    await queryRunner.query(`DROP TYPE "public"."attestation_visibility"`);
    await queryRunner.query(`DROP TYPE "public"."attestation_type"`);
    await queryRunner.query(`DROP INDEX "public"."stored_file_unlinked_idx"`);
    await queryRunner.query(`DROP INDEX "public"."stored_file_owner_idx"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
