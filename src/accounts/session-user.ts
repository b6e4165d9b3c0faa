import type { Request } from 'express';
import type session from 'express-session';
import type { Pool } from 'pg';
import type { Role, SessionUser } from '../common/auth/roles.js';
import { preparedQuery } from '../database/prepared-query.js';

/**
 * The session and its signed-in user in one query (as fresh as a separate lookup: a locked,
 * unconfirmed or deleted account or a removed role counts from the next request on, on every
 * instance). The same conditions as `AccountsService.findSessionUser`.
 */
const SESSION_WITH_USER = `SELECT s.sess, u.id, u.email, u.display_name, u.roles
  FROM session s
  LEFT JOIN app_user u ON u.id = (s.sess #>> '{passport,user}')::uuid
    AND u.email_confirmed_at IS NOT NULL AND u.locked_at IS NULL
  WHERE s.sid = $1 AND s.expire >= to_timestamp($2)`;

interface SessionRow {
  sess: string | session.SessionData;
  id: string | null;
  email: string | null;
  display_name: string | null;
  roles: Role[] | null;
}

/** The user read with a session, for the passport user id the session held when it was read. */
interface LoadedUser {
  userId: string | undefined;
  user: SessionUser | null;
}

const loadedWithData = new WeakMap<object, LoadedUser>();
const loadedForRequest = new WeakMap<Request, LoadedUser>();

/**
 * Makes the store read a session together with its user. express-session hands the data that
 * `get` returned to `createSession` with the request, which is where the user moves to the request.
 */
export function readUsersWithSessions(store: session.Store, pool: Pool): void {
  store.get = (sessionId, callback) => {
    preparedQuery<SessionRow>(pool, 'session-with-user', SESSION_WITH_USER, [
      sessionId,
      Date.now() / 1000,
    ]).then(
      ([row]) => {
        if (!row) return callback(null, null);
        const data = (
          typeof row.sess === 'string' ? JSON.parse(row.sess) : row.sess
        ) as session.SessionData & { passport?: { user?: string } };
        loadedWithData.set(data, {
          userId: data.passport?.user,
          user:
            row.id && row.email && row.display_name && row.roles
              ? { id: row.id, email: row.email, displayName: row.display_name, roles: row.roles }
              : null,
        });
        callback(null, data);
      },
      (error: unknown) => callback(error),
    );
  };
  const createSession = store.createSession.bind(store);
  store.createSession = (request, data) => {
    const loaded = loadedWithData.get(data);
    if (loaded) loadedForRequest.set(request, loaded);
    return createSession(request, data);
  };
}

/**
 * The user read with this request's session: a user, null when the account may not be signed in,
 * undefined when it was not read with the session (then it is looked up on its own).
 */
export function userReadWithSession(
  request: Request,
  userId: string,
): SessionUser | null | undefined {
  const loaded = loadedForRequest.get(request);
  return loaded?.userId === userId ? loaded.user : undefined;
}
