import { Injectable } from '@nestjs/common';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';

interface LoginAttempt {
  /** The normalised e-mail address the attempt is for. */
  account: string;
  ip: string;
}

/**
 * Login limits after OWASP's pattern: failed attempts count, successful ones do not. The strict
 * counter per (account, IP) is cleared by a success, so one attacking IP is stopped long before
 * the looser per-account counter could lock the owner out; the per-IP counter stops one IP from
 * guessing across many accounts.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly limits: RateLimitService) {}

  /**
   * Counts the attempt as failed before the password is checked (so parallel guesses cannot slip
   * past the limit); throws TooManyRequestsError once a limit is reached. The strict counter
   * comes before the per-account one, so an IP it stops no longer counts against the owner.
   */
  async begin({ account, ip }: LoginAttempt): Promise<void> {
    await this.limits.consume('failed-login:ip', ip);
    await this.limits.consume('failed-login:account-ip', pairKey(account, ip));
    await this.limits.consume('failed-login:account', account);
  }

  /** The password was right: the attempt is taken back and the strict counter starts afresh. */
  async succeeded({ account, ip }: LoginAttempt): Promise<void> {
    await this.limits.refund('failed-login:ip', ip);
    await this.limits.reset('failed-login:account-ip', pairKey(account, ip));
    await this.limits.refund('failed-login:account', account);
  }
}

function pairKey(account: string, ip: string): string {
  return `${account} ${ip}`;
}
