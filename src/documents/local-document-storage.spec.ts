import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { StoredFileMissingError } from './document-storage.js';
import { LocalDocumentStorage } from './local-document-storage.js';

describe('local document storage', () => {
  let directory: string;
  let storage: LocalDocumentStorage;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kek-document-storage-'));
    storage = new LocalDocumentStorage(join(directory, 'uploads'));
  });

  afterEach(() => rm(directory, { recursive: true, force: true }));

  it('moves a file in under its key, reads it back and deletes it', async () => {
    const source = join(directory, 'upload.tmp');
    await writeFile(source, 'Inhalt');
    await storage.put('0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f', source);
    await expect(readFile(source)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await text(await storage.get('0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f'))).toBe('Inhalt');
    await storage.delete('0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f');
    await storage.delete('0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f');
    expect(await readdir(join(directory, 'uploads'))).toEqual([]);
  });

  it('stores a stream and leaves no partial file when the stream breaks', async () => {
    await storage.put('aus-einem-stream', Readable.from(['Teil 1, ', 'Teil 2']));
    expect(await text(await storage.get('aus-einem-stream'))).toBe('Teil 1, Teil 2');
    const broken = new Readable({
      read() {
        this.destroy(new Error('Verbindung abgebrochen'));
      },
    });
    await expect(storage.put('kaputt', broken)).rejects.toThrow('Verbindung abgebrochen');
    expect(await readdir(join(directory, 'uploads'))).toEqual(['aus-einem-stream']);
  });

  it('rejects a missing key when reading with the error that makes a download a 404', async () => {
    await expect(storage.get('gibt-es-nicht')).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it('refuses keys that could leave the folder', async () => {
    for (const key of ['../ausserhalb', '..', 'a/b', 'a\\b', '', '.versteckt']) {
      await expect(storage.get(key)).rejects.toThrow('Invalid storage key');
      await expect(storage.delete(key)).rejects.toThrow('Invalid storage key');
    }
  });
});
