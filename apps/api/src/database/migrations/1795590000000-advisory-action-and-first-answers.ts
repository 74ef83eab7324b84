// What a board is advised to do (typed in by the CERT, or the CSAF document's
// remediations), and when each board first answered, for the chart of answers over
// time (responded_at moves with every changed answer). Stored answers get their first
// moment from the audit trail, which holds every answer; else from responded_at.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class AdvisoryActionAndFirstAnswers1795590000000 implements MigrationInterface {
  name = 'AdvisoryActionAndFirstAnswers1795590000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "security_advisory" ADD "recommended_action" text`);
    await queryRunner.query(
      `ALTER TABLE "advisory_notice" ADD "first_responded_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    await queryRunner.query(`
      UPDATE advisory_notice n
         SET first_responded_at = COALESCE(
               (SELECT min(e.at) FROM audit_event e
                 WHERE e.entity_type = 'SecurityAdvisory' AND e.entity_id = n.advisory_id
                   AND e.action = 'advisory.responded' AND e.organisation_id = n.board_id),
               n.responded_at)
       WHERE n.responded_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advisory_notice" DROP COLUMN "first_responded_at"`);
    await queryRunner.query(`ALTER TABLE "security_advisory" DROP COLUMN "recommended_action"`);
  }
}
