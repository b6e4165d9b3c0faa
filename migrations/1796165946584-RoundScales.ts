import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each round names its own priorities and time horizons. Until now every round said "bis 2020" and
 * "bis 2025"; existing rounds get the horizons for the year they opened in (see defaultScale), so a
 * round of 2026 reads "bis 2028", "bis 2031", "nach 2031".
 */
export class RoundScales1796165946584 implements MigrationInterface {
  name = 'RoundScales1796165946584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prioritisation_round" ADD "scale" jsonb`);
    await queryRunner.query(
      `UPDATE "prioritisation_round" r SET "scale" = jsonb_build_object(
         'priorities', jsonb_build_object('high', 'hoch', 'medium', 'mittel', 'low', 'niedrig', 'none', 'keine Angabe'),
         'horizons', jsonb_build_object(
           'short', 'kurzfristig (bis ' || (y.year + 2) || ')',
           'medium', 'mittelfristig (bis ' || (y.year + 5) || ')',
           'long', 'langfristig (nach ' || (y.year + 5) || ')',
           'ongoing', 'Daueraufgabe'))
       FROM (SELECT "id", extract(year FROM "opens_at" AT TIME ZONE 'Europe/Berlin')::int AS year
             FROM "prioritisation_round") y
       WHERE y."id" = r."id"`,
    );
    await queryRunner.query(`ALTER TABLE "prioritisation_round" ALTER COLUMN "scale" SET NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prioritisation_round" DROP COLUMN "scale"`);
  }
}
