import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ContactsAndPages1795463588483 implements MigrationInterface {
  name = 'ContactsAndPages1795463588483';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contact" ("id" SERIAL NOT NULL, "name" text NOT NULL, "function" text, "department" text, "address" text, "phone" text, "email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_page" ("contact_id" integer NOT NULL, "static_page_id" integer NOT NULL, CONSTRAINT "PK_3326be71991535a173a5eff5be9" PRIMARY KEY ("contact_id", "static_page_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_712cd37ccdcccca4f7a817396a" ON "contact_page"  ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7eed2070a7e30546b758bfbc21" ON "contact_page"  ("static_page_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_field" ("contact_id" integer NOT NULL, "field_of_action_id" integer NOT NULL, CONSTRAINT "PK_a29db94828dfd6888d8b1714e9c" PRIMARY KEY ("contact_id", "field_of_action_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3656e219b2cb9f155daff37eab" ON "contact_field"  ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b5548c53c58214b23f93b91837" ON "contact_field"  ("field_of_action_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_event" ("contact_id" integer NOT NULL, "event_id" integer NOT NULL, CONSTRAINT "PK_eceb30b2332eba8440aed9bf56b" PRIMARY KEY ("contact_id", "event_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e899f6a07693198135ebb8987b" ON "contact_event"  ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ad59f8dd9de17aa96de1c94a85" ON "contact_event"  ("event_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_page" ADD CONSTRAINT "FK_712cd37ccdcccca4f7a817396a1" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_page" ADD CONSTRAINT "FK_7eed2070a7e30546b758bfbc218" FOREIGN KEY ("static_page_id") REFERENCES "static_page"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_field" ADD CONSTRAINT "FK_3656e219b2cb9f155daff37eab3" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_field" ADD CONSTRAINT "FK_b5548c53c58214b23f93b91837d" FOREIGN KEY ("field_of_action_id") REFERENCES "field_of_action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_event" ADD CONSTRAINT "FK_e899f6a07693198135ebb8987b5" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_event" ADD CONSTRAINT "FK_ad59f8dd9de17aa96de1c94a852" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contact_event" DROP CONSTRAINT "FK_ad59f8dd9de17aa96de1c94a852"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_event" DROP CONSTRAINT "FK_e899f6a07693198135ebb8987b5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_field" DROP CONSTRAINT "FK_b5548c53c58214b23f93b91837d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_field" DROP CONSTRAINT "FK_3656e219b2cb9f155daff37eab3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_page" DROP CONSTRAINT "FK_7eed2070a7e30546b758bfbc218"`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_page" DROP CONSTRAINT "FK_712cd37ccdcccca4f7a817396a1"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_ad59f8dd9de17aa96de1c94a85"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e899f6a07693198135ebb8987b"`);
    await queryRunner.query(`DROP TABLE "contact_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5548c53c58214b23f93b91837"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3656e219b2cb9f155daff37eab"`);
    await queryRunner.query(`DROP TABLE "contact_field"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7eed2070a7e30546b758bfbc21"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_712cd37ccdcccca4f7a817396a"`);
    await queryRunner.query(`DROP TABLE "contact_page"`);
    await queryRunner.query(`DROP TABLE "contact"`);
  }
}
