import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Four-eyes review of articles: who wrote an article, who submitted it for review (with a note to
 * the reviewer) and who approved it or sent it back (with a note to the author). Existing articles
 * learn their author and submitter from their revision history, where those accounts still exist.
 */
export class ArticleReview1796166042257 implements MigrationInterface {
  name = 'ArticleReview1796166042257';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" ADD "submitted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "article" ADD "submission_comment" text`);
    await queryRunner.query(`ALTER TABLE "article" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "article" ADD "review_comment" text`);
    await queryRunner.query(`ALTER TABLE "article" ADD "author_id" uuid`);
    await queryRunner.query(`ALTER TABLE "article" ADD "submitted_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "article" ADD "reviewed_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "article" ADD CONSTRAINT "FK_16d4ce4c84bd9b8562c6f396262" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article" ADD CONSTRAINT "FK_b7ddae51a6b704f23bb64771deb" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "article" ADD CONSTRAINT "FK_a44c14f223e8fc7185ca5ed0d52" FOREIGN KEY ("reviewed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `UPDATE "article" a SET "author_id" = r."editor_id" FROM (
         SELECT DISTINCT ON ("article_id") "article_id", "editor_id" FROM "article_revision"
         WHERE "summary" = 'angelegt' ORDER BY "article_id", "id") r
       WHERE r."article_id" = a."id" AND EXISTS (SELECT 1 FROM "app_user" u WHERE u."id" = r."editor_id")`,
    );
    await queryRunner.query(
      `UPDATE "article" a SET "submitted_by_id" = r."editor_id", "submitted_at" = r."created_at" FROM (
         SELECT DISTINCT ON ("article_id") "article_id", "editor_id", "created_at" FROM "article_revision"
         WHERE "summary" = 'Status: in Prüfung' ORDER BY "article_id", "id" DESC) r
       WHERE r."article_id" = a."id" AND a."status" = 'review'
         AND EXISTS (SELECT 1 FROM "app_user" u WHERE u."id" = r."editor_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "article" DROP CONSTRAINT "FK_a44c14f223e8fc7185ca5ed0d52"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article" DROP CONSTRAINT "FK_b7ddae51a6b704f23bb64771deb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "article" DROP CONSTRAINT "FK_16d4ce4c84bd9b8562c6f396262"`,
    );
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "reviewed_by_id"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "submitted_by_id"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "author_id"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "review_comment"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "submission_comment"`);
    await queryRunner.query(`ALTER TABLE "article" DROP COLUMN "submitted_at"`);
  }
}
