/**
 * How an e-mail address is stored, compared and counted (uniqueness, login, rate limits): trimmed,
 * NFKC-normalised (full-width and composed/decomposed forms become one) and lower-case as a whole.
 */
export function normaliseEmailAddress(address: string): string {
  return address.trim().normalize('NFKC').toLowerCase();
}
