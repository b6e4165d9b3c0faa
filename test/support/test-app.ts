import 'reflect-metadata';
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
  close(): Promise<void>;
}

/** The whole app on its own database copied from the seeded template. */
export async function startTestApp(environment: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const databaseUrl = await createDatabaseFrom(SEEDED_TEMPLATE);
  const config = loadConfig({ NODE_ENV: 'test', ...environment });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const app = await createApp(config, databaseUrl, logger, { demo: false });
  return {
    app,
    http: supertest(app.getHttpServer()),
    databaseUrl,
    close: () => app.close(),
  };
}
