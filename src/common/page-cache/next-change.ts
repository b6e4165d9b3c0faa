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
  ) AS times WHERE t > $1`;

/** However quiet the data, a cached page is rendered again after this long. */
const LONGEST_LIFETIME_MS = 10 * 60_000;

/**
 * Until when pages whose rendering began at `since` stay true, in epoch milliseconds. Counted from
 * the start of rendering, not from now: a page that read the data just before a change and is
 * stored just after it must expire at that change, not at the one after.
 */
export async function pagesValidUntil(dataSource: DataSource, since: number): Promise<number> {
  const [row] = await dataSource.query<{ next: Date | null }[]>(NEXT_CHANGE, [new Date(since)]);
  return Math.min(row?.next ? row.next.getTime() : Infinity, since + LONGEST_LIFETIME_MS);
}
