import { DataSource } from 'typeorm';
import { schemaDiff } from '../../../src/database/schema-diff.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('database schema', () => {
  let test: TestApp;

  beforeAll(async () => {
    test = await startTestApp();
  });

  afterAll(() => test.close());

  it('matches the entities exactly: a generated migration would be empty', async () => {
    const diff = await schemaDiff(test.app.get(DataSource));
    expect(diff.up.map((statement) => statement.query)).toEqual([]);
  });

  it('tells the page caches about every table a public page can show', async () => {
    const silent = await test.app.get(DataSource).query<{ table: string }[]>(
      `SELECT t.table_name AS "table" FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
         AND NOT EXISTS (SELECT 1 FROM information_schema.triggers g
                         WHERE g.event_object_table = t.table_name
                           AND g.action_statement LIKE '%notify_content_changed%')
       ORDER BY 1`,
    );
    // A new table belongs here only if no public page ever shows it; otherwise give it the trigger.
    expect(silent.map((row) => row.table)).toEqual([
      'account_token',
      'approach_subscription',
      'audit_log_entry',
      'author_notification_opt_out',
      'migrations',
      'moderation_notice',
      'rate_limit',
      'sent_mail',
      'session',
    ]);
  });
});
