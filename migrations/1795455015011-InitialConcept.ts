import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialConcept1795455015011 implements MigrationInterface {
  name = 'InitialConcept1795455015011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cross_cutting_theme" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "title" character varying NOT NULL, "body" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_e2541de23efba4aad9b5f61998a" UNIQUE ("slug"), CONSTRAINT "PK_807d26f4be733567661e6188933" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."project_example_kind" AS ENUM('running', 'idea')`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_example" ("id" SERIAL NOT NULL, "kind" "public"."project_example_kind" NOT NULL, "title" text NOT NULL, "url" text, "position" integer NOT NULL, "measure_id" integer NOT NULL, CONSTRAINT "PK_43adfeee45bd4b53c012d482d83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b328abd10d502ab717d3687fe0" ON "project_example"  ("measure_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "measure" ("id" SERIAL NOT NULL, "text" text NOT NULL, "position" integer NOT NULL, "approach_id" integer NOT NULL, CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a820dc089e8b52b9a2bce68041" ON "measure"  ("approach_id", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "region" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "title" character varying NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_3841e4e5f60d832922848a1252e" UNIQUE ("slug"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "regional_focus" ("id" SERIAL NOT NULL, "body" text NOT NULL, "position" integer NOT NULL, "field_id" integer NOT NULL, "region_id" integer NOT NULL, CONSTRAINT "UQ_022242c9677b5a897ca0a58d343" UNIQUE ("field_id", "region_id"), CONSTRAINT "PK_45581883c30902955eb485080b7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."swot_kind" AS ENUM('strength', 'weakness', 'opportunity', 'threat')`,
    );
    await queryRunner.query(
      `CREATE TABLE "swot_item" ("id" SERIAL NOT NULL, "kind" "public"."swot_kind" NOT NULL, "text" text NOT NULL, "position" integer NOT NULL, "field_id" integer NOT NULL, CONSTRAINT "PK_13ba73d68a2a53fa0b5f2e01433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aa8e8737212c324cf75d0798ed" ON "swot_item"  ("field_id", "kind", "position") `,
    );
    await queryRunner.query(
      `CREATE TABLE "field_of_action" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "numeral" character varying NOT NULL, "title" character varying NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "position" integer NOT NULL, CONSTRAINT "UQ_5319047860d8cdcad310cf5857a" UNIQUE ("slug"), CONSTRAINT "PK_e0730bb45bc6c79198c62c0d0e0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "strategic_goal" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, "field_id" integer NOT NULL, CONSTRAINT "UQ_7cae148355da50d2bad936b9731" UNIQUE ("slug"), CONSTRAINT "PK_b0865498255f5051489becd4900" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sub_goal" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "title" text NOT NULL, "legal_bases" text array NOT NULL DEFAULT '{}', "footnotes" text array NOT NULL DEFAULT '{}', "position" integer NOT NULL, "goal_id" integer NOT NULL, CONSTRAINT "UQ_69ac242135af82ea8c5c2f1ddfc" UNIQUE ("slug"), CONSTRAINT "PK_5ce36081e16c7f29074aacbe5ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "approach" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, "sub_goal_id" integer NOT NULL, CONSTRAINT "UQ_e0f9f692965ec46c99d50ed5ed3" UNIQUE ("slug"), CONSTRAINT "PK_5fb463aabb23f4fd60766ecf0be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "concept" ("id" SERIAL NOT NULL, "title" character varying NOT NULL, "subtitle" character varying NOT NULL, "adopted_on" date NOT NULL, "introduction" text NOT NULL, CONSTRAINT "PK_83c1330866b9866ac2d0ed2b36b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "static_page" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "title" character varying NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "video_url" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b8f89191899a6aa3de51f843442" UNIQUE ("slug"), CONSTRAINT "PK_6e73c6614c07ee6f40ceb9fd46c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "approach_theme" ("approach_id" integer NOT NULL, "cross_cutting_theme_id" integer NOT NULL, CONSTRAINT "PK_13204a819dc426482dceed07503" PRIMARY KEY ("approach_id", "cross_cutting_theme_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_21defbdf130b074fd2c55d376f" ON "approach_theme"  ("approach_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9fc616df2ee3e8926defd35c5" ON "approach_theme"  ("cross_cutting_theme_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "project_example" ADD CONSTRAINT "FK_f04d0faa08a346005abb726972a" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" ADD CONSTRAINT "FK_8b11e5e410af9e94b4c3fed1e4a" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_focus" ADD CONSTRAINT "FK_6129f6f1543bf1db7053000d0b6" FOREIGN KEY ("field_id") REFERENCES "field_of_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_focus" ADD CONSTRAINT "FK_25ddeb4b2c4a3b94437574558d4" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "swot_item" ADD CONSTRAINT "FK_e562f8e042a9133d9083d976cd8" FOREIGN KEY ("field_id") REFERENCES "field_of_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategic_goal" ADD CONSTRAINT "FK_05c5dffc4976a50f1d61e07b9de" FOREIGN KEY ("field_id") REFERENCES "field_of_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sub_goal" ADD CONSTRAINT "FK_6e3bdb23f48e3bdcf060d88f20e" FOREIGN KEY ("goal_id") REFERENCES "strategic_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach" ADD CONSTRAINT "FK_97466abcdb62985e7634fd434a8" FOREIGN KEY ("sub_goal_id") REFERENCES "sub_goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_theme" ADD CONSTRAINT "FK_21defbdf130b074fd2c55d376fd" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_theme" ADD CONSTRAINT "FK_a9fc616df2ee3e8926defd35c50" FOREIGN KEY ("cross_cutting_theme_id") REFERENCES "cross_cutting_theme"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "approach_theme" DROP CONSTRAINT "FK_a9fc616df2ee3e8926defd35c50"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach_theme" DROP CONSTRAINT "FK_21defbdf130b074fd2c55d376fd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach" DROP CONSTRAINT "FK_97466abcdb62985e7634fd434a8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sub_goal" DROP CONSTRAINT "FK_6e3bdb23f48e3bdcf060d88f20e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategic_goal" DROP CONSTRAINT "FK_05c5dffc4976a50f1d61e07b9de"`,
    );
    await queryRunner.query(
      `ALTER TABLE "swot_item" DROP CONSTRAINT "FK_e562f8e042a9133d9083d976cd8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_focus" DROP CONSTRAINT "FK_25ddeb4b2c4a3b94437574558d4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regional_focus" DROP CONSTRAINT "FK_6129f6f1543bf1db7053000d0b6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "measure" DROP CONSTRAINT "FK_8b11e5e410af9e94b4c3fed1e4a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_example" DROP CONSTRAINT "FK_f04d0faa08a346005abb726972a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_a9fc616df2ee3e8926defd35c5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_21defbdf130b074fd2c55d376f"`);
    await queryRunner.query(`DROP TABLE "approach_theme"`);
    await queryRunner.query(`DROP TABLE "static_page"`);
    await queryRunner.query(`DROP TABLE "concept"`);
    await queryRunner.query(`DROP TABLE "approach"`);
    await queryRunner.query(`DROP TABLE "sub_goal"`);
    await queryRunner.query(`DROP TABLE "strategic_goal"`);
    await queryRunner.query(`DROP TABLE "field_of_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aa8e8737212c324cf75d0798ed"`);
    await queryRunner.query(`DROP TABLE "swot_item"`);
    await queryRunner.query(`DROP TYPE "public"."swot_kind"`);
    await queryRunner.query(`DROP TABLE "regional_focus"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a820dc089e8b52b9a2bce68041"`);
    await queryRunner.query(`DROP TABLE "measure"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b328abd10d502ab717d3687fe0"`);
    await queryRunner.query(`DROP TABLE "project_example"`);
    await queryRunner.query(`DROP TYPE "public"."project_example_kind"`);
    await queryRunner.query(`DROP TABLE "cross_cutting_theme"`);
  }
}
