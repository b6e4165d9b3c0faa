import { Injectable } from '@nestjs/common';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { User } from '../entities/user.entity.js';
import { PasswordService } from '../password.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/** Adds the demo accounts that are missing, on the embedded demo database only. */
@AsSeeder({ order: 30 })
@Injectable()
export class DemoAccountsSeeder implements Seeder {
  constructor(private readonly passwords: PasswordService) {}

  async seed({ manager, demo }: SeedContext): Promise<void> {
    if (!demo) return;
    const existing = new Set(
      (await manager.find(User, { select: { email: true } })).map((user) => user.email),
    );
    const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
    if (missing.length === 0) return;
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    const now = new Date();
    await manager.insert(
      User,
      missing.map((account) => ({
        ...account,
        passwordHash,
        emailConfirmedAt: now,
        termsAcceptedAt: now,
      })),
    );
  }
}
