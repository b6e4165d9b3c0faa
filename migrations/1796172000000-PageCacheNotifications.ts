import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every write that can change what a public page shows sends `NOTIFY kek_content_changed` when its
 * transaction commits, so that every instance drops its cached pages (see src/common/page-cache).
 * Tables that never show on a public page stay silent; so do a user's last login and a document's
 * download counter, which change on reads. The schema test names every table without the trigger.
 */
export class PageCacheNotifications1796172000000 implements MigrationInterface {
  name = 'PageCacheNotifications1796172000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "notify_content_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('kek_content_changed', '');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `DO $$
       DECLARE target text;
       BEGIN
         FOR target IN
           SELECT table_name FROM information_schema.tables
           WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
             AND table_name NOT IN (${SILENT_TABLES.map((table) => `'${table}'`).join(', ')})
         LOOP
           EXECUTE format(
             'CREATE TRIGGER "content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
              FOR EACH STATEMENT EXECUTE FUNCTION "notify_content_changed"()', target);
         END LOOP;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "content_changed" AFTER UPDATE OF "display_name" ON "app_user"
       FOR EACH STATEMENT EXECUTE FUNCTION "notify_content_changed"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "content_changed" AFTER INSERT OR DELETE OR TRUNCATE ON "document"
       FOR EACH STATEMENT EXECUTE FUNCTION "notify_content_changed"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "content_changed_update" AFTER UPDATE ON "document" FOR EACH ROW
       WHEN ((to_jsonb(OLD) - 'download_count') IS DISTINCT FROM (to_jsonb(NEW) - 'download_count'))
       EXECUTE FUNCTION "notify_content_changed"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "notify_content_changed"() CASCADE`);
  }
}

/** Never shown on a public page, or (app_user, document) handled by the narrower triggers above. */
const SILENT_TABLES = [
  'migrations',
  'session',
  'rate_limit',
  'audit_log_entry',
  'account_token',
  'approach_subscription',
  'author_notification_opt_out',
  'moderation_notice',
  'sent_mail',
  'app_user',
  'document',
];
