import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { QUEUE_SETUP_LOCK, withAdvisoryLock } from './advisory-lock.js';
import { type JobHandler, QueueWorker } from './queue-worker.js';

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export interface JobQueueOptions {
  connectionString: string;
  pollingIntervalSeconds: number;
}

export interface SendOptions {
  /** Enqueue inside this transaction: the job exists exactly when the change that causes it does. */
  manager?: EntityManager;
  startAfter?: Date;
  singletonKey?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Higher first; jobs of equal priority in the order they were queued. */
  priority?: number;
  /** After this long a started job counts as lost (its process died) and runs again. */
  expireInSeconds?: number;
}

export interface WorkOptions {
  /** Jobs of the queue handled at the same time by one instance (1 unless said). */
  concurrency?: number;
}

/** How long a stopping instance waits for running jobs before it lets them expire. */
const STOP_TIMEOUT_MS = 8000;

/** Jobs in PostgreSQL (pg-boss): mail, digests, reminders, erasure, scheduled publication. */
@Injectable()
export class JobQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();
  private readonly workers = new Map<string, QueueWorker<object>>();
  /** Queues that got a job in a transaction not committed yet: woken when it commits. */
  private readonly awaitingCommit = new WeakMap<QueryRunner, Set<string>>();

  constructor(
    @Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions,
    private readonly dataSource: DataSource,
  ) {
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      max: 4,
    });
    this.boss.on('error', (error) => this.logger.warn(`Job queue: ${error.message}`));
    dataSource.subscribers.push({
      afterTransactionCommit: ({ queryRunner }) => this.committed(queryRunner),
    });
  }

  /**
   * pg-boss creates its schema and its own cron queue here: under the queue-setup lock too. The
   * queues an earlier start created are read in one query, so that only new ones take the lock.
   */
  async onModuleInit(): Promise<void> {
    await withAdvisoryLock(this.dataSource, QUEUE_SETUP_LOCK, () => this.boss.start());
    for (const queue of await this.boss.getQueues()) this.queues.add(queue.name);
  }

  /** Runs before the pools close (onApplicationShutdown): running jobs finish, then pg-boss stops. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.workers.values()].map((worker) => worker.stop(STOP_TIMEOUT_MS)));
    await this.boss.stop({ graceful: true, wait: true, timeout: 1000 });
  }

  async send(name: string, data: object, options: SendOptions = {}): Promise<void> {
    await this.ensureQueue(name);
    const { manager } = options;
    await this.boss.send(name, data, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
      retryLimit: options.retryLimit ?? 3,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      // pg-boss refuses these keys when present but undefined.
      priority: options.priority ?? 0,
      ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}),
      db: manager
        ? {
            executeSql: async (text, values) => ({
              rows: await manager.query<unknown[]>(text, values),
            }),
          }
        : undefined,
    });
    // This instance's worker fetches the job at once, once it is visible, not at its next poll.
    const transaction = manager?.queryRunner;
    if (transaction?.isTransactionActive) {
      const names = this.awaitingCommit.get(transaction) ?? new Set<string>();
      this.awaitingCommit.set(transaction, names.add(name));
    } else {
      this.workers.get(name)?.wake();
    }
  }

  /** A commit (or a savepoint's release, which changes nothing for others yet). */
  private committed(transaction: QueryRunner | undefined): void {
    if (!transaction || transaction.isTransactionActive) return;
    for (const name of this.awaitingCommit.get(transaction) ?? []) this.workers.get(name)?.wake();
    this.awaitingCommit.delete(transaction);
  }

  /** Runs the handler for every job of the queue (highest priority first); a throw retries it. */
  async work<T extends object>(
    name: string,
    handler: JobHandler<T>,
    options: WorkOptions = {},
  ): Promise<void> {
    await this.ensureQueue(name);
    const worker = new QueueWorker<T>(
      this.boss,
      name,
      handler,
      {
        concurrency: options.concurrency ?? 1,
        pollingIntervalSeconds: this.options.pollingIntervalSeconds,
      },
      this.logger,
    );
    this.workers.set(name, worker as unknown as QueueWorker<object>);
    worker.start();
  }

  /** Runs a job on a cron schedule (Europe/Berlin), once across all instances. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, {}, { tz: 'Europe/Berlin' });
  }

  /**
   * Creating a queue adds a partition to pg-boss's job table; two instances doing that at once
   * deadlock, so they take turns under an advisory lock.
   */
  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await withAdvisoryLock(this.dataSource, QUEUE_SETUP_LOCK, () => this.boss.createQueue(name));
    this.queues.add(name);
  }
}
