// Who a signed-in person is (name, language, memberships and their organisations' kind) is
// kept in each API process for a while rather than read on every request (ViewerService).
// These triggers say when it changes: NOTIFY regie_viewer with the person's id ('*': for
// everyone), sent when the change commits, to every process that listens.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class ViewerChanges1795450000000 implements MigrationInterface {
  name = 'ViewerChanges1795450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION regie_viewer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'membership' THEN
          IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('regie_viewer', OLD.user_id::text); END IF;
          IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('regie_viewer', NEW.user_id::text); END IF;
        ELSIF TG_TABLE_NAME = 'app_user' THEN
          PERFORM pg_notify('regie_viewer', OLD.id::text);
        ELSE
          PERFORM pg_notify('regie_viewer', '*');
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER membership_viewer_changed AFTER INSERT OR UPDATE OR DELETE ON membership
        FOR EACH ROW EXECUTE FUNCTION regie_viewer_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER app_user_viewer_changed AFTER UPDATE OF name, locale OR DELETE ON app_user
        FOR EACH ROW EXECUTE FUNCTION regie_viewer_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER organisation_viewer_changed AFTER UPDATE OF kind ON organisation
        FOR EACH STATEMENT EXECUTE FUNCTION regie_viewer_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER organisation_viewer_changed ON organisation');
    await queryRunner.query('DROP TRIGGER app_user_viewer_changed ON app_user');
    await queryRunner.query('DROP TRIGGER membership_viewer_changed ON membership');
    await queryRunner.query('DROP FUNCTION regie_viewer_changed()');
  }
}
