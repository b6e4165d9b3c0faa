/** The highest page number a list accepts from `?seite=`; beyond it (or anything else) is page 1. */
const LAST_PAGE = 10_000;

/** A `?seite=` value as a page number: a whole number from 1, else the first page. */
export function pageNumber(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 0 && page < LAST_PAGE ? page : 1;
}
