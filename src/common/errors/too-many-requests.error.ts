import { DomainError } from './domain.error.js';

function waitText(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.ceil(seconds))} Sekunden`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'eine Minute' : `${minutes} Minuten`;
}

export type WaitWording = (wait: string) => string;

export const formalWaitWording: WaitWording = (wait) =>
  `Zu viele Versuche in kurzer Zeit. Bitte warten Sie ${wait} und versuchen Sie es dann erneut.`;

/** A refusal for going too fast; a form shows it at `field` (its whole, by default). */
export class TooManyRequestsError extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    wording: WaitWording = formalWaitWording,
    readonly field = 'form',
  ) {
    super('too_many_requests', 429, wording(waitText(retryAfterSeconds)));
  }
}
