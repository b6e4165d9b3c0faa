import { join } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import type { DocumentStorage } from './document-storage.js';
import { LocalDocumentStorage } from './local-document-storage.js';

/**
 * The driver DOCUMENT_STORAGE names; an S3 bucket is checked before the app starts. The S3 client
 * is loaded only when it is the driver: it is large, and most installations keep files locally.
 */
export async function createDocumentStorage(config: AppConfig): Promise<DocumentStorage> {
  if (config.DOCUMENT_STORAGE === 'local') {
    return new LocalDocumentStorage(join(config.DATA_DIR, 'uploads'));
  }
  const { S3DocumentStorage } = await import('./s3-document-storage.js');
  const storage = new S3DocumentStorage({
    bucket: config.S3_BUCKET!,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
  });
  await storage.checkBucket();
  return storage;
}
