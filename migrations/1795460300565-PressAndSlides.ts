import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PressAndSlides1795460300565 implements MigrationInterface {
  name = 'PressAndSlides1795460300565';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."article_status" AS ENUM('draft', 'review', 'scheduled', 'published')`,
    );
    await queryRunner.query(
      `CREATE TABLE "article" ("id" SERIAL NOT NULL, "slug" text NOT NULL, "title" text NOT NULL, "teaser" text NOT NULL, "body" text NOT NULL, "status" "public"."article_status" NOT NULL DEFAULT 'draft', "publish_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lead_image_id" uuid, CONSTRAINT "UQ_0ab85f4be07b22d79906671d72f" UNIQUE ("slug"), CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ba1f97d3aef6a03c76ece99753" ON "article"  ("status", "publish_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "article_revision" ("id" SERIAL NOT NULL, "editor_id" uuid, "editor_name" text NOT NULL, "summary" text NOT NULL, "snapshot" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "article_id" integer NOT NULL, CONSTRAINT "PK_8ba7e2fe48e891064c6d4b4ef20" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7da1cd54f81ef6b343b484a81a" ON "article_revision"  ("article_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clipping" ("id" SERIAL NOT NULL, "publication" text NOT NULL, "issue" text, "published_on" date NOT NULL, "page" text, "headline" text NOT NULL, "url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "document_id" uuid, CONSTRAINT "PK_64684f111881393377ec42fc2ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_254fd75f217b5ae711195fe6ad" ON "clipping"  ("published_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "slide" ("id" SERIAL NOT NULL, "title" text NOT NULL, "caption" text NOT NULL, "link_url" text, "link_label" text, "position" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "image_id" uuid, CONSTRAINT "PK_61701f20afc899f757f86da067b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "article_event" ("article_id" integer NOT NULL, "event_id" integer NOT NULL, CONSTRAINT "PK_8f8c8fb283bc36bffb9342b6c71" PRIMARY KEY ("article_id", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_62109dd6e8cec14b5d6e2c4768" ON "article_event"  ("article_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_06f7ab83ee60d6daeff3c3da63" ON "article_event"  ("event_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "article_approach" ("article_id" integer NOT NULL, "approach_id" integer NOT NULL, CONSTRAINT "PK_bc1a7227181bfded9018931f2b1" PRIMARY KEY ("article_id", "approach_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b14c8b72d698f64f3947f34205" ON "article_approach"  ("article_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fc8ab6cd3b292d0bcac594a66e" ON "article_approach"  ("approach_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "clipping_event" ("clipping_id" integer NOT NULL, "event_id" integer NOT NULL, CONSTRAINT "PK_5f3235c27ace945533be07282bc" PRIMARY KEY ("clipping_id", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_65b22a677f307d140d752636e3" ON "clipping_event"  ("clipping_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6ca1177f09d6c262cb2b053748" ON "clipping_event"  ("event_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "article" ADD CONSTRAINT "FK_e0cc361e136978e5dfd5756fc36" FOREIGN KEY ("lead_image_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_revision" ADD CONSTRAINT "FK_0f5cabd230607eb5df11fa16ff1" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clipping" ADD CONSTRAINT "FK_8ebd1fe518ace0315c3696ef851" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "slide" ADD CONSTRAINT "FK_29abcbd8e79f32956061b9ccada" FOREIGN KEY ("image_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_event" ADD CONSTRAINT "FK_62109dd6e8cec14b5d6e2c47683" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_event" ADD CONSTRAINT "FK_06f7ab83ee60d6daeff3c3da63d" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_approach" ADD CONSTRAINT "FK_b14c8b72d698f64f3947f342058" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_approach" ADD CONSTRAINT "FK_fc8ab6cd3b292d0bcac594a66e2" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "clipping_event" ADD CONSTRAINT "FK_65b22a677f307d140d752636e3a" FOREIGN KEY ("clipping_id") REFERENCES "clipping"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "clipping_event" ADD CONSTRAINT "FK_6ca1177f09d6c262cb2b053748a" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "clipping_event" DROP CONSTRAINT "FK_6ca1177f09d6c262cb2b053748a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "clipping_event" DROP CONSTRAINT "FK_65b22a677f307d140d752636e3a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_approach" DROP CONSTRAINT "FK_fc8ab6cd3b292d0bcac594a66e2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_approach" DROP CONSTRAINT "FK_b14c8b72d698f64f3947f342058"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_event" DROP CONSTRAINT "FK_06f7ab83ee60d6daeff3c3da63d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_event" DROP CONSTRAINT "FK_62109dd6e8cec14b5d6e2c47683"`,
    );
    await queryRunner.query(`ALTER TABLE "slide" DROP CONSTRAINT "FK_29abcbd8e79f32956061b9ccada"`);
    await queryRunner.query(
      `ALTER TABLE "clipping" DROP CONSTRAINT "FK_8ebd1fe518ace0315c3696ef851"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article_revision" DROP CONSTRAINT "FK_0f5cabd230607eb5df11fa16ff1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article" DROP CONSTRAINT "FK_e0cc361e136978e5dfd5756fc36"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_6ca1177f09d6c262cb2b053748"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65b22a677f307d140d752636e3"`);
    await queryRunner.query(`DROP TABLE "clipping_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc8ab6cd3b292d0bcac594a66e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b14c8b72d698f64f3947f34205"`);
    await queryRunner.query(`DROP TABLE "article_approach"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06f7ab83ee60d6daeff3c3da63"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_62109dd6e8cec14b5d6e2c4768"`);
    await queryRunner.query(`DROP TABLE "article_event"`);
    await queryRunner.query(`DROP TABLE "slide"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_254fd75f217b5ae711195fe6ad"`);
    await queryRunner.query(`DROP TABLE "clipping"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7da1cd54f81ef6b343b484a81a"`);
    await queryRunner.query(`DROP TABLE "article_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba1f97d3aef6a03c76ece99753"`);
    await queryRunner.query(`DROP TABLE "article"`);
    await queryRunner.query(`DROP TYPE "public"."article_status"`);
  }
}
