import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { type DocumentStorage, StoredFileMissingError } from '../documents/document-storage.js';

const MANIFEST = 'uploads.json';

interface StoredFile {
  key: string;
  mimeType: string;
}

/**
 * Copies the file of every document the database knows into the folder, through the configured
 * driver (local disk or S3), and lists them with their types. Taken after the database backup,
 * so every document in that backup has its file; a file deleted in between is reported missing.
 */
export async function backUpUploads(
  databaseUrl: string,
  storage: DocumentStorage,
  target: string,
): Promise<{ copied: number; missing: string[] }> {
  const files = await storedFiles(databaseUrl);
  await mkdir(target, { recursive: true, mode: 0o700 });
  const copied: StoredFile[] = [];
  const missing: string[] = [];
  for (const file of files) {
    try {
      await pipeline(await storage.get(file.key), createWriteStream(join(target, file.key)));
      copied.push(file);
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      missing.push(file.key);
    }
  }
  await writeFile(join(target, MANIFEST), JSON.stringify(copied, null, 2));
  return { copied: copied.length, missing };
}

/** Puts every file of the backup into the configured storage. */
export async function restoreUploads(source: string, storage: DocumentStorage): Promise<number> {
  const files = JSON.parse(await readFile(join(source, MANIFEST), 'utf8')) as StoredFile[];
  for (const file of files) {
    await storage.put(file.key, createReadStream(join(source, file.key)), file.mimeType);
  }
  return files.length;
}

async function storedFiles(databaseUrl: string): Promise<StoredFile[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<StoredFile>(
      'SELECT storage_key AS key, mime_type AS "mimeType" FROM document ORDER BY created_at',
    );
    return rows;
  } finally {
    await client.end();
  }
}
