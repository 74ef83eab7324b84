// The procurement tables' references, which the first procurement migration left as bare ids:
// every tender, offer, deal, participation, interest and assessment now points at rows that
// exist, and none of those rows can be deleted from under them.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcurementForeignKeys1795400000000 implements MigrationInterface {
  name = 'ProcurementForeignKeys1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "minimum_standard" ADD CONSTRAINT "FK_23ffe6571a6ded03552497f746a" FOREIGN KEY ("sector_body_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_16989e5a9e9c45104ff0755f929" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_eb2a0d41261f30bc85d6fac1d97" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" ADD CONSTRAINT "FK_aad8cb5b9547c0704bbfec6a5af" FOREIGN KEY ("standard_id") REFERENCES "minimum_standard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender" ADD CONSTRAINT "FK_86e015795cfae84dd4781afa6d0" FOREIGN KEY ("sector_body_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender" ADD CONSTRAINT "FK_f9429039aed20fae4bc8c63e62f" FOREIGN KEY ("standard_id") REFERENCES "minimum_standard"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_ae0b1c68527bd9528a6401c507a" FOREIGN KEY ("tender_id") REFERENCES "tender"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_909b1b1124cb2ff89d774e58be7" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "FK_8b3e3957b956adce7cc07d2831f" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" ADD CONSTRAINT "FK_3f94f5c10451fba93ce9f70df62" FOREIGN KEY ("sector_body_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" ADD CONSTRAINT "FK_deb59f1e3fcc6b9f2969427b4a0" FOREIGN KEY ("vendor_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" ADD CONSTRAINT "FK_2f0f6a0b3a92ef236388d4039e1" FOREIGN KEY ("tender_id") REFERENCES "tender"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" ADD CONSTRAINT "FK_4c9b25ccce6e88a88e7ebd4407f" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "FK_a65b1978b54c0856614e60a4133" FOREIGN KEY ("deal_id") REFERENCES "framework_deal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "FK_72eb2a8f37b5fee66cbe509d8eb" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" ADD CONSTRAINT "FK_8a396f63ae81b6de0363278bb39" FOREIGN KEY ("agreement_id") REFERENCES "agreement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender_interest" ADD CONSTRAINT "FK_dc4f9188a298c6a3e7bc90e3c00" FOREIGN KEY ("tender_id") REFERENCES "tender"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender_interest" ADD CONSTRAINT "FK_4ef67dda9f3a337e572143b4585" FOREIGN KEY ("board_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "tender_interest" DROP CONSTRAINT "FK_4ef67dda9f3a337e572143b4585"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender_interest" DROP CONSTRAINT "FK_dc4f9188a298c6a3e7bc90e3c00"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" DROP CONSTRAINT "FK_8a396f63ae81b6de0363278bb39"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" DROP CONSTRAINT "FK_72eb2a8f37b5fee66cbe509d8eb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation" DROP CONSTRAINT "FK_a65b1978b54c0856614e60a4133"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" DROP CONSTRAINT "FK_4c9b25ccce6e88a88e7ebd4407f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" DROP CONSTRAINT "FK_2f0f6a0b3a92ef236388d4039e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" DROP CONSTRAINT "FK_deb59f1e3fcc6b9f2969427b4a0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "framework_deal" DROP CONSTRAINT "FK_3f94f5c10451fba93ce9f70df62"`,
    );
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_8b3e3957b956adce7cc07d2831f"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_909b1b1124cb2ff89d774e58be7"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "FK_ae0b1c68527bd9528a6401c507a"`);
    await queryRunner.query(
      `ALTER TABLE "tender" DROP CONSTRAINT "FK_f9429039aed20fae4bc8c63e62f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "tender" DROP CONSTRAINT "FK_86e015795cfae84dd4781afa6d0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "FK_aad8cb5b9547c0704bbfec6a5af"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "FK_eb2a0d41261f30bc85d6fac1d97"`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessment" DROP CONSTRAINT "FK_16989e5a9e9c45104ff0755f929"`,
    );
    await queryRunner.query(
      `ALTER TABLE "minimum_standard" DROP CONSTRAINT "FK_23ffe6571a6ded03552497f746a"`,
    );
  }
}
