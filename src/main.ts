import 'reflect-metadata';
import { join } from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts/seed/demo-accounts.js';
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
  const app = await createApp(config, databaseUrl, logger, { demo: config.allowsDemoData });
  await app.listen(config.PORT, config.HOST);
  logger.info(`Portal ready: ${config.publicBaseUrl}`);
  if (config.allowsDemoData) printDemoAccounts(config.publicBaseUrl);
}

/** The newcomer's way in: one account per role, on the embedded database outside production only. */
function printDemoAccounts(baseUrl: string): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((account) => account.email.length));
  const lines = DEMO_ACCOUNTS.map(
    (account) =>
      `  ${account.email.padEnd(width)}  ${account.roles.filter((role) => role !== 'citizen').join(', ') || 'citizen'}`,
  );
  console.log(
    [
      '',
      `KEK portal running at ${baseUrl} (embedded demo database).`,
      `Demo accounts, all with the password "${DEMO_PASSWORD}":`,
      ...lines,
      '',
    ].join('\n'),
  );
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
