import 'reflect-metadata';
import cluster from 'node:cluster';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts/seed/demo-accounts.js';
import { isDatabaseUnavailable } from './common/errors/database-unavailable.js';
import { HttpDrain } from './common/lifecycle/http-drain.js';
import { WORKER_READY, runWorkers } from './common/lifecycle/worker-cluster.js';
import { createLogger } from './common/logging/logger.js';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config.js';
import {
  type RunningPostgres,
  startEmbeddedPostgres,
} from './database/embedded-postgres.launcher.js';
import { StartupError } from './database/startup-error.js';

/** In-flight requests get this long to finish after SIGTERM/SIGINT. */
const DRAIN_TIMEOUT_MS = 10_000;
/** Beyond the drain: workers, pools and the embedded server; then the process ends regardless. */
const SHUTDOWN_TIMEOUT_MS = 30_000;

/** One portal process, or with WEB_CONCURRENCY > 1 the primary of that many. */
async function start(): Promise<void> {
  const config = loadConfig();
  if (cluster.isPrimary && config.WEB_CONCURRENCY > 1) {
    runWorkers(config.WEB_CONCURRENCY, createLogger(config.LOG_LEVEL));
    return;
  }
  await bootstrap(config);
}

async function bootstrap(config: AppConfig): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  keepRunningOnStrayRejections(logger);
  let databaseUrl = config.DATABASE_URL;
  let embedded: RunningPostgres | undefined;
  if (!databaseUrl) {
    const started = Date.now();
    embedded = await startEmbeddedPostgres({
      directory: join(config.DATA_DIR, 'postgres'),
      database: 'kek',
      log: (message) => logger.warn(message),
    });
    databaseUrl = embedded.url;
    logger.info(
      `Embedded PostgreSQL ready in ${Date.now() - started} ms (${config.DATA_DIR}/postgres)`,
    );
  }
  let app: NestExpressApplication;
  try {
    // Here, not at the top: a cluster's primary only forks and never loads the app (~2 s of CPU).
    const { createApp } = await import('./app.factory.js');
    app = await createApp(config, databaseUrl, logger, { demo: config.allowsDemoData });
    await app.listen(config.PORT, config.HOST);
  } catch (error) {
    await embedded?.stop();
    throw startupFailure(error, databaseUrl, config.PORT);
  }
  const drain = new HttpDrain(app.getHttpServer());
  stopInOrderOnSignals(app, drain, embedded, logger);
  logger.info(`Portal ready: ${config.publicBaseUrl}`);
  if (cluster.isWorker) process.send?.(WORKER_READY);
  if (config.allowsDemoData) printDemoAccounts(config.publicBaseUrl);
}

/**
 * Stop accepting → finish in-flight requests (bounded) → stop job workers → close the pools
 * (Nest's shutdown hooks) → stop the embedded PostgreSQL → exit.
 */
function stopInOrderOnSignals(
  app: NestExpressApplication,
  drain: HttpDrain,
  embedded: RunningPostgres | undefined,
  logger: Logger,
): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.error(`Shutdown took longer than ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting anyway`);
      logger.flush(() => process.exit(1));
    }, SHUTDOWN_TIMEOUT_MS).unref();
    logger.info(
      `${signal} received: finishing ${drain.inFlight} request(s), accepting no new ones`,
    );
    const { cut } = await drain.drain(DRAIN_TIMEOUT_MS);
    if (cut > 0) logger.warn(`${cut} request(s) did not finish within the bound and were cut off`);
    await app.close();
    await embedded?.stop();
    logger.info('Stopped');
    logger.flush(() => process.exit(0));
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, (received) => {
      stop(received).catch((error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        logger.flush(() => process.exit(1));
      });
    });
  }
}

/**
 * A safety net, not the mechanism: the app awaits its own job-store calls, but pg-boss's internal
 * cron worker does not await its `complete()` (upstream issue 577). During a database outage that
 * rejection would end the process; it is logged instead and pg-boss reruns the job once it expires.
 */
function keepRunningOnStrayRejections(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    const transient = isDatabaseUnavailable(reason);
    logger[transient ? 'warn' : 'error'](
      { err: reason },
      transient
        ? 'A background call could not reach the database; it is retried later'
        : 'Unhandled promise rejection',
    );
  });
}

/** Turns what failed during start-up into a sentence an operator can act on. */
function startupFailure(error: unknown, databaseUrl: string, port: number): Error {
  if (error instanceof StartupError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  if (isDatabaseUnavailable(error)) {
    const { host, port: databasePort } = new URL(databaseUrl);
    return new StartupError(
      `Cannot reach PostgreSQL at ${host}${databasePort ? '' : ':5432'} (${reason}). ` +
        'Check DATABASE_URL and that the database server is running, then start again.',
    );
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    return new StartupError(
      `Port ${port} is already in use by another program. Stop it or set PORT to a free port, then start again.`,
    );
  }
  return error instanceof Error ? error : new Error(reason);
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

start().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    console.error(error.message);
  } else if (error instanceof Error) {
    console.error(`The portal could not start: ${error.message}\n${error.stack ?? ''}`);
  } else {
    console.error(`The portal could not start: ${String(error)}`);
  }
  process.exit(1);
});
