import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestIdOf } from '../logging/logger.js';
import type { CachedPage, Encoding } from './cached-page.js';

/**
 * Sends a cached page with one `writeHead` of its precomputed headers and one `end`: 304 when the
 * browser has it (If-None-Match), else the variant its Accept-Encoding allows, no body for HEAD.
 */
export function sendHit(
  request: IncomingMessage,
  response: ServerResponse,
  page: CachedPage,
): void {
  const requestId = requestIdOf(request);
  if (hasPage(request, page.etag)) {
    response.writeHead(304, [...page.heads.notModified, 'X-Request-Id', requestId]).end();
    return;
  }
  const encoding = chosenEncoding(request.headers['accept-encoding']);
  response.writeHead(200, [...page.heads[encoding], 'X-Request-Id', requestId]);
  if (request.method === 'HEAD') response.end();
  else response.end(page.variants[encoding]);
}

/**
 * Whether the browser's copy is this page, as Express's `fresh` decides it for an ETag: a
 * matching If-None-Match (weak comparison, or `*`), unless the request asks not to use a cache.
 */
function hasPage(request: IncomingMessage, etag: string): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (!noneMatch) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/.test(request.headers['cache-control'] ?? '')) return false;
  if (noneMatch.trim() === '*') return true;
  const opaque = weakless(etag);
  return noneMatch.split(',').some((tag) => weakless(tag.trim()) === opaque);
}

function weakless(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}

/**
 * The smallest variant the browser accepts: `br`, then `gzip` (named, or covered by `*`, with a
 * quality above 0), else the plain page — also when that is refused, as nothing else is left.
 */
export function chosenEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const q = /;\s*q\s*=\s*([\d.]+)/i.exec(part)?.[1];
    quality.set(part.split(';', 1)[0].trim().toLowerCase(), q === undefined ? 1 : Number(q));
  }
  const accepts = (coding: string) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}
