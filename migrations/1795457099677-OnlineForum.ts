import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OnlineForum1795457099677 implements MigrationInterface {
  name = 'OnlineForum1795457099677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "author_notification_opt_out" ("user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fc3f7f018ab42ae40a8c098ce78" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "approach_subscription" ("user_id" uuid NOT NULL, "approach_id" integer NOT NULL, "notified_until" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea15d4a45b12b1f28474f092283" PRIMARY KEY ("user_id", "approach_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "official_answer" ("id" SERIAL NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comment_id" integer NOT NULL, CONSTRAINT "REL_3185c6a5b1194eb52e66be7ca3" UNIQUE ("comment_id"), CONSTRAINT "PK_4d4a33ce80ccfb8988d09d60863" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."moderation_mode" AS ENUM('pre', 'post')`);
    await queryRunner.query(`CREATE TYPE "public"."phase_audience" AS ENUM('everyone', 'youth')`);
    await queryRunner.query(
      `CREATE TABLE "participation_phase" ("id" SERIAL NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "moderation_mode" "public"."moderation_mode" NOT NULL DEFAULT 'pre', "audience" "public"."phase_audience" NOT NULL DEFAULT 'everyone', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e54c8d28b36b4588c392fafdd02" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_abfc694a05c9ad773ebab71ef5" ON "participation_phase"  ("starts_at", "ends_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."comment_status" AS ENUM('pending', 'published', 'rejected', 'hidden')`,
    );
    await queryRunner.query(
      `CREATE TABLE "comment" ("id" SERIAL NOT NULL, "body" text NOT NULL, "status" "public"."comment_status" NOT NULL, "deleted_by_author_at" TIMESTAMP WITH TIME ZONE, "support_count" integer NOT NULL DEFAULT '0', "open_report_count" integer NOT NULL DEFAULT '0', "rejection_reason" text, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approach_id" integer NOT NULL, "phase_id" integer NOT NULL, "author_id" uuid, "parent_id" integer, CONSTRAINT "PK_0b0e4bbc8415ec426f87f3a88e2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3ce66469b26697baa097f8da92" ON "comment"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f12d57e432ef2e7bd3df2193f7" ON "comment"  ("status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8bd8d0985c0d077c8129fb4a20" ON "comment"  ("parent_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_07b5abdaa1dfd6e7d97a402d28" ON "comment"  ("approach_id", "status", "support_count") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0e1b2104ea0efd21110003eb15" ON "comment"  ("approach_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "moderation_notice" ("id" integer NOT NULL, "last_sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b87ccaf50e0e1b45bc068df0592" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "comment_report" ("id" SERIAL NOT NULL, "reason" text NOT NULL, "note" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "comment_id" integer NOT NULL, "reporter_id" uuid, CONSTRAINT "UQ_c30d0a28798f69a856ef8693583" UNIQUE ("comment_id", "reporter_id"), CONSTRAINT "PK_6c4ddf5b4b438eff30ef1bf1fad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_97ca8a3b0a60d988ae7eb8dbc6" ON "comment_report"  ("comment_id", "resolved_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "comment_support" ("comment_id" integer NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72f7e93371943a4aa3a7631254c" PRIMARY KEY ("comment_id", "user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "author_notification_opt_out" ADD CONSTRAINT "FK_fc3f7f018ab42ae40a8c098ce78" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_subscription" ADD CONSTRAINT "FK_2c2060d360319cc47498f510472" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_subscription" ADD CONSTRAINT "FK_b46db605063050099b12db98162" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_answer" ADD CONSTRAINT "FK_3185c6a5b1194eb52e66be7ca3b" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_144970de350384adfd44cb046b7" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_9f78931618e024389065b66516d" FOREIGN KEY ("phase_id") REFERENCES "participation_phase"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_3ce66469b26697baa097f8da923" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_report" ADD CONSTRAINT "FK_a9c67256ef74f6639eaef698833" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_report" ADD CONSTRAINT "FK_1293580eea1f9cc529a9ead27b1" FOREIGN KEY ("reporter_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_support" ADD CONSTRAINT "FK_6121ea06c4c311c311d0b1668a4" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_support" ADD CONSTRAINT "FK_e374e22144b2c3be33d1cf888f8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "comment_support" DROP CONSTRAINT "FK_e374e22144b2c3be33d1cf888f8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_support" DROP CONSTRAINT "FK_6121ea06c4c311c311d0b1668a4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_report" DROP CONSTRAINT "FK_1293580eea1f9cc529a9ead27b1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment_report" DROP CONSTRAINT "FK_a9c67256ef74f6639eaef698833"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_8bd8d0985c0d077c8129fb4a209"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_3ce66469b26697baa097f8da923"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_9f78931618e024389065b66516d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_144970de350384adfd44cb046b7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_answer" DROP CONSTRAINT "FK_3185c6a5b1194eb52e66be7ca3b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_subscription" DROP CONSTRAINT "FK_b46db605063050099b12db98162"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_subscription" DROP CONSTRAINT "FK_2c2060d360319cc47498f510472"`,
    );
    await queryRunner.query(
      `ALTER TABLE "author_notification_opt_out" DROP CONSTRAINT "FK_fc3f7f018ab42ae40a8c098ce78"`,
    );
    await queryRunner.query(`DROP TABLE "comment_support"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_97ca8a3b0a60d988ae7eb8dbc6"`);
    await queryRunner.query(`DROP TABLE "comment_report"`);
    await queryRunner.query(`DROP TABLE "moderation_notice"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e1b2104ea0efd21110003eb15"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07b5abdaa1dfd6e7d97a402d28"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bd8d0985c0d077c8129fb4a20"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f12d57e432ef2e7bd3df2193f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ce66469b26697baa097f8da92"`);
    await queryRunner.query(`DROP TABLE "comment"`);
    await queryRunner.query(`DROP TYPE "public"."comment_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_abfc694a05c9ad773ebab71ef5"`);
    await queryRunner.query(`DROP TABLE "participation_phase"`);
    await queryRunner.query(`DROP TYPE "public"."phase_audience"`);
    await queryRunner.query(`DROP TYPE "public"."moderation_mode"`);
    await queryRunner.query(`DROP TABLE "official_answer"`);
    await queryRunner.query(`DROP TABLE "approach_subscription"`);
    await queryRunner.query(`DROP TABLE "author_notification_opt_out"`);
  }
}
