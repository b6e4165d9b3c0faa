import 'reflect-metadata';
import { join } from 'node:path';
import { createApp } from './app.factory.js';
import { createLogger } from './common/logging/logger.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.launcher.js';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const started = Date.now();
    const embedded = await startEmbeddedPostgres({
      directory: join(config.DATA_DIR, 'postgres'),
      database: 'kek',
      log: (message) => logger.warn(message),
    });
    databaseUrl = embedded.url;
    logger.info(
      `Embedded PostgreSQL ready in ${Date.now() - started} ms (${config.DATA_DIR}/postgres)`,
    );
  }
  const app = await createApp(config, databaseUrl, logger, { demo: config.usesEmbeddedDatabase });
  await app.listen(config.PORT, config.HOST);
  logger.info(`Portal ready: ${config.publicBaseUrl}`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
