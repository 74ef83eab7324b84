// The organisation kind and roles that the sector CERT and sector oversight add (DOMAIN.md):
// SUPERVISOR organisations with INSPECTOR members, a board's SECURITY_CONTACT, a sector
// body's CERT. Enum values can be added but never removed, so `down` leaves them.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class OversightRoles1795410000000 implements MigrationInterface {
  name = 'OversightRoles1795410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "public"."organisation_kind" ADD VALUE IF NOT EXISTS 'SUPERVISOR'`,
    );
    for (const type of ['membership_role', 'invitation_role']) {
      for (const role of ['SECURITY_CONTACT', 'CERT', 'INSPECTOR']) {
        await queryRunner.query(`ALTER TYPE "public"."${type}" ADD VALUE IF NOT EXISTS '${role}'`);
      }
    }
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; rows using them would have to go first.
  }
}
