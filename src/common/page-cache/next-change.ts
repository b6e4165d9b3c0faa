import type { DataSource } from 'typeorm';

/**
 * The next moment at which a public page changes without a write: a process or prioritisation
 * round opens or closes, a scheduled article appears, an event starts or ends, registration opens
 * or closes, an unconfirmed seat hold runs out.
 */
const NEXT_CHANGE = `
  SELECT min(t) AS "next" FROM (
    SELECT "starts_at" AS t FROM "participation_process"
    UNION ALL SELECT "ends_at" FROM "participation_process"
    UNION ALL SELECT "opens_at" FROM "prioritisation_round"
    UNION ALL SELECT "closes_at" FROM "prioritisation_round"
    UNION ALL SELECT "publish_at" FROM "article"
    UNION ALL SELECT "starts_at" FROM "event"
    UNION ALL SELECT "ends_at" FROM "event"
    UNION ALL SELECT "registration_opens_at" FROM "event"
    UNION ALL SELECT "registration_closes_at" FROM "event"
    UNION ALL SELECT "hold_expires_at" FROM "registration"
  ) AS times WHERE t > now()`;

/** However quiet the data, a cached page is rendered again after this long. */
const LONGEST_LIFETIME_MS = 10 * 60_000;

/** Until when pages rendered now stay true, in epoch milliseconds. */
export async function pagesValidUntil(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ next: Date | null }[]>(NEXT_CHANGE);
  return Math.min(row?.next ? row.next.getTime() : Infinity, Date.now() + LONGEST_LIFETIME_MS);
}
