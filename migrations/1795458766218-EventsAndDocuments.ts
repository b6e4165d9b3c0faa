import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventsAndDocuments1795458766218 implements MigrationInterface {
  name = 'EventsAndDocuments1795458766218';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."document_kind" AS ENUM('minutes', 'presentation', 'photo', 'other')`,
    );
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."document_kind" NOT NULL, "title" text NOT NULL, "speaker" text, "is_working_version" boolean NOT NULL DEFAULT false, "file_name" text NOT NULL, "storage_key" text NOT NULL, "mime_type" text NOT NULL, "size_bytes" integer NOT NULL, "download_count" integer NOT NULL DEFAULT '0', "alt_text" text, "credit" text, "is_public" boolean NOT NULL DEFAULT false, "pdf_tagged" boolean, "pdf_language" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d9f776d721ca3975846c9a9a040" UNIQUE ("storage_key"), CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_format" AS ENUM('regional_forum', 'expert_forum', 'youth_forum', 'committee_workshop', 'strategy_conference', 'expert_talk', 'online_forum_kickoff', 'district_council', 'other')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "event" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "motto" text, "format" "public"."event_format" NOT NULL, "format_number" integer, "committees" text array NOT NULL DEFAULT '{}', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "all_day" boolean NOT NULL DEFAULT false, "venue_name" text, "venue_address" text, "accessibility_notes" text, "description" text NOT NULL DEFAULT '', "report" text, "outcomes" text, "press_references" text array NOT NULL DEFAULT '{}', "contact_name" text, "contact_email" text, "contact_phone" text, "status" "public"."event_status" NOT NULL DEFAULT 'draft', "cancellation_reason" text, "image_credits" text array NOT NULL DEFAULT '{}', "registration_enabled" boolean NOT NULL DEFAULT false, "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "capacity" integer, "waiting_list_enabled" boolean NOT NULL DEFAULT true, "approval_required" boolean NOT NULL DEFAULT false, "ask_organization" boolean NOT NULL DEFAULT false, "ask_accessibility_needs" boolean NOT NULL DEFAULT false, "ask_dietary_needs" boolean NOT NULL DEFAULT false, "free_question" text, "capacity_notice80_at" TIMESTAMP WITH TIME ZONE, "capacity_notice100_at" TIMESTAMP WITH TIME ZONE, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, "personal_data_erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9d0d870657c4fac264cdca048e8" UNIQUE ("slug"), CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_85861633f0a1827e793dc7bdb2" ON "event"  ("status", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_document" ("event_id" integer NOT NULL, "document_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_fcea11b3fafea84edab76958ee0" PRIMARY KEY ("event_id", "document_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."registration_status" AS ENUM('seat', 'waiting', 'declined', 'cancelled', 'expired')`,
    );
    await queryRunner.query(
      `CREATE TABLE "registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sequence" BIGSERIAL NOT NULL, "name" text, "email" text, "organization" text, "dietary_needs" text, "free_answer" text, "accessibility_needs" text, "accessibility_consent_at" TIMESTAMP WITH TIME ZONE, "photo_consent" boolean NOT NULL DEFAULT false, "participant_list_consent" boolean NOT NULL DEFAULT false, "status" "public"."registration_status" NOT NULL, "email_confirmed_at" TIMESTAMP WITH TIME ZONE, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "attended_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event_id" integer NOT NULL, "user_id" uuid, CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7df145ec10b504c38049e3253d" ON "registration"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_registration_active_email" ON "registration"  ("event_id", "email") WHERE status IN ('seat', 'waiting')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b24c78de495e1e3d02aa8dc5d5" ON "registration"  ("event_id", "status", "sequence") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_field" ("event_id" integer NOT NULL, "field_of_action_id" integer NOT NULL, CONSTRAINT "PK_4d9df656cb219532838dc23172f" PRIMARY KEY ("event_id", "field_of_action_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d948708cefd5761869b6cb4ee2" ON "event_field"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_88bf806f5c85e3ced11ede7cb2" ON "event_field"  ("field_of_action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "event_approach" ("event_id" integer NOT NULL, "approach_id" integer NOT NULL, CONSTRAINT "PK_8a085cb951dce5e50ac33917570" PRIMARY KEY ("event_id", "approach_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_30ab74744ac7899493b045e438" ON "event_approach"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_66867312418fdcfb3184f38810" ON "event_approach"  ("approach_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event_document" ADD CONSTRAINT "FK_19163fb2b84e8d82638751fbcc3" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_document" ADD CONSTRAINT "FK_62c53c159e936ac2949dae7c3d9" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration" ADD CONSTRAINT "FK_e273290b4292fe15ea3b0d03511" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration" ADD CONSTRAINT "FK_7df145ec10b504c38049e3253d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_field" ADD CONSTRAINT "FK_d948708cefd5761869b6cb4ee25" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_field" ADD CONSTRAINT "FK_88bf806f5c85e3ced11ede7cb20" FOREIGN KEY ("field_of_action_id") REFERENCES "field_of_action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_approach" ADD CONSTRAINT "FK_30ab74744ac7899493b045e438b" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_approach" ADD CONSTRAINT "FK_66867312418fdcfb3184f38810e" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "event_approach" DROP CONSTRAINT "FK_66867312418fdcfb3184f38810e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_approach" DROP CONSTRAINT "FK_30ab74744ac7899493b045e438b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_field" DROP CONSTRAINT "FK_88bf806f5c85e3ced11ede7cb20"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_field" DROP CONSTRAINT "FK_d948708cefd5761869b6cb4ee25"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration" DROP CONSTRAINT "FK_7df145ec10b504c38049e3253d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration" DROP CONSTRAINT "FK_e273290b4292fe15ea3b0d03511"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_document" DROP CONSTRAINT "FK_62c53c159e936ac2949dae7c3d9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_document" DROP CONSTRAINT "FK_19163fb2b84e8d82638751fbcc3"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_66867312418fdcfb3184f38810"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30ab74744ac7899493b045e438"`);
    await queryRunner.query(`DROP TABLE "event_approach"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_88bf806f5c85e3ced11ede7cb2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d948708cefd5761869b6cb4ee2"`);
    await queryRunner.query(`DROP TABLE "event_field"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b24c78de495e1e3d02aa8dc5d5"`);
    await queryRunner.query(`DROP INDEX "public"."uq_registration_active_email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7df145ec10b504c38049e3253d"`);
    await queryRunner.query(`DROP TABLE "registration"`);
    await queryRunner.query(`DROP TYPE "public"."registration_status"`);
    await queryRunner.query(`DROP TABLE "event_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85861633f0a1827e793dc7bdb2"`);
    await queryRunner.query(`DROP TABLE "event"`);
    await queryRunner.query(`DROP TYPE "public"."event_status"`);
    await queryRunner.query(`DROP TYPE "public"."event_format"`);
    await queryRunner.query(`DROP TABLE "document"`);
    await queryRunner.query(`DROP TYPE "public"."document_kind"`);
  }
}
