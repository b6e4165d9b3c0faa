import 'reflect-metadata';
import { loadConfig } from '../../config/app-config.js';
import { restoreBackup } from '../restore.js';
import { runCommand } from './run-command.js';

/** npm run restore -- FOLDER, with DATA_DIR (embedded) or DATABASE_URL naming the new place. */
runCommand(async () => {
  const source = process.argv[2];
  if (!source) throw new Error('Name the backup folder: npm run restore -- FOLDER');
  const config = loadConfig();
  const manifest = await restoreBackup(config, source);
  const place = config.DATABASE_URL ? 'the database of DATABASE_URL' : config.DATA_DIR;
  console.log(
    `Restored the backup of ${manifest.createdAt} into ${place} with ${manifest.uploads} uploaded ` +
      'files. Start the portal on it as usual.',
  );
});
