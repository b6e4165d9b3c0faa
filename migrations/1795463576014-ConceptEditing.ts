import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConceptEditing1795463576014 implements MigrationInterface {
  name = 'ConceptEditing1795463576014';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."revision_action" AS ENUM('baseline', 'created', 'updated', 'moved', 'retired', 'reactivated', 'restored')`,
    );
    await queryRunner.query(
      `CREATE TABLE "concept_revision" ("id" SERIAL NOT NULL, "kind" text NOT NULL, "entity_id" integer NOT NULL, "version" integer NOT NULL, "action" "public"."revision_action" NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" text array NOT NULL DEFAULT '{}', "author_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "author_id" uuid, CONSTRAINT "UQ_33599c8d216a98ec471440df2a4" UNIQUE ("kind", "entity_id", "version"), CONSTRAINT "PK_60e6cde0d109fbfcdb537e1d159" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_888ea7be2947aff191fa2a2752" ON "concept_revision"  ("kind", "entity_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cross_cutting_theme" ADD "retired_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "cross_cutting_theme" ADD "retired_note" text`);
    await queryRunner.query(
      `ALTER TABLE "project_example" ADD "retired_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "project_example" ADD "retired_note" text`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "retired_note" text`);
    await queryRunner.query(`ALTER TABLE "region" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "region" ADD "retired_note" text`);
    await queryRunner.query(
      `ALTER TABLE "field_of_action" ADD "retired_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "field_of_action" ADD "retired_note" text`);
    await queryRunner.query(
      `ALTER TABLE "strategic_goal" ADD "retired_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "strategic_goal" ADD "retired_note" text`);
    await queryRunner.query(`ALTER TABLE "sub_goal" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "sub_goal" ADD "retired_note" text`);
    await queryRunner.query(`ALTER TABLE "approach" ADD "retired_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "approach" ADD "retired_note" text`);
    await queryRunner.query(
      `ALTER TABLE "concept_revision" ADD CONSTRAINT "FK_6ad78eaf0282e8a0804aed2701b" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "concept_revision" DROP CONSTRAINT "FK_6ad78eaf0282e8a0804aed2701b"`,
    );
    await queryRunner.query(`ALTER TABLE "approach" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "approach" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "sub_goal" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "sub_goal" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "strategic_goal" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "strategic_goal" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "field_of_action" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "field_of_action" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "region" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "project_example" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "project_example" DROP COLUMN "retired_at"`);
    await queryRunner.query(`ALTER TABLE "cross_cutting_theme" DROP COLUMN "retired_note"`);
    await queryRunner.query(`ALTER TABLE "cross_cutting_theme" DROP COLUMN "retired_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_888ea7be2947aff191fa2a2752"`);
    await queryRunner.query(`DROP TABLE "concept_revision"`);
    await queryRunner.query(`DROP TYPE "public"."revision_action"`);
  }
}
