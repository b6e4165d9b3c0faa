import { access } from 'node:fs/promises';
import { join } from 'node:path';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { DocumentStorage } from '../../../src/documents/document-storage.js';
import { documentUrl } from '../../../src/documents/document-view.js';
import { Document } from '../../../src/documents/entities/document.entity.js';
import { DocumentsService } from '../../../src/documents/documents.service.js';
import { createEvent } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { bytesOf, pdfBytes, writeFixture } from '../../support/documents-fixtures.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestS3Server, startS3Server } from '../../support/s3-server.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('uploads in S3 shared by two instances (s3rver, one database)', () => {
  let s3: TestS3Server;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    s3 = await startS3Server();
    first = await startTestApp(s3.environment);
    second = await startTestApp(s3.environment, { databaseUrl: first.databaseUrl });
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
    await s3?.close();
  });

  const downloads = (id: string) =>
    second.app.get(DataSource).getRepository(Document).findOneByOrFail({ id });

  async function uploadThroughFirstInstance(title: string) {
    const organizer = supertest.agent(first.app.getHttpServer());
    const user = await createUser(first, { roles: ['citizen', 'organizer'] });
    await login(organizer, user.email, TEST_PASSWORD);
    const event = await createEvent(first);
    const url = `/verwaltung/veranstaltungen/${event.id}/dokumente`;
    const page = await organizer.get(url).expect(200);
    const bytes = Buffer.from(await pdfBytes());
    const file = await writeFixture(first.dataDir, 'protokoll.pdf', bytes);
    await organizer
      .post(url)
      .field('_csrf', csrfToken(page.text))
      .field('kind', 'minutes')
      .field('title', title)
      .attach('file', file, 'Protokoll.pdf')
      .expect(303);
    const document = await first.app
      .get(DataSource)
      .getRepository(Document)
      .findOneByOrFail({ title });
    await first.app.get(DocumentsService).setPublic([document.id], true);
    return { document, bytes };
  }

  it('serves a file uploaded through one instance from the other, with its type, and counts it', async () => {
    const { document, bytes } = await uploadThroughFirstInstance('Protokoll Regionalforum Nord');

    const response = await bytesOf(
      supertest(second.app.getHttpServer()).get(documentUrl(document)),
    ).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(document.sizeBytes));
    expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
    expect((await downloads(document.id)).downloadCount).toBe(1);
  });

  it('keeps no copy on the receiving instance’s disk: the object is in the bucket', async () => {
    const { document, bytes } = await uploadThroughFirstInstance('Protokoll Fachforum Mobilität');
    await expect(access(join(first.dataDir, 'uploads', document.storageKey))).rejects.toMatchObject(
      { code: 'ENOENT' },
    );
    const content = await second.app
      .get(DocumentStorage, { strict: false })
      .get(document.storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(chunk as Buffer);
    expect(Buffer.compare(Buffer.concat(chunks), bytes)).toBe(0);
  });

  it('answers a document whose object is gone with a German 404 page and does not count it', async () => {
    const { document } = await uploadThroughFirstInstance('Protokoll Jugendforum');
    await first.app.get(DocumentStorage, { strict: false }).delete(document.storageKey);

    const response = await supertest(second.app.getHttpServer())
      .get(documentUrl(document))
      .expect(404);
    expect(response.text).toContain('Dieses Dokument gibt es nicht (mehr).');
    expect((await downloads(document.id)).downloadCount).toBe(0);
  });
});
