import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contacts ("Ansprechpartner") can also be shown on a participation process's page. */
export class ContactsOnProcesses1796156756122 implements MigrationInterface {
  name = 'ContactsOnProcesses1796156756122';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contact_process" ("contact_id" integer NOT NULL, "participation_process_id" integer NOT NULL, CONSTRAINT "PK_5b1967762dc311a0bd749d69c20" PRIMARY KEY ("contact_id", "participation_process_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ea0cd341f1d3c7315666df6c72" ON "contact_process"  ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3d74c0df5a92d67d5e2f2ba51c" ON "contact_process"  ("participation_process_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_process" ADD CONSTRAINT "FK_ea0cd341f1d3c7315666df6c72a" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "contact_process" ADD CONSTRAINT "FK_3d74c0df5a92d67d5e2f2ba51cc" FOREIGN KEY ("participation_process_id") REFERENCES "participation_process"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contact_process"`);
  }
}
