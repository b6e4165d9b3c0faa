import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail jobs whose mail the SMTP server has accepted, by pg-boss job id: a job that runs again
 * (its instance died before it was marked complete) finds its mail here and does not send it twice.
 */
export class SentMail1796166403301 implements MigrationInterface {
  name = 'SentMail1796166403301';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sent_mail" ("job_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sent_mail" PRIMARY KEY ("job_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sent_mail"`);
  }
}
