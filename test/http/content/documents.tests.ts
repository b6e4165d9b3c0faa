import { randomUUID } from 'node:crypto';
import { access, mkdir, open, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import supertest from 'supertest';
import { DataSource, type Repository } from 'typeorm';
import { DocumentsService } from '../../../src/documents/documents.service.js';
import type { DocumentMeta, UploadPolicy } from '../../../src/documents/document-validation.js';
import { documentUrl } from '../../../src/documents/document-view.js';
import { Document } from '../../../src/documents/entities/document.entity.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { HTML_BYTES, PNG_BYTES, pdfBytes, writeFixture } from '../../support/documents-fixtures.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

/** The organizers' upload route; the events feature provides it (multipart, CSRF token in the query). */
const UPLOAD_URL = (eventId: string) => `/verwaltung/veranstaltungen/${eventId}/dokumente`;
/** Any id will do: an oversize upload is refused before the handler looks the event up. */
const SOME_EVENT_ID = '1';

describe('documents (HTTP, real database)', () => {
  let test: TestApp;
  let documents: DocumentsService;
  let repository: Repository<Document>;
  let incoming: string;
  let organizer: Agent;
  let citizen: Agent;

  beforeAll(async () => {
    test = await startTestApp();
    documents = test.app.get(DocumentsService);
    repository = test.app.get(DataSource).getRepository(Document);
    incoming = join(test.dataDir, 'incoming');
    await mkdir(incoming, { recursive: true });
    organizer = await signedIn(['citizen', 'organizer']);
    citizen = await signedIn(['citizen']);
  });

  afterAll(() => test.close());

  async function signedIn(roles: ('citizen' | 'organizer' | 'press')[]): Promise<Agent> {
    const user = await createUser(test, { roles });
    const agent = supertest.agent(test.app.getHttpServer());
    await login(agent, user.email, TEST_PASSWORD);
    return agent;
  }

  async function store(
    originalName: string,
    bytes: Uint8Array,
    meta: Partial<DocumentMeta> = {},
    policy: UploadPolicy = { ownerRole: 'organizer' },
  ) {
    const path = await writeFixture(incoming, randomUUID(), bytes);
    return documents.store(
      { path, originalName, size: bytes.length },
      { kind: 'minutes', title: 'Protokoll Regionalforum', ...meta },
      policy,
    );
  }

  const anonymous = () => supertest(test.app.getHttpServer());

  it('serves a public document with its type, name, length and nosniff, and counts it', async () => {
    const bytes = await pdfBytes({ tagged: true, language: 'de-DE' });
    const { document, warnings } = await store('Protokoll Straßenbau (Entwurf).pdf', bytes);
    expect(warnings).toEqual([]);
    await documents.setPublic([document.id], true);

    const response = await anonymous()
      .get(documentUrl(document))
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(document.fileName).toBe('Protokoll-Straßenbau-Entwurf.pdf');
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['content-disposition']).toBe(
      `inline; filename="Protokoll-Strassenbau-Entwurf.pdf"; filename*=UTF-8''Protokoll-Stra%C3%9Fenbau-Entwurf.pdf`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // The portal's own policy (object-src 'none') would block the browser's PDF viewer.
    expect(response.headers['content-security-policy']).toContain("object-src 'self'");
    expect(Buffer.compare(response.body as Buffer, Buffer.from(bytes))).toBe(0);

    await anonymous().get(documentUrl(document)).expect(200);
    expect((await repository.findOneByOrFail({ id: document.id })).downloadCount).toBe(2);
  });

  it('shows a photo inline', async () => {
    const { document } = await store('Foto.png', PNG_BYTES, {
      kind: 'photo',
      altText: 'Teilnehmende an Stellwänden',
      credit: 'Anna Beispiel',
    });
    await documents.setPublic([document.id], true);
    const response = await anonymous().get(documentUrl(document)).expect(200);
    expect(response.headers['content-type']).toBe('image/png');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="Foto.png"/);
  });

  it('answers unknown ids, malformed ids and wrong names with a German 404 page', async () => {
    const { document } = await store('protokoll.pdf', await pdfBytes());
    await documents.setPublic([document.id], true);
    for (const url of [
      `/dokumente/${randomUUID()}/protokoll.pdf`,
      '/dokumente/kein-gueltiger-schluessel/protokoll.pdf',
      `/dokumente/${document.id}/anderer-name.pdf`,
    ]) {
      const response = await anonymous().get(url).expect(404);
      expect(response.text).toContain('Dieses Dokument gibt es nicht (mehr).');
    }
  });

  it('hides an unpublished document from visitors and citizens but lets organizers preview it', async () => {
    const { document } = await store('entwurf.pdf', await pdfBytes());
    await anonymous().get(documentUrl(document)).expect(404);
    await citizen.get(documentUrl(document)).expect(404);
    const preview = await organizer.get(documentUrl(document)).expect(200);
    expect(preview.headers['cache-control']).toBe('private, no-store');
    expect((await repository.findOneByOrFail({ id: document.id })).downloadCount).toBe(0);

    await documents.setPublic([document.id], true);
    await anonymous().get(documentUrl(document)).expect(200);
    await documents.setPublic([document.id], false);
    await anonymous().get(documentUrl(document)).expect(404);
  });

  it('shows an unpublished document only to the role that manages it', async () => {
    const { document } = await store(
      'titelbild.png',
      PNG_BYTES,
      { kind: 'photo', altText: 'Ein Feld', credit: 'Pressestelle' },
      { ownerRole: 'press' },
    );
    await organizer.get(documentUrl(document)).expect(404);
    await (await signedIn(['citizen', 'press'])).get(documentUrl(document)).expect(200);
  });

  it('accepts only the types an upload declares, with a German message', async () => {
    await expect(
      store(
        'ausschnitt.png',
        PNG_BYTES,
        { kind: 'other' },
        {
          ownerRole: 'press',
          accept: ['application/pdf'],
        },
      ),
    ).rejects.toMatchObject({
      fieldErrors: { file: 'Hier können Sie nur PDF-Dateien hochladen.' },
    });
    const { document } = await store(
      'ausschnitt.pdf',
      await pdfBytes(),
      { kind: 'other' },
      {
        ownerRole: 'press',
        accept: ['application/pdf'],
      },
    );
    expect(document.mimeType).toBe('application/pdf');
  });

  it('refuses a disguised file, keeps nothing of it and warns about an untagged PDF', async () => {
    const path = await writeFixture(incoming, randomUUID(), HTML_BYTES);
    await expect(
      documents.store(
        { path, originalName: 'einladung.pdf', size: HTML_BYTES.length },
        { kind: 'other', title: 'Einladung' },
        { ownerRole: 'organizer' },
      ),
    ).rejects.toMatchObject({
      fieldErrors: { file: expect.stringContaining('ist aber keine PDF-Datei') },
    });
    await expect(access(path)).rejects.toMatchObject({ code: 'ENOENT' });
    const before = await repository.count();

    const { document, warnings } = await store('ohne-tags.pdf', await pdfBytes());
    expect(warnings).toEqual([
      'Diese PDF-Datei hat weder eine Tag-Struktur noch eine Dokumentsprache und ist daher nicht barrierefrei.',
    ]);
    expect(document).toMatchObject({ pdfTagged: false, pdfLanguage: null });
    expect(await repository.count()).toBe(before + 1);
  });

  it('lists documents in the order of the ids given, leaving out unknown ones', async () => {
    const first = (await store('eins.pdf', await pdfBytes())).document;
    const second = (await store('zwei.pdf', await pdfBytes())).document;
    const listed = await documents.list([second.id, randomUUID(), first.id]);
    expect(listed.map((document) => document.id)).toEqual([second.id, first.id]);
  });

  it('removes the file together with the document', async () => {
    const { document } = await store('weg.pdf', await pdfBytes());
    await documents.setPublic([document.id], true);
    const stored = join(test.dataDir, 'uploads', document.storageKey);
    await access(stored);
    await documents.remove(document.id);
    await expect(access(stored)).rejects.toMatchObject({ code: 'ENOENT' });
    await anonymous().get(documentUrl(document)).expect(404);
  });

  it('answers a document whose file is gone from the disk with a 404 page and does not count it', async () => {
    const { document } = await store('verloren.pdf', await pdfBytes());
    await documents.setPublic([document.id], true);
    await rm(join(test.dataDir, 'uploads', document.storageKey));
    const response = await anonymous().get(documentUrl(document)).expect(404);
    expect(response.text).toContain('Dieses Dokument gibt es nicht (mehr).');
    expect((await repository.findOneByOrFail({ id: document.id })).downloadCount).toBe(0);
  });

  it('refuses an upload over 50 MB with 413 and a German page, leaving no temp file', async () => {
    const path = join(incoming, 'gross.pdf');
    const file = await open(path, 'w');
    await file.truncate(51 * 1024 * 1024);
    await file.close();
    const page = await organizer.get('/').expect(200);

    const response = await organizer
      .post(UPLOAD_URL(SOME_EVENT_ID))
      .field('_csrf', csrfToken(page.text))
      .field('kind', 'minutes')
      .field('title', 'Viel zu groß')
      .attach('file', path);
    expect(response.status).toBe(413);
    expect(response.text).toContain('Die Datei ist größer als 50 MB.');
    expect(await readdir(join(test.dataDir, 'uploads', 'tmp'))).toEqual([]);
  });
});
