import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { DataSource, In } from 'typeorm';
import { User } from '../../../src/accounts/entities/user.entity.js';
import { PasswordService } from '../../../src/accounts/password.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../src/accounts/seed/demo-accounts.js';
import { createApp } from '../../../src/app.factory.js';
import { createLogger } from '../../../src/common/logging/logger.js';
import { loadConfig } from '../../../src/config/app-config.js';
import { SEEDED_TEMPLATE, createDatabaseFrom } from '../../setup/test-database.js';
import { submitForm } from '../../support/forms.js';

const DEMO_EMAILS = DEMO_ACCOUNTS.map((account) => account.email);

describe('demo data never where real users are', () => {
  let databaseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    databaseUrl = await createDatabaseFrom(SEEDED_TEMPLATE);
    dataDir = mkdtempSync(join(tmpdir(), 'kek-test-demo-'));
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** The app as `npm start` builds it with NODE_ENV=production, even when demo data is asked for. */
  function startInProduction(): Promise<NestExpressApplication> {
    const config = loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    return createApp(config, databaseUrl, createLogger('silent'), { demo: true });
  }

  const demoUsers = (app: NestExpressApplication) =>
    app
      .get(DataSource)
      .getRepository(User)
      .findBy({ email: In(DEMO_EMAILS) });

  it('creates no demo account in production mode on the embedded database', async () => {
    const app = await startInProduction();
    try {
      expect(await demoUsers(app)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('locks demo accounts left over from a demo database, so the published password opens nothing', async () => {
    const first = await startInProduction();
    try {
      const users = first.get(DataSource).getRepository(User);
      await users.insert({
        ...DEMO_ACCOUNTS.find((account) => account.roles.includes('admin'))!,
        passwordHash: await first.get(PasswordService).hash(DEMO_PASSWORD),
        emailConfirmedAt: new Date(),
        termsAcceptedAt: new Date(),
      });
    } finally {
      await first.close();
    }

    const app = await startInProduction();
    try {
      const [admin] = await demoUsers(app);
      expect(admin.lockedAt).not.toBeNull();
      const response = await submitForm(
        supertest.agent(app.getHttpServer()),
        '/konto/anmelden',
        '/konto/anmelden',
        { email: admin.email, password: DEMO_PASSWORD },
      );
      expect(response.status).toBe(422);
      expect(response.text).toContain('Dieses Konto ist gesperrt');
    } finally {
      await app.close();
    }
  });
});
