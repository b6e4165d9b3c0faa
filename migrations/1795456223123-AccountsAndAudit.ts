import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1795456223123 implements MigrationInterface {
  name = 'AccountsAndAudit1795456223123';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions (connect-pg-simple's schema) and rate-limit counters (rate-limiter-flexible's
    // schema) have no entities: their libraries read and write them.
    await queryRunner.query(
      `CREATE TABLE "session" ("sid" varchar NOT NULL, "sess" json NOT NULL, "expire" timestamp(6) NOT NULL, CONSTRAINT "session_pkey" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_session_expire" ON "session" ("expire")`);
    await queryRunner.query(
      `CREATE TABLE "rate_limit" ("key" varchar(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "roles" text array NOT NULL DEFAULT '{citizen}', "email_confirmed_at" TIMESTAMP WITH TIME ZONE, "terms_accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_at" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."account_token_purpose" AS ENUM('confirm_email', 'reset_password')`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "purpose" "public"."account_token_purpose" NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, CONSTRAINT "UQ_afb41d941d437f47a0d75373f88" UNIQUE ("token_hash"), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ab3c66669facfe429164e60ab8" ON "account_token"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log_entry" ("id" SERIAL NOT NULL, "actor_id" uuid, "actor_name" text NOT NULL, "action" text NOT NULL, "summary" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "subject_label" text, "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_905deda75b16075725a02ef38a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7551b92a1c2217c288d96ef960" ON "audit_log_entry"  ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_db1966f29223a6fbd2796c5360" ON "audit_log_entry"  ("created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_db1966f29223a6fbd2796c5360"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7551b92a1c2217c288d96ef960"`);
    await queryRunner.query(`DROP TABLE "audit_log_entry"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ab3c66669facfe429164e60ab8"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
    await queryRunner.query(`DROP TYPE "public"."account_token_purpose"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP INDEX "IDX_session_expire"`);
    await queryRunner.query(`DROP TABLE "session"`);
  }
}
