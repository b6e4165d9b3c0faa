import connectPgSimple from 'connect-pg-simple';
import { csrfSync } from 'csrf-sync';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Pool } from 'pg';

export const SESSION_COOKIE = 'kek.sid';
const EIGHT_HOURS = 8 * 60 * 60 * 1000;

export interface Flash {
  kind: 'success' | 'info' | 'warning' | 'danger';
  message: string;
}

declare module 'express-session' {
  interface SessionData {
    flash?: Flash[];
  }
}

/** Sessions live in PostgreSQL (table "session"), so any number of app instances share them. */
export function sessionMiddleware(pool: Pool, secret: string): RequestHandler {
  const PgStore = connectPgSimple(session);
  return session({
    name: SESSION_COOKIE,
    secret,
    store: new PgStore({ pool, tableName: 'session', createTableIfMissing: false }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: EIGHT_HOURS },
  });
}

/** Paths whose POST is authorised by a signed token instead (one-click unsubscribe from mail clients). */
const TOKEN_AUTHORISED_POSTS = new Set(['/benachrichtigungen/abbestellen']);

const csrf = csrfSync({
  skipCsrfProtection: (request) => TOKEN_AUTHORISED_POSTS.has(request.path),
  getTokenFromRequest: (request) => {
    const body = request.body as Record<string, unknown> | undefined;
    const fromBody = typeof body?._csrf === 'string' ? body._csrf : undefined;
    const fromQuery = typeof request.query._csrf === 'string' ? request.query._csrf : undefined;
    return fromBody ?? fromQuery ?? (request.headers['x-csrf-token'] as string | undefined);
  },
});

/**
 * Every POST needs the session's token. Pages get a function that issues it, called by the
 * `csrfToken` view helper only where a form is rendered: a visitor who only reads gets no session.
 */
export function csrfProtection(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    response.locals.issueCsrfToken = () => csrf.generateToken(request);
    csrf.csrfSynchronisedProtection(request, response, next);
  };
}

export function addFlash(request: Request, flash: Flash): void {
  request.session.flash = [...(request.session.flash ?? []), flash];
}

/** Messages set before a redirect, shown once on the next page. */
export function flashMessages(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const flash = request.session?.flash;
    if (flash?.length) {
      response.locals.flash = flash;
      delete request.session.flash;
    }
    next();
  };
}

/**
 * express-session sends a response's headers before it has stored the session, so a browser can
 * follow a redirect and read the old session (and miss a flash message). Save first, then redirect.
 */
export function saveSessionBeforeRedirect(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const redirect = response.redirect.bind(response) as (...args: unknown[]) => void;
    response.redirect = (...args: unknown[]) => {
      if (!request.session) return redirect(...args);
      request.session.save(() => redirect(...args));
    };
    next();
  };
}
