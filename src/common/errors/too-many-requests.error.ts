import { DomainError } from './domain.error.js';

function waitText(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.ceil(seconds))} Sekunden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'eine Minute' : `${minutes} Minuten`;
}

export class TooManyRequestsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'too_many_requests',
      429,
      `Zu viele Versuche in kurzer Zeit. Bitte warten Sie ${waitText(retryAfterSeconds)} und versuchen Sie es dann erneut.`,
    );
  }
}
