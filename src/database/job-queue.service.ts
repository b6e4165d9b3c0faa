import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';

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
}

/** Jobs in PostgreSQL (pg-boss): mail, digests, reminders, erasure, scheduled publication. */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();

  constructor(@Inject(JOB_QUEUE_OPTIONS) private readonly options: JobQueueOptions) {
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      max: 4,
    });
    this.boss.on('error', (error) => this.logger.error(error));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 });
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
      db: manager
        ? {
            executeSql: async (text, values) => ({
              rows: await manager.query<unknown[]>(text, values),
            }),
          }
        : undefined,
    });
  }

  /** Runs the handler for every job of the queue, one at a time per instance; a throw retries it. */
  async work<T extends object>(name: string, handler: (data: T) => Promise<void>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<T>(
      name,
      { pollingIntervalSeconds: this.options.pollingIntervalSeconds, batchSize: 1 },
      async ([job]) => handler(job.data),
    );
  }

  /** Runs a job on a cron schedule (Europe/Berlin), once across all instances. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.schedule(name, cron, {}, { tz: 'Europe/Berlin' });
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    await this.boss.createQueue(name);
    this.queues.add(name);
  }
}
