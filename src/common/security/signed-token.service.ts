import { createHmac, timingSafeEqual } from 'node:crypto';
import { Global, Injectable, Module } from '@nestjs/common';
import { AppSecrets } from '../../config/app-secrets.js';

/** Tamper-proof tokens for links in mails (e.g. one-click unsubscribe): payload plus HMAC. */
@Injectable()
export class SignedTokenService {
  constructor(private readonly secrets: AppSecrets) {}

  sign(purpose: string, payload: string): string {
    return `${Buffer.from(payload).toString('base64url')}.${this.mac(purpose, payload)}`;
  }

  /** The payload, or null when the token was not made by this portal for this purpose. */
  verify(purpose: string, token: string): string | null {
    const [encoded, mac] = token.split('.');
    if (!encoded || !mac) return null;
    const payload = Buffer.from(encoded, 'base64url').toString();
    const expected = Buffer.from(this.mac(purpose, payload));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
  }

  private mac(purpose: string, payload: string): string {
    return createHmac('sha256', this.secrets.sessionSecret)
      .update(`${purpose}\n${payload}`)
      .digest('base64url');
  }
}

@Global()
@Module({ providers: [SignedTokenService], exports: [SignedTokenService] })
export class SignedTokenModule {}
