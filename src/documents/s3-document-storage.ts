import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { OnModuleDestroy } from '@nestjs/common';
import { DocumentStorage, StoredFileMissingError } from './document-storage.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** An S3-compatible server such as MinIO; without it AWS itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** One object per key in a bucket that every instance of the portal shares. */
export class S3DocumentStorage extends DocumentStorage implements OnModuleDestroy {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    super();
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // The SDK's default (aws-chunked bodies with trailing checksums) is not understood by every
      // S3-compatible server; some store the chunk framing as part of the file.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  /** Fails start-up with a sentence an operator can act on when the bucket cannot be reached. */
  async checkBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.options.bucket }));
    } catch (error) {
      const status = (error as S3ServiceException).$metadata?.httpStatusCode;
      const where = this.options.endpoint ?? `AWS region ${this.options.region}`;
      throw new Error(
        `The upload bucket "${this.options.bucket}" at ${where} cannot be used` +
          `${status ? ` (HTTP ${status})` : ''}: create it and check S3_ENDPOINT, S3_BUCKET and the ` +
          `S3 access key. ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  async put(key: string, source: string | Readable, contentType?: string): Promise<void> {
    if (typeof source !== 'string') {
      // PutObject needs the length up front: a stream goes through a temporary file.
      const directory = await mkdtemp(join(tmpdir(), 'kek-s3-put-'));
      try {
        const file = join(directory, 'upload');
        await pipeline(source, createWriteStream(file));
        await this.put(key, file, contentType);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
      return;
    }
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: key,
        Body: createReadStream(source),
        ContentLength: (await stat(source)).size,
        ContentType: contentType,
      }),
    );
    await rm(source, { force: true });
  }

  async get(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: key }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey) throw new StoredFileMissingError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  /** Closes the kept-alive connections, so a stopping app does not wait for them. */
  onModuleDestroy(): void {
    this.client.destroy();
  }
}
