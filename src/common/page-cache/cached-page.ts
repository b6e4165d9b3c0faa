import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Headers that belong to one response, not to the page: never stored, set anew on every answer.
 * (Those set before the cache's middleware, such as the security headers, are not stored either.)
 */
const PER_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'date',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'connection',
  'keep-alive',
  'transfer-encoding',
]);

/** A rendered public page with its compressed variants, kept in memory until `expiresAt`. */
export interface CachedPage {
  headers: [string, string | number | string[]][];
  etag: string;
  variants: { identity: Buffer; gzip: Buffer; br: Buffer };
  expiresAt: number;
}

export async function cachedPage(
  headers: [string, OutgoingHttpHeaders[string]][],
  body: Buffer,
  expiresAt: number,
): Promise<CachedPage> {
  const [br, gzip] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipped(body, { level: 6 }),
  ]);
  return {
    headers: headers.filter(
      (entry): entry is [string, string | number | string[]] =>
        entry[1] !== undefined && !PER_RESPONSE_HEADERS.has(entry[0]),
    ),
    etag: pageEtag(body),
    variants: { identity: body, gzip, br },
    expiresAt,
  };
}

/** The app's ETag for every body it sends (set as Express's `etag` function), so hits and misses agree. */
export function pageEtag(body: Buffer | string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

export function sizeOf(page: CachedPage): number {
  const { identity, gzip, br } = page.variants;
  return identity.length + gzip.length + br.length + 512;
}
