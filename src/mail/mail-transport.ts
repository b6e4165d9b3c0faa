import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '../config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** Small text attachments (e.g. an .ics); they travel inside the queued job. */
  attachments?: { filename: string; content: string; contentType: string }[];
}

/** SMTP when SMTP_URL is set; otherwise each mail becomes an .eml file in DATA_DIR/outbox. */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly outbox?: string;

  constructor(private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      this.transporter = nodemailer.createTransport(config.SMTP_URL);
    } else {
      this.outbox = join(config.DATA_DIR, 'outbox');
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
    }
  }

  /** `messageId`: the same for every attempt of one job, so a repeated mail is recognisable. */
  async deliver(mail: OutgoingMail, messageId?: string): Promise<void> {
    const info = (await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      ...mail,
      messageId,
    })) as {
      message?: Buffer;
      messageId: string;
    };
    if (this.outbox && info.message) {
      mkdirSync(this.outbox, { recursive: true });
      const file = join(this.outbox, `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, '')}.eml`);
      writeFileSync(file, info.message);
      this.logger.log(`Mail to ${mail.to} written to ${file} (no SMTP_URL set)`);
    }
  }

  close(): void {
    this.transporter.close();
  }
}
