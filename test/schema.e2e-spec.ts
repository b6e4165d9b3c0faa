import { DataSource } from 'typeorm';
import { schemaDiff } from '../src/database/schema-diff.js';
import { type TestApp, startTestApp } from './support/test-app.js';

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
});
