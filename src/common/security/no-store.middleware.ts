import type { NextFunction, Request, Response } from 'express';
import onHeaders from 'on-headers';

const PERSONAL_PLACEHOLDER = 'W/"personal"';

/** A request from a signed-in user, or one carrying a link's token (reset, registration, unsubscribe). */
function isPersonal(request: Request): boolean {
  const carriesToken = (source: unknown) =>
    typeof source === 'object' && source !== null && 'token' in source;
  return Boolean(request.user) || carriesToken(request.query) || carriesToken(request.body);
}

/**
 * Personal pages must stay out of every cache (browser, proxy, the back button on a shared
 * computer): `Cache-Control: no-store`, and no ETag, so no validator of them is kept either.
 * Applied when the headers go out, so a handler's own header cannot loosen it; a stricter one
 * ("private, no-store") stays. Anonymous pages keep their ETag.
 */
export function noStoreForPersonalPages() {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (isPersonal(request)) {
      // Without these Express could still answer 304 to a validator kept from an anonymous visit.
      delete request.headers['if-none-match'];
      delete request.headers['if-modified-since'];
      // Express hashes the whole page for an ETag only when none is set; this one goes below.
      response.setHeader('ETag', PERSONAL_PLACEHOLDER);
      onHeaders(response, function () {
        this.removeHeader('ETag');
        if (!/\bno-store\b/.test(String(this.getHeader('Cache-Control') ?? ''))) {
          this.setHeader('Cache-Control', 'no-store');
        }
      });
    }
    next();
  };
}
