import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrioritisationAndImplementation1795461258406 implements MigrationInterface {
  name = 'PrioritisationAndImplementation1795461258406';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "progress_note" ("id" SERIAL NOT NULL, "noted_on" date NOT NULL, "text" text NOT NULL, "author_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approach_id" integer NOT NULL, "document_id" uuid, CONSTRAINT "PK_488fe35738efec59c637aee3cd5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6f7d4059391b9b3da5a8c8adb8" ON "progress_note"  ("approach_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "prioritisation_round" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "explanation" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "is_demo" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b2733c8294f88acd196c829db82" UNIQUE ("slug"), CONSTRAINT "PK_95124d5cccb00e26c57a9e5feed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."body_kind" AS ENUM('committee', 'administration')`,
    );
    await queryRunner.query(
      `CREATE TABLE "round_participant" ("id" SERIAL NOT NULL, "body" text NOT NULL, "body_kind" "public"."body_kind" NOT NULL, "invited_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "round_id" integer NOT NULL, "user_id" uuid, CONSTRAINT "UQ_daa577b2b5fe59b377d2a348732" UNIQUE ("round_id", "user_id"), CONSTRAINT "PK_29e7e0bd53cd2a71ce0c32f957f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_03bbcdb8f8498f4b85f183d116" ON "round_participant"  ("round_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."rating_priority" AS ENUM('high', 'medium', 'low', 'none')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."rating_horizon" AS ENUM('short', 'medium', 'long', 'ongoing')`,
    );
    await queryRunner.query(
      `CREATE TABLE "rating" ("participant_id" integer NOT NULL, "approach_id" integer NOT NULL, "priority" "public"."rating_priority", "horizon" "public"."rating_horizon", "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_33d85c50340afacacdfd4cfb9b2" PRIMARY KEY ("participant_id", "approach_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "round_approach" ("prioritisation_round_id" integer NOT NULL, "approach_id" integer NOT NULL, CONSTRAINT "PK_83abb118124ef21f5c0ce879dfb" PRIMARY KEY ("prioritisation_round_id", "approach_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bf80ed8b907a47fd8350d8666a" ON "round_approach"  ("prioritisation_round_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9e18fe24bed32afefa44afb211" ON "round_approach"  ("approach_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."implementation_status" AS ENUM('not_started', 'preparing', 'in_progress', 'done', 'ongoing')`,
    );
    await queryRunner.query(
      `ALTER TABLE "approach" ADD "implementation_status" "public"."implementation_status" NOT NULL DEFAULT 'not_started'`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "FK_6f7d4059391b9b3da5a8c8adb8a" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" ADD CONSTRAINT "FK_bda2ff7e042dbbc3bef3a66121d" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_participant" ADD CONSTRAINT "FK_03bbcdb8f8498f4b85f183d1168" FOREIGN KEY ("round_id") REFERENCES "prioritisation_round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_participant" ADD CONSTRAINT "FK_bfb7251e453c0a5d9fc43756b55" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating" ADD CONSTRAINT "FK_5187c2de7c388aecd3eb5453773" FOREIGN KEY ("participant_id") REFERENCES "round_participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating" ADD CONSTRAINT "FK_3fc7aa3bf44bb860ea73712bd94" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_approach" ADD CONSTRAINT "FK_bf80ed8b907a47fd8350d8666ad" FOREIGN KEY ("prioritisation_round_id") REFERENCES "prioritisation_round"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_approach" ADD CONSTRAINT "FK_9e18fe24bed32afefa44afb2119" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "round_approach" DROP CONSTRAINT "FK_9e18fe24bed32afefa44afb2119"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_approach" DROP CONSTRAINT "FK_bf80ed8b907a47fd8350d8666ad"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating" DROP CONSTRAINT "FK_3fc7aa3bf44bb860ea73712bd94"`,
    );
    await queryRunner.query(
      `ALTER TABLE "rating" DROP CONSTRAINT "FK_5187c2de7c388aecd3eb5453773"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_participant" DROP CONSTRAINT "FK_bfb7251e453c0a5d9fc43756b55"`,
    );
    await queryRunner.query(
      `ALTER TABLE "round_participant" DROP CONSTRAINT "FK_03bbcdb8f8498f4b85f183d1168"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" DROP CONSTRAINT "FK_bda2ff7e042dbbc3bef3a66121d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "progress_note" DROP CONSTRAINT "FK_6f7d4059391b9b3da5a8c8adb8a"`,
    );
    await queryRunner.query(`ALTER TABLE "approach" DROP COLUMN "implementation_status"`);
    await queryRunner.query(`DROP TYPE "public"."implementation_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9e18fe24bed32afefa44afb211"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bf80ed8b907a47fd8350d8666a"`);
    await queryRunner.query(`DROP TABLE "round_approach"`);
    await queryRunner.query(`DROP TABLE "rating"`);
    await queryRunner.query(`DROP TYPE "public"."rating_horizon"`);
    await queryRunner.query(`DROP TYPE "public"."rating_priority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_03bbcdb8f8498f4b85f183d116"`);
    await queryRunner.query(`DROP TABLE "round_participant"`);
    await queryRunner.query(`DROP TYPE "public"."body_kind"`);
    await queryRunner.query(`DROP TABLE "prioritisation_round"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6f7d4059391b9b3da5a8c8adb8"`);
    await queryRunner.query(`DROP TABLE "progress_note"`);
  }
}
