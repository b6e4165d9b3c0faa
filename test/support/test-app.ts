import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { createLogger } from '../../src/common/logging/logger.js';
import { loadConfig } from '../../src/config/app-config.js';
import { SEEDED_TEMPLATE, createDatabaseFrom } from '../setup/test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof supertest>;
  databaseUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The whole app on its own database copied from the seeded template, with its own DATA_DIR; with
 * `databaseUrl`, a further instance on the database of another. The page cache and the content
 * kept in memory are off unless the test turns them on (PAGE_CACHE_MB, CONTENT_IN_MEMORY): tests write through repositories and read at once, before the
 * database's change notification has reached the app.
 */
export async function startTestApp(
  environment: NodeJS.ProcessEnv = {},
  options: { databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createDatabaseFrom(SEEDED_TEMPLATE));
  const dataDir = mkdtempSync(join(tmpdir(), 'kek-test-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    JOB_POLLING_SECONDS: '0.5',
    MAIL_RETRY_DELAY_SECONDS: '1',
    PAGE_CACHE_MB: '0',
    CONTENT_IN_MEMORY: 'false',
    PASSWORD_HASH_COST: 'test-minimum',
    ...environment,
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const app = await createApp(config, databaseUrl, logger, { demo: false });
  return {
    app,
    http: supertest(app.getHttpServer()),
    databaseUrl,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
