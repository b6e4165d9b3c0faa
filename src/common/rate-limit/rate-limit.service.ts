import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type RateLimiterAbstract,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { TooManyRequestsError } from '../errors/too-many-requests.error.js';
import { poolOf } from '../../database/prepared-query.js';

interface Limit {
  points: number;
  durationSeconds: number;
}

/** The limits of every rate-limited action, per IP address and per account (e-mail address). */
export const RATE_LIMITS = {
  // Failed logins only (see LoginThrottle): strict per account and IP, looser per account and per IP.
  'failed-login:account-ip': { points: 10, durationSeconds: 15 * 60 },
  'failed-login:account': { points: 30, durationSeconds: 60 * 60 },
  'failed-login:ip': { points: 100, durationSeconds: 60 * 60 },
  'signup:ip': { points: 10, durationSeconds: 60 * 60 },
  'signup:account': { points: 3, durationSeconds: 60 * 60 },
  'reset:ip': { points: 10, durationSeconds: 60 * 60 },
  'reset:account': { points: 3, durationSeconds: 60 * 60 },
  'resend:ip': { points: 10, durationSeconds: 60 * 60 },
  'comment:ip': { points: 60, durationSeconds: 10 * 60 },
  'comment:account': { points: 10, durationSeconds: 10 * 60 },
  'resend:account': { points: 3, durationSeconds: 60 * 60 },
  // Confirming an address checks the sign-up password: as many tries as failed logins per IP.
  'confirm:ip': { points: 100, durationSeconds: 60 * 60 },

  // Event registration: each one holds a seat for a while and sends a mail to the address given.
  'registration:ip': { points: 20, durationSeconds: 60 * 60 },
  'registration:account': { points: 5, durationSeconds: 60 * 60 },
} satisfies Record<string, Limit>;
export type RateLimitName = keyof typeof RATE_LIMITS;

/** The counter table's key column holds 255 characters: longer keys (odd input) count by their hash. */
function storageKey(key: string): string {
  const lower = key.toLowerCase();
  return lower.length <= 200 ? lower : createHash('sha256').update(lower).digest('hex');
}

/** Counters live in PostgreSQL (table "rate_limit"), so several instances share them. */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<RateLimitName, RateLimiterAbstract>();

  constructor(private readonly dataSource: DataSource) {}

  /** Counts one attempt; over the limit it throws TooManyRequestsError with the wait time. */
  async consume(name: RateLimitName, key: string): Promise<void> {
    try {
      await this.limiter(name).consume(storageKey(key));
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        throw new TooManyRequestsError(Math.ceil(error.msBeforeNext / 1000));
      }
      throw error;
    }
  }

  /** Takes back one counted attempt (e.g. one that turned out to be a successful login). */
  async refund(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name).reward(storageKey(key));
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiter(name).delete(storageKey(key));
  }

  private limiter(name: RateLimitName): RateLimiterAbstract {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const { points, durationSeconds } = RATE_LIMITS[name];
      limiter = new RateLimiterPostgres({
        storeClient: poolOf(this.dataSource),
        storeType: 'pool',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: true,
        keyPrefix: name,
        points,
        duration: durationSeconds,
      });
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}
