import { createHash } from 'node:crypto';
import type { OutgoingHttpHeader } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Headers that belong to one response, not to the page: never stored. Node adds Date and
 * Connection to every answer, the request id is made per request, and the body's length,
 * encoding and ETag are set for the variant sent. Everything else is replayed, the security
 * headers too: the Content-Security-Policy has no per-request nonce (helmet.ts); one with a nonce
 * would hand the same nonce to every reader and must not be stored.
 */
const PER_RESPONSE_HEADERS = new Set([
  'set-cookie',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'content-encoding',
  'etag',
  'x-request-id',
  'x-page-cache',
]);
/** A 304 describes the page the browser has; it carries no body, so no body headers. */
const BODY_HEADERS = new Set(['content-type']);

export type Encoding = 'br' | 'gzip' | 'identity';

/** A header list flat as `writeHead` takes it: name, value, name, value, … */
export type HeaderList = OutgoingHttpHeader[];

/**
 * A rendered public page with its compressed variants, kept in memory until `expiresAt`, and the
 * complete header list of each answer worked out once when it is stored.
 */
export interface CachedPage {
  etag: string;
  variants: Record<Encoding, Buffer>;
  heads: Record<Encoding | 'notModified', HeaderList>;
  expiresAt: number;
}

/** `headers` are those of the rendered answer, as `[name, value]` pairs. */
export async function cachedPage(
  headers: [string, OutgoingHttpHeader][],
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
  const etag = pageEtag(body);
  const page = headers.filter(([name]) => !PER_RESPONSE_HEADERS.has(name.toLowerCase()));
  const validator: HeaderList = ['ETag', etag, 'X-Page-Cache', 'hit'];
  const withBody = (variant: Buffer, encoding?: Encoding): HeaderList => [
    ...page.flat(),
    ...validator,
    ...(encoding ? ['Content-Encoding', encoding] : []),
    'Content-Length',
    variant.length,
  ];
  return {
    etag,
    variants: { identity: body, gzip, br },
    heads: {
      identity: withBody(body),
      gzip: withBody(gzip, 'gzip'),
      br: withBody(br, 'br'),
      notModified: [
        ...page.filter(([name]) => !BODY_HEADERS.has(name.toLowerCase())).flat(),
        ...validator,
      ],
    },
    expiresAt,
  };
}

/** The app's ETag for every body it sends (set as Express's `etag` function), so hits and misses agree. */
export function pageEtag(body: Buffer | string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

export function sizeOf(page: CachedPage): number {
  const { identity, gzip, br } = page.variants;
  return identity.length + gzip.length + br.length + 2048;
}
