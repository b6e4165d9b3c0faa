import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable.js';
import { AppConfig } from '../config/app-config.js';
import { MailTransport, type OutgoingMail } from './mail-transport.js';

const RECORD_RETRY_MAX_MS = 5000;

/** The delivery id of one recipient's mail of a job: a UUID (version 8) that every attempt shares. */
export function deliveryIdOf(jobId: string, recipient: string): string {
  const hex = createHash('sha256').update(`${jobId}\n${recipient}`).digest('hex');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Hands a mail to the SMTP server at most once per delivery id (a job's id, or one derived from
 * it). Once the server has accepted a mail, its id goes into `sent_mail`; a delivery that runs
 * again (its instance died before the job was marked complete) finds it there and sends nothing.
 * While the database is away the fact is kept in memory and recorded when the database is back.
 * One window remains: the process dying between the SMTP server's acceptance and that record
 * (milliseconds) sends the mail again, with the same Message-ID, so mail programs can merge them.
 */
@Injectable()
export class MailDelivery {
  private readonly logger = new Logger(MailDelivery.name);
  private readonly messageIdDomain: string;

  constructor(
    private readonly transport: MailTransport,
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    this.messageIdDomain = new URL(config.publicBaseUrl).hostname;
  }

  /** `deliveryId`: a UUID, the same for every attempt of one mail. */
  async deliverOnce(mail: OutgoingMail, deliveryId: string): Promise<void> {
    const [sent] = await this.dataSource.query<unknown[]>(
      'SELECT 1 FROM sent_mail WHERE job_id = $1',
      [deliveryId],
    );
    if (sent) {
      this.logger.log(`Mail ${deliveryId} was already sent; not sending it again`);
      return;
    }
    await this.transport.deliver(mail, `<${deliveryId}@${this.messageIdDomain}>`);
    await this.recordSent(deliveryId);
  }

  /** Retries while the database is unreachable: failing here would send the mail again. */
  private async recordSent(deliveryId: string): Promise<void> {
    let delay = 250;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.query(
          'INSERT INTO sent_mail (job_id) VALUES ($1) ON CONFLICT DO NOTHING',
          [deliveryId],
        );
        return;
      } catch (error) {
        if (!isDatabaseUnavailable(error) || !this.dataSource.isInitialized) throw error;
        if (attempt === 1) {
          this.logger.warn(
            `Mail ${deliveryId} was sent, but the database is unreachable; recording it once it is back`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, RECORD_RETRY_MAX_MS);
      }
    }
  }
}
