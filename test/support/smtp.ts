import { EventEmitter, once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Header values as sent, by lower-case name (mailparser restructures some, e.g. List-*). */
  rawHeaders: Map<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** A real SMTP server on 127.0.0.1 that keeps what it receives; it can be stopped and restarted. */
export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  /** While set, mails wait with the server's answer to DATA (they are counted in `waiting`). */
  gate?: Promise<void>;
  /** When set, only mails whose subject matches wait at the gate. */
  gatedSubjects?: RegExp;
  waiting = 0;
  private server?: SMTPServer;
  /** Emits `mail` for every mail kept in `received`. */
  private readonly arrivals = new EventEmitter();
  private port = 0;

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then(async (mail: ParsedMail) => {
            if (!this.gatedSubjects || this.gatedSubjects.test(mail.subject ?? '')) {
              this.waiting++;
              await this.gate;
              this.waiting--;
            }
            this.received.push({
              to: Array.isArray(mail.to)
                ? mail.to.map((to) => to.text).join(', ')
                : (mail.to?.text ?? ''),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              attachments: mail.attachments.map((attachment) => ({
                filename: attachment.filename ?? '',
                contentType: attachment.contentType,
                content: attachment.content.toString('utf8'),
              })),
              rawHeaders: new Map(
                mail.headerLines.map(({ key, line }) => [
                  key,
                  line
                    .slice(line.indexOf(':') + 1)
                    .replace(/\r?\n\s+/g, ' ')
                    .trim(),
                ]),
              ),
            });
            this.arrivals.emit('mail');
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Waits until a mail to the address arrives (mail goes through the job queue). */
  async waitFor(to: string, subject?: RegExp, timeoutMs = 15_000): Promise<ReceivedMail> {
    const [mail] = await this.waitForMails(to, subject, 1, timeoutMs);
    return mail;
  }

  /** Waits until `count` mails to the address have arrived; returns all that match, oldest first. */
  async waitForMails(
    to: string,
    subject: RegExp | undefined,
    count: number,
    timeoutMs = 15_000,
  ): Promise<ReceivedMail[]> {
    const matching = () =>
      this.received.filter(
        (mail) => mail.to.includes(to) && (!subject || subject.test(mail.subject)),
      );
    const signal = AbortSignal.timeout(timeoutMs);
    while (matching().length < count) {
      try {
        await once(this.arrivals, 'mail', { signal });
      } catch {
        throw new Error(
          `No ${count > 1 ? `${count} mails` : 'mail'} to ${to}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms`,
        );
      }
    }
    return matching();
  }
}

export function linkFrom(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(
    new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`),
  );
  if (!match) throw new Error(`No link to ${path} in mail "${mail.subject}"`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}
