import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import onHeaders from 'on-headers';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { type CachedPage, cachedPage, sizeOf } from './cached-page.js';
import { cacheKey } from './cache-key.js';
import { ContentChanges } from './content-changes.js';
import { pagesValidUntil } from './next-change.js';

/** Lets a shared proxy or CDN keep a public page briefly; browsers revalidate with the ETag. */
const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=30';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const CACHEABLE_TYPE = /^(text\/html|application\/rss\+xml)\b/;

/** Marks a response as personal to its reader (it carries a form token, say): never cached. */
export function keepOutOfPageCache(response: Response): void {
  response.locals.uncacheable = true;
}

/**
 * Rendered public pages for readers without a session, answered from memory before routing:
 * no router, database or view engine on a hit. Gzip and brotli variants, a weak ETag and 304s.
 *
 * Correct across instances: every write that changes a public page makes PostgreSQL notify all
 * instances (database triggers, see the PageCacheNotifications migration), and each drops its
 * pages. A page rendered while a change arrived is not stored (generation check). Pages expire
 * at the next time-driven change (see next-change.ts). Without a listening connection nothing is
 * answered from or stored in the cache.
 */
@Injectable()
export class PageCache {
  private readonly logger = new Logger(PageCache.name);
  private readonly pages: LRUCache<string, CachedPage> | null;
  private generation = 0;
  private listening = false;
  /** Until when pages rendered in `validGeneration` stay true; 0 while it is being worked out. */
  private validUntil = 0;
  private validGeneration = -1;

  constructor(
    config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly changes: ContentChanges,
  ) {
    const maxSize = config.LIVE_RELOAD ? 0 : config.PAGE_CACHE_MB * 1024 * 1024;
    this.pages =
      maxSize > 0 ? new LRUCache<string, CachedPage>({ maxSize, sizeCalculation: sizeOf }) : null;
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

  middleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      if (!SAFE_METHODS.has(request.method)) {
        // The notification of this request's write may come after its redirect is followed here.
        onHeaders(response, () => this.changes.changedHere());
        return next();
      }
      const key = this.pages && this.listening ? cacheKey(request) : null;
      if (key === null) return next();
      const page = this.pages?.get(key);
      if (page && page.expiresAt > Date.now()) return this.answer(request, response, page);
      this.storeWhenRendered(key, response, new Set(response.getHeaderNames()));
      next();
    };
  }

  private answer(request: Request, response: Response, page: CachedPage): void {
    for (const [name, value] of page.headers) response.setHeader(name, value);
    response.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL);
    response.setHeader('Vary', 'Accept-Encoding, Cookie');
    response.setHeader('ETag', page.etag);
    response.setHeader('X-Page-Cache', 'hit');
    if (request.fresh) {
      response.status(304).end();
      return;
    }
    const encoding = request.acceptsEncodings('br', 'gzip', 'identity') || 'identity';
    const body = page.variants[encoding as keyof CachedPage['variants']];
    if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', body.length);
    response.status(200).end(request.method === 'HEAD' ? undefined : body);
  }

  /** Wraps `end` to keep the page when it is public: 200, HTML or feed, no cookie, no form token. */
  private storeWhenRendered(key: string, response: Response, setBefore: Set<string>): void {
    const generation = this.generation;
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
        void this.store(key, response, Buffer.from(chunk), generation, setBefore);
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
    generation: number,
    setBefore: Set<string>,
  ): Promise<void> {
    try {
      const validUntil = await this.validUntilFor(generation);
      const headers = Object.entries(response.getHeaders()).filter(
        ([name]) => !setBefore.has(name),
      );
      const page = await cachedPage(headers, body, validUntil);
      if (generation === this.generation && this.listening) this.pages?.set(key, page);
    } catch (error) {
      this.logger.warn(`Page not cached: ${(error as Error).message}`);
    }
  }

  private async validUntilFor(generation: number): Promise<number> {
    if (this.validGeneration !== generation || this.validUntil <= Date.now()) {
      const validUntil = await pagesValidUntil(this.dataSource);
      if (generation !== this.generation) return 0;
      this.validUntil = validUntil;
      this.validGeneration = generation;
    }
    return this.validUntil;
  }

  private invalidate(): void {
    this.generation += 1;
    this.pages?.clear();
  }
}
