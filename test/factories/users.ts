import { DataSource } from 'typeorm';
import { User } from '../../src/accounts/entities/user.entity.js';
import { PasswordService } from '../../src/accounts/password.service.js';
import type { Role } from '../../src/common/auth/roles.js';
import type { TestApp } from '../support/test-app.js';

export const TEST_PASSWORD = 'Sieben-Seen-im-Herbst';
let counter = 0;

/** A confirmed account with the given roles; the password is TEST_PASSWORD. */
export async function createUser(
  test: TestApp,
  options: { roles?: Role[]; email?: string; displayName?: string; confirmed?: boolean } = {},
): Promise<User> {
  counter += 1;
  const passwords = test.app.get(PasswordService);
  const repository = test.app.get(DataSource).getRepository(User);
  return repository.save(
    repository.create({
      email: options.email ?? `nutzer${counter}-${Date.now()}@beispiel.de`,
      displayName: options.displayName ?? `Nutzer ${counter}`,
      passwordHash: await passwords.hash(TEST_PASSWORD),
      roles: options.roles ?? ['citizen'],
      emailConfirmedAt: options.confirmed === false ? null : new Date(),
      termsAcceptedAt: new Date(),
    }),
  );
}
