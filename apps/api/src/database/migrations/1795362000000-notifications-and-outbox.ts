import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndOutbox1795362000000 implements MigrationInterface {
  name = 'NotificationsAndOutbox1795362000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_unread_idx" ON "notification" ("recipient_id", "created_at", "id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_idx" ON "notification" ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."email_outbox_status" AS ENUM('PENDING', 'SENT', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "to_address" text NOT NULL, "locale" "public"."locale" NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "message_id" text NOT NULL, "notification_id" uuid, "status" "public"."email_outbox_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "email_outbox_message_id_key" ON "email_outbox" ("message_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "email_outbox_due_idx" ON "email_outbox" ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "email_outbox" ADD CONSTRAINT "FK_84a6c7b34bd1ceafc4c7820abb5" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "email_outbox" DROP CONSTRAINT "FK_84a6c7b34bd1ceafc4c7820abb5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`,
    );
    await queryRunner.query(`DROP INDEX "public"."email_outbox_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."email_outbox_message_id_key"`);
    await queryRunner.query(`DROP TABLE "email_outbox"`);
    await queryRunner.query(`DROP TYPE "public"."email_outbox_status"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
