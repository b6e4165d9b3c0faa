import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../database/job-queue.service.js';
import { MailDelivery } from './mail-delivery.js';
import { type MailContent, MailRenderer } from './mail-renderer.js';
import type { OutgoingMail } from './mail-transport.js';

export const MAIL_QUEUE = 'mail.send';

/**
 * Mail someone is waiting for right now (a link to confirm or reset, a registration's answer) or
 * that asks staff to act (moderation): sent before digests, invitations and
 * announcements to many, which may wait.
 */
const TIME_CRITICAL_TEMPLATES = new Set([
  'confirm-email',
  'already-registered',
  'reset-password',
  'registration-update',
  'moderation-waiting',
]);
const TIME_CRITICAL_PRIORITY = 10;

export interface MailRequest extends MailContent {
  to: string;
  headers?: Record<string, string>;
  attachments?: OutgoingMail['attachments'];
  /** The text invites a reply ("antworten Sie einfach auf diese E-Mail"): it goes to MAIL_REPLY_TO. */
  invitesReply?: boolean;
}

/** Renders a mail now and queues its delivery; pass the manager of the transaction that causes it. */
@Injectable()
export class MailService {
  constructor(
    private readonly renderer: MailRenderer,
    private readonly jobs: JobQueue,
    private readonly delivery: MailDelivery,
    private readonly config: AppConfig,
  ) {}

  async send(request: MailRequest, manager?: EntityManager): Promise<void> {
    await this.jobs.send(MAIL_QUEUE, this.outgoing(request), {
      manager,
      // With doubling back-off this keeps trying for more than a day before giving up.
      retryLimit: 12,
      retryDelaySeconds: this.config.MAIL_RETRY_DELAY_SECONDS,
      priority: TIME_CRITICAL_TEMPLATES.has(request.template) ? TIME_CRITICAL_PRIORITY : 0,
      // An instance that dies while sending leaves its job active: it runs again after this.
      expireInSeconds: 5 * 60,
    });
  }

  /**
   * Delivers a mail now, inside a job that orders it among others (a job's retry sends it again);
   * `deliveryId` is the same for every attempt, so a mail accepted once is not sent twice.
   */
  async deliverNow(request: MailRequest, deliveryId: string): Promise<void> {
    await this.delivery.deliverOnce(this.outgoing(request), deliveryId);
  }

  private outgoing(request: MailRequest): OutgoingMail {
    return {
      to: request.to,
      ...this.renderer.render(request),
      headers: request.invitesReply
        ? { ...request.headers, 'Reply-To': this.config.replyToAddress }
        : request.headers,
      attachments: request.attachments,
    };
  }
}
