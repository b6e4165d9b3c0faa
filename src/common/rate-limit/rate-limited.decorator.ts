import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { normaliseEmailAddress } from '../text/email-address.js';
import { RATE_LIMITS, type RateLimitName, RateLimitService } from './rate-limit.service.js';

const RATE_LIMITED = 'kek:rate-limited';
type Action = RateLimitName extends `${infer A}:${string}` ? A : never;

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const action = this.reflector.get<Action>(RATE_LIMITED, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    await this.limits.consume(`${action}:ip` as RateLimitName, request.ip ?? 'unknown');
    // The account is the signed-in user, or the e-mail address a form is about.
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const account =
      request.user?.id ?? (typeof email === 'string' ? normaliseEmailAddress(email) : '');
    const perAccount = `${action}:account`;
    if (perAccount in RATE_LIMITS && account) {
      await this.limits.consume(perAccount as RateLimitName, account);
    }
    return true;
  }
}

/** Counts the request against the action's limits per IP and, where defined, per account. */
export function RateLimited(action: Action) {
  return applyDecorators(SetMetadata(RATE_LIMITED, action), UseGuards(RateLimitGuard));
}
