import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface TestS3Server {
  /** The environment that points the app's S3 driver at this server. */
  environment: NodeJS.ProcessEnv;
  bucketDirectory: string;
  close(): Promise<void>;
}

const BUCKET = 'kek-uploads';
/** s3rver accepts only its own well-known key pair. */
const ACCESS_KEY = 'S3RVER';

/** A real S3-speaking server (s3rver) on 127.0.0.1 with one bucket, in a temporary folder. */
export async function startS3Server(): Promise<TestS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'kek-test-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  return {
    environment: {
      DOCUMENT_STORAGE: 's3',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: BUCKET,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
    },
    bucketDirectory: join(directory, BUCKET),
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
