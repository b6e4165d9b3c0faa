/** Ids are PostgreSQL `integer` columns: 1 … 2^31 − 1. */
const MAX_DATABASE_ID = 2_147_483_647;

/** A decimal id as typed in a URL or form ("12"), or null for anything else ("1e3", "-1", "2147483648"). */
export function parseDatabaseId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_DATABASE_ID ? id : null;
}
