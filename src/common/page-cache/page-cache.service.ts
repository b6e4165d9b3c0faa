import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import onHeaders from 'on-headers';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import type { HitAnswerer } from './answer-hits-first.js';
import { type CachedPage, cachedPage, sizeOf } from './cached-page.js';
import { cacheKey } from './cache-key.js';
import { ContentChanges } from './content-changes.js';
import { sendHit } from './hit-response.js';
import { PageLifetimes, pagesValidUntil } from './next-change.js';

/** Lets a shared proxy or CDN keep a public page briefly; browsers revalidate with the ETag. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=30';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CACHEABLE_TYPE = /^(text\/html|application\/rss\+xml)\b/;
/** Hits write no access-log line; their number is logged at debug level this often. */
const HIT_COUNT_INTERVAL_MS = 60_000;

/** Marks a response as personal to its reader (it carries a form token, say): never cached. */
export function keepOutOfPageCache(response: Response): void {
  response.locals.uncacheable = true;
}

/**
 * Rendered public pages for readers without a session. A hit is answered from memory on the Node
 * server before Express (`answerHit`, see answer-hits-first.ts): no middleware, router, database or
 * view engine, no access-log line. A miss goes through the app, and the middleware stores what it
 * rendered. Gzip and brotli variants, a weak ETag and 304s.
 *
 * Correct across instances: every write that changes a public page makes PostgreSQL notify all
 * instances (database triggers, see the PageCacheNotifications migration), and each drops its
 * pages. A page rendered while a change arrived is not stored (generation check). Pages expire
 * at the next time-driven change (see next-change.ts). Without a listening connection nothing is
 * answered from or stored in the cache.
 */
@Injectable()
export class PageCache implements HitAnswerer, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PageCache.name);
  private readonly pages: LRUCache<string, CachedPage> | null;
  private generation = 0;
  private listening = false;
  private readonly lifetimes: PageLifetimes;
  private hits = 0;
  private hitCount: NodeJS.Timeout | null = null;

  constructor(
    config: AppConfig,
    dataSource: DataSource,
    private readonly changes: ContentChanges,
  ) {
    const maxSize = config.LIVE_RELOAD ? 0 : config.PAGE_CACHE_MB * 1024 * 1024;
    this.pages =
      maxSize > 0 ? new LRUCache<string, CachedPage>({ maxSize, sizeCalculation: sizeOf }) : null;
    this.lifetimes = new PageLifetimes((since) => pagesValidUntil(dataSource, since));
    if (!this.pages) return;
    changes.onChange({
      listening: () => {
        this.listening = true;
        this.invalidate();
      },
      changed: () => this.invalidate(),
      lost: () => {
        this.listening = false;
        this.invalidate();
      },
    });
  }

  onApplicationBootstrap(): void {
    if (!this.pages) return;
    this.hitCount = setInterval(() => this.logHits(), HIT_COUNT_INTERVAL_MS).unref();
  }

  onApplicationShutdown(): void {
    if (this.hitCount) clearInterval(this.hitCount);
  }

  /** Answers a request from memory when its page is stored and still true; false otherwise. */
  answerHit(request: IncomingMessage, response: ServerResponse): boolean {
    const key = this.pages && this.listening ? cacheKey(request) : null;
    if (key === null) return false;
    const page = this.pages?.get(key);
    if (!page || page.expiresAt <= Date.now()) return false;
    this.hits += 1;
    sendHit(request, response, page);
    return true;
  }

  /** Stores the pages Express renders for the requests `answerHit` left to it. */
  middleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      if (!SAFE_METHODS.has(request.method)) {
        // The notification of this request's write may come after its redirect is followed here.
        onHeaders(response, () => this.changes.changedHere());
        return next();
      }
      const key = this.pages && this.listening ? cacheKey(request) : null;
      if (key !== null) this.storeWhenRendered(key, response);
      next();
    };
  }

  /** Wraps `end` to keep the page when it is public: 200, HTML or feed, no cookie, no form token. */
  private storeWhenRendered(key: string, response: Response): void {
    const generation = this.generation;
    const renderedFrom = Date.now();
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.end = ((...args: unknown[]) => {
      const [chunk] = args;
      if (
        response.req.method === 'GET' &&
        this.storable(response, generation) &&
        (typeof chunk === 'string' || Buffer.isBuffer(chunk))
      ) {
        response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
        response.setHeader('Vary', 'Accept-Encoding, Cookie');
        void this.store(key, response, Buffer.from(chunk), { generation, renderedFrom });
      }
      return end(...args);
    }) as Response['end'];
  }

  private storable(response: Response, generation: number): boolean {
    return (
      !response.headersSent &&
      response.statusCode === 200 &&
      generation === this.generation &&
      !response.locals.uncacheable &&
      !response.hasHeader('Set-Cookie') &&
      !/\b(no-store|private)\b/.test(String(response.getHeader('Cache-Control') ?? '')) &&
      CACHEABLE_TYPE.test(String(response.getHeader('Content-Type') ?? ''))
    );
  }

  private async store(
    key: string,
    response: Response,
    body: Buffer,
    { generation, renderedFrom }: { generation: number; renderedFrom: number },
  ): Promise<void> {
    // The headers as the reader of this render gets them, taken while `end` is being called.
    const headers = response
      .getHeaderNames()
      .map((name): [string, OutgoingHttpHeader | undefined] => [name, response.getHeader(name)])
      .filter((entry): entry is [string, OutgoingHttpHeader] => entry[1] !== undefined);
    try {
      const validUntil = await this.lifetimes.until(generation, renderedFrom);
      const page = await cachedPage(headers, body, validUntil);
      if (generation === this.generation && this.listening) this.pages?.set(key, page);
    } catch (error) {
      this.logger.warn(`Page not cached: ${(error as Error).message}`);
    }
  }

  private logHits(): void {
    if (this.hits === 0) return;
    this.logger.debug(`${this.hits} request(s) answered from memory in the last minute`);
    this.hits = 0;
  }

  private invalidate(): void {
    this.generation += 1;
    this.pages?.clear();
  }
}
