// Socket errors of the connection to PostgreSQL, and PostgreSQL's own codes for a server that is
// shutting down or starting (57P01–57P03), connection failures (class 08) and no free connections.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const SERVER_CODES = /^(57P0[123]|08...|53300)$/;
// node-postgres and its pool report a lost or impossible connection only in words; TypeORM
// releases a transaction's connection when it broke, and its next query then finds it released
// (TypeORM 1 says so as QueryRunnerProviderAlreadyReleasedError).
const CONNECTION_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end|Query runner already released|query runner was already released/i;

/**
 * True when the error means PostgreSQL could not be reached or went away (not that a query was
 * wrong): the request may succeed once the database is back. Looks through TypeORM's wrapper
 * (driverError), causes and aggregated errors.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (NETWORK_CODES.has(code) || SERVER_CODES.test(code)) return true;
  if (typeof candidate.message === 'string' && CONNECTION_MESSAGES.test(candidate.message)) {
    return true;
  }
  const nested = [
    candidate.driverError,
    candidate.cause,
    ...(Array.isArray(candidate.errors) ? (candidate.errors as unknown[]) : []),
  ];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
