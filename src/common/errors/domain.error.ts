/**
 * A feature's own failure, with a stable code, the HTTP status it maps to and a German message
 * that can be shown to the user as it is.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
