import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { doubleCsrf } from 'csrf-csrf';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppConfig } from '../../config/app-config.js';
import { AppSecrets } from '../../config/app-secrets.js';
import { keepOutOfPageCache } from '../page-cache/page-cache.service.js';

/** Paths whose POST is authorised by a signed token instead (one-click unsubscribe from mail clients). */
const TOKEN_AUTHORISED_POSTS = new Set(['/benachrichtigungen/abbestellen']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isMultipart(request: Request): boolean {
  return /^multipart\//i.test(request.headers['content-type'] ?? '');
}

/**
 * CSRF protection without a session for visitors who only read: a signed double-submit cookie
 * (csrf-csrf). The token is an HMAC, keyed from the session secret so that every instance agrees,
 * over a random value kept in an HttpOnly cookie and, once the user is signed in, over the session
 * id: a signed-in user's token is bound to the session. A form posts the token in its body
 * (field `_csrf`).
 *
 * Multipart bodies are read only by the upload interceptor on the route, so for them the check
 * runs there (see multipart-csrf.ts); a multipart POST to any other route is refused.
 */
@Injectable()
export class CsrfProtection {
  private readonly csrf: ReturnType<typeof doubleCsrf>;
  private readonly secure: boolean;

  constructor(secrets: AppSecrets, config: AppConfig) {
    const key = createHmac('sha256', secrets.sessionSecret).update('csrf-token').digest('hex');
    this.secure = config.publicBaseUrl.startsWith('https:');
    this.csrf = doubleCsrf({
      getSecret: () => key,
      getSessionIdentifier: (request) => (request.user ? request.sessionID : ''),
      // __Host- keeps sibling subdomains from planting the cookie (needs HTTPS).
      cookieName: this.secure ? '__Host-kek.csrf' : 'kek.csrf',
      cookieOptions: { sameSite: 'lax', secure: this.secure, httpOnly: true, path: '/' },
      getCsrfTokenFromRequest: (request) => {
        const body = request.body as Record<string, unknown> | undefined;
        return typeof body?._csrf === 'string' ? body._csrf : undefined;
      },
      skipCsrfProtection: (request) => !this.requiresCheck(request) || isMultipart(request),
    });
  }

  get invalidTokenError(): Error {
    return this.csrf.invalidCsrfTokenError;
  }

  /** State-changing requests need a token, except those a signed token in the link authorises. */
  requiresCheck(request: Request): boolean {
    return !SAFE_METHODS.has(request.method) && !TOKEN_AUTHORISED_POSTS.has(request.path);
  }

  isValid(request: Request): boolean {
    return this.csrf.validateRequest(request);
  }

  /**
   * Checks every POST with a parsed body; gives pages a function that issues the token, called by
   * the `csrfToken` view helper only where a form is rendered (it sets the cookie once).
   */
  middleware(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      let token: string | undefined;
      response.locals.issueCsrfToken = () => {
        keepOutOfPageCache(response);
        return (token ??= this.csrf.generateCsrfToken(request, response, {
          cookieOptions: { secure: this.secure || request.secure },
        }));
      };
      this.csrf.doubleCsrfProtection(request, response, next);
    };
  }
}
