import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The record of messages organizers sent to the people registered for an event. */
export class EventMessages1796166084905 implements MigrationInterface {
  name = 'EventMessages1796166084905';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."event_message_recipients" AS ENUM('seat', 'waiting', 'all')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_message" ("id" SERIAL NOT NULL, "sender_name" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "recipient_group" "public"."event_message_recipients" NOT NULL, "recipient_count" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" integer NOT NULL, "sent_by_id" uuid, CONSTRAINT "PK_440d4288846d5c59e9de481b03c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3d01e6895b6985215c1f2f048e" ON "event_message"  ("event_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event_message" ADD CONSTRAINT "FK_3d01e6895b6985215c1f2f048e6" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_message" ADD CONSTRAINT "FK_41d0e47cfc9ceb4e4fc25450167" FOREIGN KEY ("sent_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event_message" DROP CONSTRAINT "FK_41d0e47cfc9ceb4e4fc25450167"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_message" DROP CONSTRAINT "FK_3d01e6895b6985215c1f2f048e6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_3d01e6895b6985215c1f2f048e"`);
    await queryRunner.query(`DROP TABLE "event_message"`);
    await queryRunner.query(`DROP TYPE "public"."event_message_recipients"`);
  }
}
