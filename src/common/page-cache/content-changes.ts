import { Logger } from '@nestjs/common';
import pg from 'pg';

export const CONTENT_CHANGED_CHANNEL = 'kek_content_changed';
const RECONNECT_DELAY_MS = 1000;

/**
 * A connection of its own that LISTENs for `kek_content_changed` (sent by database triggers when
 * a write that public pages show commits, on whatever instance made it). It reports when it is
 * listening and when it lost the connection, and reconnects until stopped: while it is not
 * listening no notification can reach this instance, so the cache must not answer.
 */
export class ContentChanges {
  private readonly logger = new Logger(ContentChanges.name);
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Said once per outage, not on every reconnection attempt. */
  private pauseLogged = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly handlers: { listening(): void; changed(): void; lost(): void },
  ) {}

  start(): void {
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.client = client;
    client.on('notification', () => this.handlers.changed());
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CONTENT_CHANGED_CHANNEL}`);
      if (this.client !== client) return;
      if (this.pauseLogged) this.logger.log('Page cache listening for changes again');
      this.pauseLogged = false;
      this.handlers.listening();
    } catch (error) {
      if (!this.pauseLogged && !this.stopped) {
        this.logger.warn(
          `Page cache paused, cannot listen for changes: ${(error as Error).message}`,
        );
        this.pauseLogged = true;
      }
      this.drop(client);
    }
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.handlers.lost();
    void client.end().catch(() => undefined);
    if (!this.stopped) this.retry = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
  }
}
