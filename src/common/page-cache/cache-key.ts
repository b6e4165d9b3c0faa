import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE } from '../session/web-session.js';

/**
 * Query parameters that select what a public page shows. A query with any other parameter, a
 * repeated one or a value of another shape is not cached (the page is still served, just rendered),
 * so made-up query strings cannot fill the cache. Free text (the search's `q`) is never cached.
 */
const PAGE_PARAMETERS = new Set([
  'seite',
  'sortierung',
  'stand',
  'diskussion',
  'verfahren',
  'art',
  'jahr',
  'format',
]);
const PARAMETER_VALUE = /^[a-z0-9-]{1,40}$/;

/** What the key is made of; the raw Node request, as the server hands it over before Express. */
export type KeyedRequest = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;

/** The cache key of an anonymous GET/HEAD, or null when the request must reach the app. */
export function cacheKey(request: KeyedRequest): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  if (hasSessionCookie(request.headers.cookie)) return null;
  const url = request.url ?? '/';
  const questionMark = url.indexOf('?');
  if (questionMark === -1) return url;
  const parameters = new URLSearchParams(url.slice(questionMark + 1));
  const pairs: string[] = [];
  for (const [name, value] of parameters) {
    if (!PAGE_PARAMETERS.has(name) || !PARAMETER_VALUE.test(value)) return null;
    pairs.push(`${name}=${value}`);
  }
  if (new Set(parameters.keys()).size !== pairs.length) return null;
  pairs.sort();
  return pairs.length
    ? `${url.slice(0, questionMark)}?${pairs.join('&')}`
    : url.slice(0, questionMark);
}

function hasSessionCookie(cookies: string | undefined): boolean {
  return (
    !!cookies && cookies.split(';').some((cookie) => cookie.trim().startsWith(`${SESSION_COOKIE}=`))
  );
}
