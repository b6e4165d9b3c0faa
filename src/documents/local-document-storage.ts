import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentStorage, StoredFileMissingError } from './document-storage.js';

/** Keys are generated; refusing anything else keeps every file inside the folder. */
const KEY_PATTERN = /^[A-Za-z0-9-]{1,100}$/;

/** One file per key in a folder, e.g. DATA_DIR/uploads (shared by all instances). */
export class LocalDocumentStorage extends DocumentStorage {
  constructor(private readonly directory: string) {
    super();
  }

  async put(key: string, source: string | Readable): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.directory, { recursive: true });
    if (typeof source === 'string') {
      await move(source, target);
      return;
    }
    // Written aside first, so a broken stream never leaves half a file under the key.
    const partial = `${target}.partial`;
    try {
      await pipeline(source, createWriteStream(partial, { flags: 'wx' }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const file = await open(this.pathOf(key), 'r');
      return file.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
    return join(this.directory, key);
  }
}

async function move(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // Another file system (e.g. a temp folder elsewhere): copy, then remove.
    await copyFile(source, target);
    await rm(source, { force: true });
  }
}
