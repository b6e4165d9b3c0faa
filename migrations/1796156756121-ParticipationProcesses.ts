import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A copy of slugify as it was when this migration was written: migrations never change. */
function slugOf(title: string): string {
  const transliteration: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
  return (
    title
      .toLowerCase()
      .replace(/[äöüß]/g, (character) => transliteration[character])
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 8)
      .join('-') || 'verfahren'
  );
}

/**
 * Participation phases become participation processes: several may be open at once, each with
 * its own address (slug, made from the title), scope (the whole KEK, fields or approaches) and
 * events. Existing phases keep their ids and their comments (comment.phase_id → process_id).
 */
export class ParticipationProcesses1796156756121 implements MigrationInterface {
  name = 'ParticipationProcesses1796156756121';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "participation_phase" RENAME TO "participation_process"`);
    await queryRunner.query(
      `ALTER SEQUENCE "participation_phase_id_seq" RENAME TO "participation_process_id_seq"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process" RENAME CONSTRAINT "PK_e54c8d28b36b4588c392fafdd02" TO "PK_08da32e74c67a3ff00482b56e74"`,
    );
    await queryRunner.query(
      `ALTER INDEX "public"."IDX_abfc694a05c9ad773ebab71ef5" RENAME TO "IDX_0cd8c71e13e0eaf20e6b84867d"`,
    );
    await queryRunner.query(`ALTER TYPE "public"."phase_audience" RENAME TO "process_audience"`);
    await queryRunner.query(
      `CREATE TYPE "public"."process_scope" AS ENUM('concept', 'fields', 'approaches')`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process" ADD "scope" "public"."process_scope" NOT NULL DEFAULT 'concept'`,
    );
    await queryRunner.query(`ALTER TABLE "participation_process" ADD "slug" text`);
    const rows = (await queryRunner.query(
      `SELECT id, title FROM "participation_process" ORDER BY id`,
    )) as { id: number; title: string }[];
    const taken = new Set<string>();
    for (const row of rows) {
      const base = slugOf(row.title);
      let slug = base;
      for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
      taken.add(slug);
      await queryRunner.query(`UPDATE "participation_process" SET "slug" = $1 WHERE id = $2`, [
        slug,
        row.id,
      ]);
    }
    await queryRunner.query(`ALTER TABLE "participation_process" ALTER COLUMN "slug" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "participation_process" ADD CONSTRAINT "UQ_cf22be85dfa2fe4cbb0f65a8699" UNIQUE ("slug")`,
    );

    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_9f78931618e024389065b66516d"`,
    );
    await queryRunner.query(`ALTER TABLE "comment" RENAME COLUMN "phase_id" TO "process_id"`);
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_9ee526dc9364a395ffa1d29efb0" FOREIGN KEY ("process_id") REFERENCES "participation_process"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9af78a26c8c57719b5dadcbc7f" ON "comment"  ("process_id", "approach_id") `,
    );

    await queryRunner.query(
      `CREATE TABLE "participation_process_field" ("participation_process_id" integer NOT NULL, "field_of_action_id" integer NOT NULL, CONSTRAINT "PK_1369b093c27ac7e889af5f625af" PRIMARY KEY ("participation_process_id", "field_of_action_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_871525481ee7451174c3e5bb9a" ON "participation_process_field"  ("participation_process_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_77cce2d8f7daacea55df64588e" ON "participation_process_field"  ("field_of_action_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process_field" ADD CONSTRAINT "FK_871525481ee7451174c3e5bb9a1" FOREIGN KEY ("participation_process_id") REFERENCES "participation_process"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process_field" ADD CONSTRAINT "FK_77cce2d8f7daacea55df64588ed" FOREIGN KEY ("field_of_action_id") REFERENCES "field_of_action"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `CREATE TABLE "participation_process_approach" ("participation_process_id" integer NOT NULL, "approach_id" integer NOT NULL, CONSTRAINT "PK_1480519367ade67fc6c766c3016" PRIMARY KEY ("participation_process_id", "approach_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28c0c15402d2a63da4b7a49610" ON "participation_process_approach"  ("participation_process_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_701ba2c42bc6d6d758d5fff0bf" ON "participation_process_approach"  ("approach_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process_approach" ADD CONSTRAINT "FK_28c0c15402d2a63da4b7a496106" FOREIGN KEY ("participation_process_id") REFERENCES "participation_process"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process_approach" ADD CONSTRAINT "FK_701ba2c42bc6d6d758d5fff0bf3" FOREIGN KEY ("approach_id") REFERENCES "approach"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );

    await queryRunner.query(`ALTER TABLE "event" ADD "process_id" integer`);
    await queryRunner.query(
      `CREATE INDEX "IDX_bfecfe907c0d5573bb9d0d5725" ON "event"  ("process_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "FK_bfecfe907c0d5573bb9d0d57257" FOREIGN KEY ("process_id") REFERENCES "participation_process"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "event" DROP CONSTRAINT "FK_bfecfe907c0d5573bb9d0d57257"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bfecfe907c0d5573bb9d0d5725"`);
    await queryRunner.query(`ALTER TABLE "event" DROP COLUMN "process_id"`);
    await queryRunner.query(`DROP TABLE "participation_process_approach"`);
    await queryRunner.query(`DROP TABLE "participation_process_field"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9af78a26c8c57719b5dadcbc7f"`);
    await queryRunner.query(
      `ALTER TABLE "comment" DROP CONSTRAINT "FK_9ee526dc9364a395ffa1d29efb0"`,
    );
    await queryRunner.query(`ALTER TABLE "comment" RENAME COLUMN "process_id" TO "phase_id"`);
    await queryRunner.query(
      `ALTER TABLE "participation_process" DROP CONSTRAINT "UQ_cf22be85dfa2fe4cbb0f65a8699"`,
    );
    await queryRunner.query(`ALTER TABLE "participation_process" DROP COLUMN "slug"`);
    await queryRunner.query(`ALTER TABLE "participation_process" DROP COLUMN "scope"`);
    await queryRunner.query(`DROP TYPE "public"."process_scope"`);
    await queryRunner.query(`ALTER TYPE "public"."process_audience" RENAME TO "phase_audience"`);
    await queryRunner.query(
      `ALTER INDEX "public"."IDX_0cd8c71e13e0eaf20e6b84867d" RENAME TO "IDX_abfc694a05c9ad773ebab71ef5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participation_process" RENAME CONSTRAINT "PK_08da32e74c67a3ff00482b56e74" TO "PK_e54c8d28b36b4588c392fafdd02"`,
    );
    await queryRunner.query(
      `ALTER SEQUENCE "participation_process_id_seq" RENAME TO "participation_phase_id_seq"`,
    );
    await queryRunner.query(`ALTER TABLE "participation_process" RENAME TO "participation_phase"`);
    await queryRunner.query(
      `ALTER TABLE "comment" ADD CONSTRAINT "FK_9f78931618e024389065b66516d" FOREIGN KEY ("phase_id") REFERENCES "participation_phase"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }
}
