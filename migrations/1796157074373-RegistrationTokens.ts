import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Splits the one never-expiring registration link into a management token (kept, sent in every
 * mail) and a confirmation token (hashed, valid while the seat is held). Existing registrations
 * get a management token of 244 random bits (gen_random_uuid uses a strong random source).
 */
export class RegistrationTokens1796157074373 implements MigrationInterface {
  name = 'RegistrationTokens1796157074373';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration" ADD "management_token" text`);
    await queryRunner.query(
      `UPDATE "registration" SET "management_token" = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration" ALTER COLUMN "management_token" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "registration" ADD CONSTRAINT "UQ_2f511ad2ea9ce6970948b3fa5a8" UNIQUE ("management_token")`,
    );
    await queryRunner.query(`ALTER TABLE "registration" ADD "confirmation_token_hash" text`);
    await queryRunner.query(
      `ALTER TABLE "registration" ADD CONSTRAINT "UQ_0039b80ee63e968eaf6ee44a925" UNIQUE ("confirmation_token_hash")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "registration" DROP CONSTRAINT "UQ_0039b80ee63e968eaf6ee44a925"`,
    );
    await queryRunner.query(`ALTER TABLE "registration" DROP COLUMN "confirmation_token_hash"`);
    await queryRunner.query(
      `ALTER TABLE "registration" DROP CONSTRAINT "UQ_2f511ad2ea9ce6970948b3fa5a8"`,
    );
    await queryRunner.query(`ALTER TABLE "registration" DROP COLUMN "management_token"`);
  }
}
