import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain.error.js';
import { AccountToken, type TokenPurpose } from './entities/account-token.entity.js';
import type { User } from './entities/user.entity.js';

const LIFETIME_MINUTES: Record<TokenPurpose, number> = {
  confirm_email: 48 * 60,
  reset_password: 60,
};

export class InvalidLinkError extends DomainError {
  constructor(kind: 'unknown' | 'expired' | 'used') {
    const messages = {
      unknown: 'Dieser Link ist ungültig. Bitte prüfen Sie, ob Sie ihn vollständig kopiert haben.',
      expired: 'Dieser Link ist abgelaufen. Bitte fordern Sie einen neuen an.',
      used: 'Dieser Link wurde bereits verwendet. Bitte fordern Sie bei Bedarf einen neuen an.',
    };
    super(`link_${kind}`, kind === 'unknown' ? 404 : 410, messages[kind]);
  }
}

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Single-use, expiring links; the database holds only their hash. */
@Injectable()
export class AccountTokensService {
  async issue(manager: EntityManager, user: User, purpose: TokenPurpose): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await manager.insert(AccountToken, {
      user: { id: user.id },
      purpose,
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + LIFETIME_MINUTES[purpose] * 60_000),
    });
    return token;
  }

  /** Marks the token used and returns it with its user; refuses unknown, expired and used ones. */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
  ): Promise<AccountToken> {
    const found = await this.find(manager, token, purpose, true);
    await manager.update(AccountToken, { id: found.id }, { usedAt: new Date() });
    return found;
  }

  /** Checks a token without using it (e.g. to show the form behind a reset link). */
  check(manager: EntityManager, token: string, purpose: TokenPurpose): Promise<AccountToken> {
    return this.find(manager, token, purpose, false);
  }

  private async find(
    manager: EntityManager,
    token: string,
    purpose: TokenPurpose,
    lock: boolean,
  ): Promise<AccountToken> {
    const found = await manager.findOne(AccountToken, {
      where: { tokenHash: digest(token), purpose },
      relations: { user: true },
      lock: lock ? { mode: 'pessimistic_write', tables: ['account_token'] } : undefined,
    });
    if (!found) throw new InvalidLinkError('unknown');
    if (found.usedAt) throw new InvalidLinkError('used');
    if (found.expiresAt.getTime() < Date.now()) throw new InvalidLinkError('expired');
    return found;
  }
}
