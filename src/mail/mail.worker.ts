import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../database/job-queue.service.js';
import { MailTransport, type OutgoingMail } from './mail-transport.js';
import { MAIL_QUEUE } from './mail.service.js';

const FORGET_SENT_JOB = 'mail.forget-sent';
/** Longer than a mail job can keep retrying (12 retries with doubling delay). */
const SENT_MAIL_KEPT_DAYS = 30;
const RECORD_RETRY_MAX_MS = 5000;

/**
 * Delivers queued mail, several at a time, once per job. A failure (e.g. the SMTP server is down)
 * makes pg-boss retry later; the worker logs it with the job id.
 *
 * Once the SMTP server has accepted a mail, its job id goes into `sent_mail`; a job that runs again
 * (its instance died before marking it complete) finds it there and sends nothing. While the
 * database is away the worker keeps the fact in memory and records it when the database is back.
 * One window remains: the process dying between the SMTP server's acceptance and that record
 * (milliseconds) sends the mail again, with the same Message-ID, so mail programs can merge them.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private readonly messageIdDomain: string;

  constructor(
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.messageIdDomain = new URL(config.publicBaseUrl).hostname;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<OutgoingMail>(MAIL_QUEUE, (mail, job) => this.deliverOnce(mail, job.id), {
      concurrency: this.config.MAIL_CONCURRENCY,
    });
    await this.jobs.work(FORGET_SENT_JOB, () => this.forgetOldDeliveries());
    await this.jobs.schedule(FORGET_SENT_JOB, '40 4 * * *');
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private async deliverOnce(mail: OutgoingMail, jobId: string): Promise<void> {
    const [sent] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM sent_mail WHERE job_id = $1',
      [jobId],
    );
    if (sent) {
      this.logger.log(`Mail job ${jobId} was already sent; not sending it again`);
      return;
    }
    await this.transport.deliver(mail, `<${jobId}@${this.messageIdDomain}>`);
    await this.recordSent(jobId);
  }

  /** Retries while the database is unreachable: failing here would send the mail again. */
  private async recordSent(jobId: string): Promise<void> {
    let delay = 250;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.query(
          'INSERT INTO sent_mail (job_id) VALUES ($1) ON CONFLICT DO NOTHING',
          [jobId],
        );
        return;
      } catch (error) {
        if (!isDatabaseUnavailable(error) || !this.dataSource.isInitialized) throw error;
        if (attempt === 1) {
          this.logger.warn(
            `Mail job ${jobId} was sent, but the database is unreachable; recording it once it is back`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, RECORD_RETRY_MAX_MS);
      }
    }
  }

  private async forgetOldDeliveries(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sent_mail WHERE sent_at < now() - make_interval(days => $1)`,
      [SENT_MAIL_KEPT_DAYS],
    );
  }
}
