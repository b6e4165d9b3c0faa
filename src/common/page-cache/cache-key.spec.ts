import { type KeyedRequest, cacheKey } from './cache-key.js';

const request = (
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): KeyedRequest => ({
  method,
  url,
  headers,
});

describe('page cache key', () => {
  it('keys a page by its path and the parameters that choose what it shows, sorted', () => {
    expect(cacheKey(request('/kek'))).toBe('/kek');
    expect(cacheKey(request('/presse?seite=2&art=pressemitteilung'))).toBe(
      '/presse?art=pressemitteilung&seite=2',
    );
    expect(cacheKey(request('/presse?'))).toBe('/presse');
    expect(cacheKey(request('/', {}, 'HEAD'))).toBe('/');
  });

  it('leaves everything else to the app: made-up or repeated parameters, free text, odd values', () => {
    for (const url of [
      '/?utm_source=zeitung',
      '/presse?seite=1&seite=2',
      '/suche?q=Breitband',
      '/presse?seite=%3Cscript%3E',
      `/presse?seite=${'1'.repeat(41)}`,
      '/konto/bestaetigen?token=abc',
    ]) {
      expect([url, cacheKey(request(url))]).toEqual([url, null]);
    }
  });

  it('leaves requests with a session cookie and other methods to the app', () => {
    expect(cacheKey(request('/', { cookie: 'kek.csrf=x; kek.sid=s%3Aabc' }))).toBeNull();
    expect(cacheKey(request('/', { cookie: 'kek.csrf=x' }))).toBe('/');
    expect(cacheKey(request('/', {}, 'POST'))).toBeNull();
  });
});
