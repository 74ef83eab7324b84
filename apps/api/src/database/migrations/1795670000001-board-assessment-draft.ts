import { MigrationInterface, QueryRunner } from 'typeorm';

export class BoardAssessmentDraft1795670000001 implements MigrationInterface {
  name = 'BoardAssessmentDraft1795670000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNIQUE INDEX "board_assessment_draft_key" ON "board_assessment" ("board_id", "standard_id") WHERE status = 'DRAFT'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."board_assessment_draft_key"`);
  }
}
