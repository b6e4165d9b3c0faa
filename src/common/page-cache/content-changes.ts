import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';

export const CONTENT_CHANGED_CHANNEL = 'kek_content_changed';
const RECONNECT_DELAY_MS = 1000;
/**
 * What `keepRendered` holds in one generation, in characters: past it, parts are rendered and not
 * kept (pages of a long thread × sort orders × readers signed in or not must not fill the memory).
 */
const RENDERED_BUDGET = 32 * 1024 * 1024;

/** Rendered HTML, or HTML with slots for each reader's part (`size` characters). */
type Rendered = string | { size: number };

export interface ContentChangeHandlers {
  listening(): void;
  changed(): void;
  lost(): void;
}

/**
 * One connection per instance that LISTENs for `kek_content_changed` (sent by database triggers
 * when a write that public pages show commits, on whatever instance made it). Subscribers (the
 * page cache, the read models kept in memory) hear when it is listening, when content changed
 * and when it lost the connection; it reconnects until stopped. While it is not listening no
 * notification can reach this instance, so nothing may be answered from memory.
 */
@Injectable()
export class ContentChanges implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ContentChanges.name);
  private readonly databaseUrl: string;
  private readonly subscribers: ContentChangeHandlers[] = [];
  private client: pg.Client | null = null;
  private started = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Said once per outage, not on every reconnection attempt. */
  private pauseLogged = false;
  private listening = false;
  /** Counts changes; a value loaded in one generation is stale in the next. */
  private generation = 0;
  /** HTML rendered for every reader alike, of `renderedGeneration`. */
  private readonly rendered = new Map<string, Rendered>();
  private renderedGeneration = -1;
  private renderedSize = 0;

  constructor(
    dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    this.databaseUrl = (dataSource.options as { url?: string }).url ?? '';
  }

  /** Whether notifications can reach this instance (else nothing is answered from memory). */
  get isListening(): boolean {
    return this.listening;
  }

  /** Taken before loading what a page shows; `keepRendered` keeps only HTML of data this fresh. */
  get currentGeneration(): number {
    return this.generation;
  }

  onChange(handlers: ContentChangeHandlers): void {
    this.subscribers.push(handlers);
    if (this.listening) handlers.listening();
  }

  /** Listens when anything is kept in memory: pages (a subscriber) or read models. */
  onApplicationBootstrap(): void {
    if (this.subscribers.length || this.config.CONTENT_IN_MEMORY) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /**
   * A write through this instance: its notification may arrive after the redirect that follows
   * it has been answered, so what is kept in memory goes now.
   */
  changedHere(): void {
    this.changed();
  }

  /**
   * A value loaded once and kept until content changes (`CONTENT_IN_MEMORY`); loaded afresh on
   * every call while not listening. A load that overlaps a change is not kept.
   */
  remember<T>(load: () => Promise<T>): () => Promise<T> {
    let kept: { generation: number; value: Promise<T> } | null = null;
    return () => {
      if (!this.listening || !this.config.CONTENT_IN_MEMORY) return load();
      if (kept?.generation === this.generation) return kept.value;
      const entry = { generation: this.generation, value: load() };
      kept = entry;
      entry.value.catch(() => {
        if (kept === entry) kept = null;
      });
      return entry.value;
    };
  }

  /**
   * HTML that is the same for every reader (no account, token or time in it, or slots for them),
   * rendered once and kept until content changes, under the same rules as `remember`. `loadedIn`
   * is the generation taken before its data was loaded: HTML of data a change overtook is
   * rendered, not kept.
   */
  keepRendered<T extends Rendered>(key: string, loadedIn: number, render: () => T): T {
    if (loadedIn !== this.generation || !this.keepsRendered()) return render();
    const kept = this.rendered.get(key) as T | undefined;
    if (kept !== undefined) return kept;
    const html = render();
    const size = typeof html === 'string' ? html.length : html.size;
    if (this.renderedSize + size <= RENDERED_BUDGET) {
      this.rendered.set(key, html);
      this.renderedSize += size;
    }
    return html;
  }

  /** What `keepRendered` kept under `key` in this generation, if anything. */
  keptRendered<T extends Rendered>(key: string): T | undefined {
    return this.keepsRendered() ? (this.rendered.get(key) as T | undefined) : undefined;
  }

  private keepsRendered(): boolean {
    if (!this.listening || !this.config.CONTENT_IN_MEMORY) return false;
    if (this.renderedGeneration !== this.generation) {
      this.rendered.clear();
      this.renderedSize = 0;
      this.renderedGeneration = this.generation;
    }
    return true;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    void this.connect();
  }

  private changed(): void {
    this.generation += 1;
    for (const subscriber of this.subscribers) subscriber.changed();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.client = client;
    client.on('notification', () => this.changed());
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CONTENT_CHANGED_CHANNEL}`);
      if (this.client !== client) return;
      if (this.pauseLogged) this.logger.log('Listening for content changes again');
      this.pauseLogged = false;
      this.generation += 1;
      this.listening = true;
      for (const subscriber of this.subscribers) subscriber.listening();
    } catch (error) {
      if (!this.pauseLogged && !this.stopped) {
        this.logger.warn(
          `Nothing answered from memory, cannot listen for content changes: ${(error as Error).message}`,
        );
        this.pauseLogged = true;
      }
      this.drop(client);
    }
  }

  private drop(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.generation += 1;
    this.listening = false;
    for (const subscriber of this.subscribers) subscriber.lost();
    void client.end().catch(() => undefined);
    if (!this.stopped) this.retry = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
  }
}
