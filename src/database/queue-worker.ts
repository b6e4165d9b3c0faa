import type { Logger } from '@nestjs/common';
import type PgBoss from 'pg-boss';

export interface JobContext {
  id: string;
}

export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

export interface QueueWorkerOptions {
  /** Jobs of this queue handled at the same time by this instance. */
  concurrency: number;
  pollingIntervalSeconds: number;
}

const SETTLE_RETRY_MAX_MS = 5000;

/**
 * Fetches and runs the jobs of one queue with bounded concurrency, highest priority first.
 *
 * pg-boss's own `work()` does not await `complete()`/`fail()` (upstream issue 577): when PostgreSQL
 * goes away while a job finishes, that rejection ends the process and the job stays "active"
 * until it expires and runs again. Here every job-store call is awaited; a failed one is logged and
 * retried until the database is back, so a finished job is recorded exactly once.
 */
export class QueueWorker<T extends object> {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private wakeUp?: () => void;
  /** A job may have been queued since the last fetch began: fetch again without waiting. */
  private woken = false;
  private loop?: Promise<void>;
  /** After this time a stopping worker gives up recording outcomes (the job then expires). */
  private giveUpAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly boss: PgBoss,
    private readonly name: string,
    private readonly handler: JobHandler<T>,
    private readonly options: QueueWorkerOptions,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.loop = this.run();
  }

  /** A job was queued for this worker: fetch now rather than at the next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Fetches nothing more and waits (at most `timeoutMs`) for the running jobs to finish. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    this.giveUpAt = Date.now() + timeoutMs;
    this.wakeUp?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const free = this.options.concurrency - this.running.size;
      if (free > 0) this.woken = false;
      const jobs = free > 0 ? await this.fetch(free) : [];
      for (const job of jobs) this.track(this.process(job));
      // A full batch means more may be waiting: fetch again as soon as a slot is free.
      await this.pause(jobs.length === free);
    }
    await Promise.all(this.running);
  }

  private async fetch(count: number): Promise<PgBoss.JobWithMetadata<T>[]> {
    try {
      return await this.boss.fetch<T>(this.name, { batchSize: count, includeMetadata: true });
    } catch (error) {
      this.logger.warn(`Cannot fetch jobs of ${this.name}: ${messageOf(error)}`);
      return [];
    }
  }

  /** Waits for the polling interval, a wake-up, a free slot (when all are busy) or the stop. */
  private async pause(busy: boolean): Promise<void> {
    if (this.woken && this.running.size < this.options.concurrency) return;
    const waits: Promise<unknown>[] = [
      new Promise<void>((resolve) => {
        this.wakeUp = resolve;
      }),
    ];
    let poll: NodeJS.Timeout | undefined;
    if (busy && this.running.size > 0) waits.push(Promise.race(this.running));
    else {
      waits.push(
        new Promise((resolve) => {
          poll = setTimeout(resolve, this.options.pollingIntervalSeconds * 1000);
        }),
      );
    }
    await Promise.race(waits);
    // A stopped worker leaves no timer behind to keep the process alive.
    clearTimeout(poll);
    this.wakeUp = undefined;
  }

  private track(task: Promise<void>): void {
    this.running.add(task);
    void task.finally(() => {
      this.running.delete(task);
      this.wakeUp?.();
    });
  }

  private async process(job: PgBoss.JobWithMetadata<T>): Promise<void> {
    try {
      await withinSeconds(this.handler(job.data, { id: job.id }), job.expireInSeconds);
    } catch (error) {
      const last = job.retryCount >= job.retryLimit;
      const message = `Job ${job.id} of ${this.name} failed (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}${last ? ', the last' : ', retried later'}): ${messageOf(error)}`;
      if (last) this.logger.error(message);
      else this.logger.warn(message);
      await this.settle(job, () =>
        this.boss.fail(this.name, job.id, { message: messageOf(error) }),
      );
      return;
    }
    await this.settle(job, () => this.boss.complete(this.name, job.id));
  }

  /** Records the outcome, retrying while the database is unreachable. */
  private async settle(job: PgBoss.Job<T>, record: () => Promise<unknown>): Promise<void> {
    let delay = 250;
    for (let attempt = 1; ; attempt++) {
      try {
        await record();
        if (attempt > 1) this.logger.log(`Outcome of job ${job.id} of ${this.name} recorded`);
        return;
      } catch (error) {
        if (Date.now() >= this.giveUpAt) {
          this.logger.warn(
            `Gave up recording the outcome of job ${job.id} of ${this.name} at shutdown: ${messageOf(error)}; it runs again once it expires`,
          );
          return;
        }
        if (attempt === 1) {
          this.logger.warn(
            `Cannot record the outcome of job ${job.id} of ${this.name} (${messageOf(error)}); retrying until the database answers`,
          );
        }
        await sleep(Math.min(delay, Math.max(0, this.giveUpAt - Date.now())));
        delay = Math.min(delay * 2, SETTLE_RETRY_MAX_MS);
      }
    }
  }
}

/** A handler that outlives its job's expiry would run twice: pg-boss hands the job out again. */
async function withinSeconds(work: Promise<void>, seconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`handler took longer than ${seconds} s`)),
      Math.max(1, seconds) * 1000,
    );
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
