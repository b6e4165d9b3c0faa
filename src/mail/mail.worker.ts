import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../database/job-queue.service.js';
import { MailDelivery } from './mail-delivery.js';
import { MailTransport, type OutgoingMail } from './mail-transport.js';
import { MAIL_QUEUE } from './mail.service.js';

const FORGET_SENT_JOB = 'mail.forget-sent';
/** Longer than a mail job can keep retrying (12 retries with doubling delay). */
const SENT_MAIL_KEPT_DAYS = 30;

/**
 * Delivers queued mail, several at a time, once per job (`MailDelivery`: a job that runs again
 * sends nothing twice). A failure (e.g. the SMTP server is down) makes pg-boss retry later; the
 * worker logs it with the job id.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly jobs: JobQueue,
    private readonly delivery: MailDelivery,
    private readonly transport: MailTransport,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<OutgoingMail>(
      MAIL_QUEUE,
      (mail, job) => this.delivery.deliverOnce(mail, job.id),
      { concurrency: this.config.MAIL_CONCURRENCY },
    );
    await this.jobs.work(FORGET_SENT_JOB, () => this.forgetOldDeliveries());
    await this.jobs.schedule(FORGET_SENT_JOB, '40 4 * * *');
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }

  private async forgetOldDeliveries(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sent_mail WHERE sent_at < now() - make_interval(days => $1)`,
      [SENT_MAIL_KEPT_DAYS],
    );
  }
}
