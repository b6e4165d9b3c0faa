import type { Readable } from 'node:stream';

/** The key has no stored file: a download of it is a 404, never a 500. */
export class StoredFileMissingError extends Error {
  constructor(key: string) {
    super(`No stored file for key ${key}`);
  }
}

/**
 * Where the bytes of documents live. Features use only this; the local disk is the default
 * driver, an S3-compatible object store is chosen by DOCUMENT_STORAGE=s3 (see documents.module).
 */
export abstract class DocumentStorage {
  /** Takes over a file (a path, which it may move away) or reads a stream to the end. */
  abstract put(key: string, source: string | Readable, contentType?: string): Promise<void>;

  /** Rejects with StoredFileMissingError when there is no such key. */
  abstract get(key: string): Promise<Readable>;

  /** Succeeds when the key is already gone. */
  abstract delete(key: string): Promise<void>;
}
