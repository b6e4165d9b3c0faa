import {
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { JobQueue } from '../database/job-queue.service.js';
import { MailTransport, type OutgoingMail } from './mail-transport.js';
import { MAIL_QUEUE } from './mail.service.js';

/** Delivers queued mail; a failure (e.g. the SMTP server is down) makes pg-boss retry later. */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<OutgoingMail>(MAIL_QUEUE, (mail) => this.transport.deliver(mail));
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
