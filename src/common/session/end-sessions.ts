import type { EntityManager } from 'typeorm';

/**
 * Signs a user out on every device: their sessions are rows of the "session" table. The session
 * `keep` (the request's own, e.g. after a password change) stays.
 */
export async function endSessionsOf(
  manager: EntityManager,
  userId: string,
  keep?: string,
): Promise<void> {
  await manager.query(
    `DELETE FROM session WHERE sess -> 'passport' ->> 'user' = $1 AND sid IS DISTINCT FROM $2`,
    [userId, keep ?? null],
  );
}
