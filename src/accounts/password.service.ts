import { Injectable } from '@nestjs/common';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { AppConfig } from '../config/app-config.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;

// OWASP's recommended argon2id parameters (19 MiB, 2 iterations, 1 lane).
// Algorithm.Argon2id is an ambient const enum, which isolatedModules cannot read: its value is 2.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
// PASSWORD_HASH_COST=test-minimum (tests only): 256 KiB, 1 iteration. Verifying reads the cost from
// the hash, so hashes of either kind verify under both settings.
const ARGON2_TEST_MINIMUM = { ...ARGON2, memoryCost: 256, timeCost: 1 };

@Injectable()
export class PasswordService {
  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return hash(
      password,
      this.config.PASSWORD_HASH_COST === 'test-minimum' ? ARGON2_TEST_MINIMUM : ARGON2,
    );
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password).catch(() => false);
  }

  /** A German message when the password is not good enough, null when it is. */
  weakness(password: string, personal: string[] = []): string | null {
    if (password.length < PASSWORD_MIN_LENGTH) {
      return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
    }
    if (password.length > PASSWORD_MAX_LENGTH) {
      return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
    }
    const lower = password.toLowerCase();
    if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) {
      return 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.';
    }
    if (personal.some((value) => value.length >= 4 && lower.includes(value.toLowerCase()))) {
      return 'Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihren Anzeigenamen enthalten.';
    }
    return null;
  }
}
