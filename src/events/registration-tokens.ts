import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the secret of a registration's management or confirmation link. */
export function newRegistrationToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Confirmation secrets are stored only as this digest: the link is sent once. */
export function confirmationTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
