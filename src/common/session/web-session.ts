import connectPgSimple from 'connect-pg-simple';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { LRUCache } from 'lru-cache';
import type { Pool } from 'pg';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { readUsersWithSessions } from '../../accounts/session-user.js';

export const SESSION_COOKIE = 'kek.sid';
const EIGHT_HOURS = 8 * 60 * 60 * 1000;
/** A session's stored expiry moves on in steps this long, not with a write on every request. */
const TOUCH_STEP = 5 * 60 * 1000;

export interface Flash {
  kind: 'success' | 'info' | 'warning' | 'danger';
  message: string;
}

declare module 'express-session' {
  interface SessionData {
    flash?: Flash[];
  }
}

/**
 * The session store's life: it prunes expired sessions on a timer, which must stop before the
 * database pool closes (module destroy runs before the pools' application shutdown).
 */
@Injectable()
export class SessionStore implements OnModuleDestroy {
  private store: { close(): void } | null = null;

  /**
   * Sessions live in PostgreSQL (table "session"), so any number of app instances share them;
   * a session is read with its user in one query.
   */
  middleware(pool: Pool, secret: string): RequestHandler {
    const PgStore = connectPgSimple(session);
    const store = new PgStore({ pool, tableName: 'session', createTableIfMissing: false });
    this.store = store;
    readUsersWithSessions(store, pool);
    touchInSteps(store);
    return sessionMiddleware(store, secret);
  }

  onModuleDestroy(): void {
    this.store?.close();
  }
}

/**
 * The cookie rolls on every response, the stored expiry at most once per step and instance: a
 * session may end up to a step before eight hours of inactivity, and a request costs no write.
 */
function touchInSteps(store: session.Store): void {
  const touchedAt = new LRUCache<string, number>({ max: 10_000 });
  const touch = store.touch?.bind(store);
  if (!touch) return;
  store.touch = (sessionId, data, callback) => {
    const last = touchedAt.get(sessionId);
    if (last !== undefined && Date.now() - last < TOUCH_STEP) return callback?.();
    touchedAt.set(sessionId, Date.now());
    touch(sessionId, data, callback);
  };
}

function sessionMiddleware(store: session.Store, secret: string): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: EIGHT_HOURS },
  });
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
      if (!holdsData(request.session)) return redirect(...args);
      request.session.save(() => redirect(...args));
    };
    next();
  };
}

/** An anonymous visitor's empty session is never stored (only flash messages or a login are). */
function holdsData(session: Request['session'] | undefined): boolean {
  return !!session && Object.keys(session).some((key) => key !== 'cookie');
}
