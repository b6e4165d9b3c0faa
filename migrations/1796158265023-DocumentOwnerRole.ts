import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each document names the staff role that manages it, which alone (with admins) may see it before
 * it is public: press for lead images and clippings, editors for slide images and progress notes,
 * organizers for the rest (event documents). Lead images of articles that are not published yet
 * stop being public: until now they were public from the upload on.
 */
export class DocumentOwnerRole1796158265023 implements MigrationInterface {
  name = 'DocumentOwnerRole1796158265023';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document" ADD "owner_role" text`);
    await queryRunner.query(
      `UPDATE "document" d SET "owner_role" = CASE
         WHEN EXISTS (SELECT 1 FROM "article" a WHERE a."lead_image_id" = d."id")
           OR EXISTS (SELECT 1 FROM "clipping" c WHERE c."document_id" = d."id") THEN 'press'
         WHEN EXISTS (SELECT 1 FROM "slide" s WHERE s."image_id" = d."id")
           OR EXISTS (SELECT 1 FROM "progress_note" n WHERE n."document_id" = d."id") THEN 'editor'
         ELSE 'organizer' END`,
    );
    await queryRunner.query(`ALTER TABLE "document" ALTER COLUMN "owner_role" SET NOT NULL`);
    await queryRunner.query(
      `UPDATE "document" d SET "is_public" = false FROM "article" a
       WHERE a."lead_image_id" = d."id"
         AND NOT (a."status" = 'published' AND a."publish_at" IS NOT NULL AND a."publish_at" <= now())`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Before, lead images were public from upload and nothing made them public later.
    await queryRunner.query(
      `UPDATE "document" d SET "is_public" = true FROM "article" a WHERE a."lead_image_id" = d."id"`,
    );
    await queryRunner.query(`ALTER TABLE "document" DROP COLUMN "owner_role"`);
  }
}
