import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { AsSeeder, type SeedContext, type Seeder } from '../../database/seeder.js';
import { User } from '../entities/user.entity.js';
import { PasswordService } from '../password.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

const DEMO_EMAILS = DEMO_ACCOUNTS.map((account) => account.email);

/**
 * Adds the demo accounts that are missing when demo data is allowed. Where it is not (production,
 * an external database), demo accounts left over from a demo database are locked: their password
 * is published in the README.
 */
@AsSeeder({ order: 30 })
@Injectable()
export class DemoAccountsSeeder implements Seeder {
  constructor(
    private readonly passwords: PasswordService,
    private readonly config: AppConfig,
  ) {}

  async seed({ manager, demo, log }: SeedContext): Promise<void> {
    if (!this.config.allowsDemoData) {
      const locked = await manager.update(
        User,
        { email: In(DEMO_EMAILS), lockedAt: IsNull() },
        { lockedAt: new Date() },
      );
      if (locked.affected) log(`Locked ${locked.affected} demo account(s): no demo accounts here.`);
      return;
    }
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
