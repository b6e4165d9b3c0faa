import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { createBackup } from '../backup.js';
import { runCommand } from './run-command.js';

/** npm run backup [-- FOLDER]; without a folder: DATA_DIR/backups/<time>. */
runCommand(async () => {
  const config = loadConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = process.argv[2] ?? join(config.DATA_DIR, 'backups', stamp);
  const manifest = await createBackup(config, target);
  console.log(
    `Backup written to ${target}: database (${manifest.database}, PostgreSQL ` +
      `${manifest.postgresVersion}) and ${manifest.uploads} uploaded files.`,
  );
  if (manifest.missingUploads.length > 0) {
    console.log(`Missing from storage (not in the backup): ${manifest.missingUploads.join(', ')}`);
  }
});
