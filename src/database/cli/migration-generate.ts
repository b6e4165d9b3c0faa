import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module.js';
import { loadConfig } from '../../config/app-config.js';
import { projectRoot } from '../../project-root.js';
import { startEmbeddedPostgres } from '../embedded-postgres.launcher.js';
import { schemaDiff, type SchemaDiff } from '../schema-diff.js';

/**
 * Writes a migration for whatever the entities changed, computed against a fresh, fully migrated
 * throwaway database. Usage: npm run migration:generate -- AddEventTables
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error(
      'Give the migration a PascalCase name, e.g. npm run migration:generate -- AddEvents',
    );
  }
  const directory = mkdtempSync(join(tmpdir(), 'kek-migration-'));
  const postgres = await startEmbeddedPostgres({ directory, database: 'kek' });
  try {
    const context = await NestFactory.createApplicationContext(
      AppModule.register(loadConfig(), postgres.url),
      { logger: ['error'], abortOnError: false },
    );
    const diff = await schemaDiff(context.get(DataSource));
    await context.close();
    if (diff.up.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const file = join(projectRoot, 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, render(`${name}${timestamp}`, diff));
    console.log(`Wrote ${file}. Review it, then add it to migrations/index.ts.`);
  } finally {
    await postgres.stop();
    rmSync(directory, { recursive: true, force: true });
  }
}

function render(className: string, diff: SchemaDiff): string {
  const statements = (queries: SchemaDiff['up']) =>
    queries
      .map(({ query, parameters }) => {
        const args = parameters?.length ? `, ${JSON.stringify(parameters)}` : '';
        return `    await queryRunner.query(\`${query.replace(/[`\\]/g, '\\$&')}\`${args});`;
      })
      .join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(diff.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements([...diff.down].reverse())}
  }
}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
