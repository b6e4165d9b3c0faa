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

/**
 * Remembers the last answer: as the data stood in `generation`, no time-driven change lies after
 * `since` and before `until`. One query then serves every page rendered in that span; a page whose
 * rendering began outside it (before it, or once its change has come) asks anew.
 */
export class PageLifetimes {
  private known = { generation: -1, since: 0, until: 0 };

  constructor(private readonly nextChangeAfter: (since: number) => Promise<number>) {}

  async until(generation: number, since: number): Promise<number> {
    const known = this.known;
    if (known.generation === generation && known.since <= since && since < known.until) {
      return known.until;
    }
    const until = await this.nextChangeAfter(since);
    if (this.known.generation !== generation || since >= this.known.since) {
      this.known = { generation, since, until };
    }
    return until;
  }
}
