import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** What a worker sends the primary once it listens. */
export const WORKER_READY = 'kek:ready';
/** A worker that dies after its start is replaced after this pause, so a crash cannot loop fast. */
const RESTART_DELAY_MS = 1_000;

/**
 * WEB_CONCURRENCY > 1: this process forks that many workers, each a whole portal instance on the
 * shared database and the same port (instances already coordinate through PostgreSQL: sessions,
 * page-cache changes, job queues, locks). A worker that dies once it served is replaced; one that
 * fails while starting ends the start, as a single process would. SIGTERM and SIGINT go to every
 * worker, which drains as a single process does; the primary ends when they have.
 */
export function runWorkers(count: number, logger: Logger): void {
  const ready = new Set<number>();
  let stopping = false;
  let failed = false;

  const fork = () => {
    if (!stopping) cluster.fork();
  };
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) signalWorker(worker, signal);
  };

  cluster.on('message', (worker, message) => {
    if (message !== WORKER_READY) return;
    ready.add(worker.id);
    if (ready.size === count) logger.info(`${count} workers serve the portal`);
  });
  cluster.on('exit', (worker, code, signal) => {
    const reason = signal ?? `exit code ${code}`;
    if (!stopping && ready.has(worker.id)) {
      logger.error(`Worker ${worker.process.pid} ended (${reason}); starting a new one`);
      setTimeout(fork, RESTART_DELAY_MS);
    } else if (!stopping) {
      logger.error(`Worker ${worker.process.pid} failed while starting (${reason}); stopping`);
      failed = true;
      stopAll('SIGTERM');
    } else if (code !== 0 && signal === null) {
      failed = true;
    }
    ready.delete(worker.id);
    if (stopping && Object.keys(cluster.workers ?? {}).length === 0) {
      logger.flush(() => process.exit(failed ? 1 : 0));
    }
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      logger.info(
        `${signal} received: stopping ${Object.keys(cluster.workers ?? {}).length} workers`,
      );
      stopAll(signal);
    });
  }
  for (let started = 0; started < count; started += 1) fork();
}

/**
 * The signal itself, not `worker.kill()`: that first cuts the worker's channel to the primary,
 * on which a worker exits at once instead of draining its requests.
 */
function signalWorker(worker: Worker | undefined, signal: NodeJS.Signals): void {
  if (worker && !worker.isDead()) worker.process.kill(signal);
}
