import type { Readable } from 'node:stream';

/**
 * Where the bytes of documents live. Features use only this; the local disk is the default
 * driver, an object store can replace it in the module without touching any feature.
 */
export abstract class DocumentStorage {
  /** Takes over a file (a path, which it may move away) or reads a stream to the end. */
  abstract put(key: string, source: string | Readable): Promise<void>;

  /** Rejects when there is no such key. */
  abstract get(key: string): Promise<Readable>;

  /** Succeeds when the key is already gone. */
  abstract delete(key: string): Promise<void>;
}
