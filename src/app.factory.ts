import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module.js';
import { configureApp } from './app.setup.js';
import { PinoNestLogger } from './common/logging/logger.js';
import { answerHitsFirst } from './common/page-cache/answer-hits-first.js';
import { PageCache } from './common/page-cache/page-cache.service.js';
import type { AppConfig } from './config/app-config.js';
import { SeedRunner } from './database/seed-runner.js';

/** Builds the whole app against a database: migrated, seeded, ready to listen. Used by main and tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: Logger,
  options: { demo: boolean },
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config, databaseUrl),
    { logger: new PinoNestLogger(logger), abortOnError: false, bodyParser: false },
  );
  configureApp(app, config, logger);
  await app.init();
  answerHitsFirst(app.getHttpServer(), app.get(PageCache));
  await app.get(SeedRunner).run({ demo: options.demo, log: (message) => logger.info(message) });
  return app;
}
