import { createHash } from 'node:crypto';
import { canonicalJson } from '@regie/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Board and vendor close the loop on an agreement (issue 15):
 * - `agreement_message`: the parties' conversation, which both read;
 * - a deviation's `topic`, the party that proposed it (`added_by`) and its withdrawal;
 * - the drafting party (`created_by_party`), the vendor's consent an offer or framework
 *   agreement rests on (`vendor_consent_sha256`) and a general offer's own signature hash;
 * - the exit: the board's choice, the vendor's confirmation.
 *
 * Stored rows change meaning in two places (README, "Changes to stored agreements"):
 * - A general-offer or framework agreement carried a VENDOR signature copied from the offer's
 *   publication or the deal's acceptance, which the vendor never made on that content. Those
 *   rows go; the vendor's consent is its signature on the offer or deal, shown as such. No
 *   audit event names them (the events name the board's signature and the content hash).
 * - A framework agreement's deviations were stored ACCEPTABLE ("Agreed in the framework
 *   deal.") although no FG of the board assessed them: they become the deal's (`added_by`
 *   null, unassessed, never open). Agreements signed before this keep their content hash:
 *   the signed content of a framework agreement without a named consent is read as it was.
 */
export class AgreementLoop1795500000000 implements MigrationInterface {
  name = 'AgreementLoop1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // --- the conversation --------------------------------------------------------------
    await queryRunner.query(
      `CREATE TABLE "agreement_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agreement_id" uuid NOT NULL, "party" "public"."signature_party" NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4dc7d59a9d7a546c14705729869" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "agreement_message_agreement_idx" ON "agreement_message" ("agreement_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_message" ADD CONSTRAINT "FK_8f9c0e7066091bafc513e89098d" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // --- the drafting party and the vendor's consent -----------------------------------
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD "created_by_party" "public"."signature_party"`,
    );
    await queryRunner.query(`ALTER TABLE "agreement" ADD "vendor_consent_sha256" character(64)`);
    // A direct agreement was drafted by the party its creator belonged to (the board's, for a
    // person of both); an accepted offer by the board; a framework agreement by neither.
    await queryRunner.query(
      `UPDATE "agreement" a SET "created_by_party" = CASE
         WHEN a.source = 'FRAMEWORK' THEN NULL
         WHEN a.source = 'GENERAL_OFFER' THEN 'BOARD'::signature_party
         WHEN EXISTS (SELECT 1 FROM membership m
                       WHERE m.user_id = a.created_by_id AND m.organisation_id = a.vendor_id)
          AND NOT EXISTS (SELECT 1 FROM membership m
                           WHERE m.user_id = a.created_by_id AND m.organisation_id = a.board_id)
           THEN 'VENDOR'::signature_party
         ELSE 'BOARD'::signature_party END`,
    );

    // A general offer's signature: the hash of what its signatory signed by publishing.
    await queryRunner.query(`ALTER TABLE "general_offer" ADD "signature_sha256" character(64)`);
    const offers: {
      id: string;
      vendor_id: string;
      model_version: string;
      terms_sha256: string;
      product_ids: string[];
    }[] = await queryRunner.query(
      `SELECT o.id, o.vendor_id, o.model_version, o.terms_sha256,
              COALESCE(array_agg(gp.product_id::text) FILTER (WHERE gp.product_id IS NOT NULL), '{}') AS product_ids
         FROM general_offer o LEFT JOIN general_offer_product gp ON gp.general_offer_id = o.id
        GROUP BY o.id`,
    );
    for (const o of offers) {
      // generalOfferTermsJson as it is at this migration, written out so that it stays so.
      const signed = canonicalJson({
        generalOfferId: o.id.toLowerCase(),
        vendorId: o.vendor_id.toLowerCase(),
        productIds: o.product_ids.map((id) => id.toLowerCase()).sort(),
        modelVersion: o.model_version,
        termsSha256: o.terms_sha256.trim().toLowerCase(),
      });
      await queryRunner.query(`UPDATE general_offer SET signature_sha256 = $2 WHERE id = $1`, [
        o.id,
        createHash('sha256').update(signed).digest('hex'),
      ]);
    }
    await queryRunner.query(
      `ALTER TABLE "general_offer" ALTER COLUMN "signature_sha256" SET NOT NULL`,
    );
    // An accepted offer the board has not signed yet will name the consent in what it signs.
    await queryRunner.query(
      `UPDATE agreement a SET vendor_consent_sha256 = o.signature_sha256
         FROM general_offer o
        WHERE a.general_offer_id = o.id AND a.source = 'GENERAL_OFFER'
          AND NOT EXISTS (SELECT 1 FROM agreement_signature s
                           WHERE s.agreement_id = a.id AND s.party = 'BOARD')`,
    );
    // The vendor never signed an offer's or a deal's agreement itself.
    await queryRunner.query(
      `DELETE FROM agreement_signature s USING agreement a
        WHERE s.agreement_id = a.id AND s.party = 'VENDOR'
          AND a.source IN ('GENERAL_OFFER', 'FRAMEWORK')`,
    );

    // --- deviations: topic, proposer, withdrawal ---------------------------------------
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_topic" AS ENUM('SUBJECT_AND_DURATION', 'INSTRUCTIONS', 'CONFIDENTIALITY', 'SECURITY', 'SUBPROCESSORS', 'DATA_SUBJECT_RIGHTS', 'BREACH_NOTIFICATION', 'DPIA_ASSISTANCE', 'DELETION_AND_RETURN', 'AUDITS_AND_INFORMATION', 'INTERNATIONAL_TRANSFERS', 'LIABILITY', 'TERM_AND_TERMINATION', 'OTHER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_deviation" ADD "topic" "public"."agreement_topic" NOT NULL DEFAULT 'OTHER'`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_deviation" ADD "added_by" "public"."signature_party"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_deviation" ADD "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "agreement_deviation" ADD "withdrawn_by_id" uuid`);
    // Proposed by the party its author belonged to; unknown authors: the drafting party.
    await queryRunner.query(
      `UPDATE agreement_deviation d SET added_by = CASE
         WHEN EXISTS (SELECT 1 FROM membership m
                       WHERE m.user_id = d.created_by_id AND m.organisation_id = a.board_id)
           THEN 'BOARD'::signature_party
         WHEN EXISTS (SELECT 1 FROM membership m
                       WHERE m.user_id = d.created_by_id AND m.organisation_id = a.vendor_id)
           THEN 'VENDOR'::signature_party
         ELSE a.created_by_party END
         FROM agreement a
        WHERE d.agreement_id = a.id AND a.source <> 'FRAMEWORK'`,
    );
    // A framework deal's deviations: the sector body's, accepted by joining, assessed by no FG.
    await queryRunner.query(
      `UPDATE agreement_deviation d
          SET added_by = NULL, assessment = NULL, assessment_note = NULL, assessed_at = NULL
         FROM agreement a
        WHERE d.agreement_id = a.id AND a.source = 'FRAMEWORK' AND d.assessed_by_id IS NULL`,
    );

    // --- the exit ----------------------------------------------------------------------
    await queryRunner.query(
      `CREATE TYPE "public"."exit_choice" AS ENUM('DELETE', 'RETURN_THEN_DELETE')`,
    );
    await queryRunner.query(`ALTER TABLE "agreement" ADD "exit_choice" "public"."exit_choice"`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD "exit_chosen_on" date`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD "exit_chosen_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD "exit_confirmed_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "agreement" ADD "exit_confirmed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "agreement" ADD "exit_statement" text`);
    await queryRunner.query(
      `ALTER TABLE "agreement" ADD CONSTRAINT "agreement_exit_chosen_check" CHECK ((exit_choice IS NULL) = (exit_chosen_on IS NULL))`,
    );
    // The reminder job's question: signed agreements whose end has come, not yet confirmed.
    await queryRunner.query(
      `CREATE INDEX "agreement_exit_open_idx" ON "agreement" ((LEAST(termination_date, valid_until)))
        WHERE status = 'ACTIVE' AND exit_confirmed_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."agreement_exit_open_idx"`);
    await queryRunner.query(
      `ALTER TABLE "agreement" DROP CONSTRAINT "agreement_exit_chosen_check"`,
    );
    for (const column of [
      'exit_statement',
      'exit_confirmed_by_id',
      'exit_confirmed_at',
      'exit_chosen_by_id',
      'exit_chosen_on',
      'exit_choice',
    ])
      await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP TYPE "public"."exit_choice"`);

    // As it was: framework deviations ACCEPTABLE, the vendor's signature copied over.
    await queryRunner.query(
      `UPDATE agreement_deviation d
          SET assessment = 'ACCEPTABLE', assessment_note = 'Agreed in the framework deal.',
              assessed_at = d.created_at
         FROM agreement a
        WHERE d.agreement_id = a.id AND a.source = 'FRAMEWORK' AND d.assessed_by_id IS NULL`,
    );
    await queryRunner.query(
      `INSERT INTO agreement_signature (agreement_id, party, signed_by_id, signed_at, document_sha256)
       SELECT a.id, 'VENDOR', o.published_by_id, o.published_at, s.document_sha256
         FROM agreement a
         JOIN general_offer o ON o.id = a.general_offer_id
         JOIN agreement_signature s ON s.agreement_id = a.id AND s.party = 'BOARD'
        WHERE a.source = 'GENERAL_OFFER'`,
    );
    await queryRunner.query(
      `INSERT INTO agreement_signature (agreement_id, party, signed_by_id, signed_at, document_sha256)
       SELECT a.id, 'VENDOR', (f.vendor_signature->>'signedById')::uuid,
              (f.vendor_signature->>'signedAt')::timestamptz, s.document_sha256
         FROM agreement a
         JOIN framework_deal f ON f.id = a.framework_deal_id
         JOIN agreement_signature s ON s.agreement_id = a.id AND s.party = 'BOARD'
        WHERE a.source = 'FRAMEWORK' AND f.vendor_signature IS NOT NULL`,
    );
    for (const column of ['withdrawn_by_id', 'withdrawn_at', 'added_by', 'topic'])
      await queryRunner.query(`ALTER TABLE "agreement_deviation" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_topic"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "vendor_consent_sha256"`);
    await queryRunner.query(`ALTER TABLE "agreement" DROP COLUMN "created_by_party"`);
    await queryRunner.query(`ALTER TABLE "general_offer" DROP COLUMN "signature_sha256"`);
    await queryRunner.query(
      `ALTER TABLE "agreement_message" DROP CONSTRAINT "FK_8f9c0e7066091bafc513e89098d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."agreement_message_agreement_idx"`);
    await queryRunner.query(`DROP TABLE "agreement_message"`);
  }
}
