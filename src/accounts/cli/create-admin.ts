import 'reflect-metadata';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../app.module.js';
import { loadConfig } from '../../config/app-config.js';
import { startEmbeddedPostgres } from '../../database/embedded-postgres.launcher.js';
import { AccountsService } from '../accounts.service.js';

/**
 * Creates the first admin, or gives an existing account the admin role:
 *   npm run admin:create -- --email anna@kreis.example [--password …] [--name "Anna Beispiel"]
 * Without --password it asks for one. Uses DATABASE_URL, or the embedded database in DATA_DIR.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
  });
  if (!values.email)
    throw new Error('Usage: npm run admin:create -- --email <address> [--password <password>]');
  const password = values.password ?? (await ask('Passwort (mindestens 10 Zeichen): '));
  const config = loadConfig();
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        directory: join(config.DATA_DIR, 'postgres'),
        database: 'kek',
      });
  const context = await NestFactory.createApplicationContext(
    AppModule.register(config, config.DATABASE_URL ?? embedded!.url),
    { logger: ['error'], abortOnError: false },
  );
  try {
    const result = await context
      .get(AccountsService)
      .createAdmin(values.email, password, values.name ?? 'Administration');
    console.log(
      result === 'created'
        ? `Admin account ${values.email} created.`
        : `${values.email} now has the admin role (password replaced).`,
    );
  } finally {
    await context.close();
    await embedded?.stop();
  }
}

async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
