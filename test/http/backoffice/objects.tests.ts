import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import type { User } from '../../../src/accounts/entities/user.entity.js';
import { AuditLogEntry } from '../../../src/common/audit/audit-log-entry.entity.js';
import type { SessionUser } from '../../../src/common/auth/roles.js';
import { REJECTION_REASONS } from '../../../src/comments/moderation.service.js';
import { Document } from '../../../src/documents/entities/document.entity.js';
import { Registration } from '../../../src/events/entities/registration.entity.js';
import { ProgressNote } from '../../../src/implementation/entities/progress-note.entity.js';
import { PressAdminService } from '../../../src/press/press-admin.service.js';
import { attachDocument, createEvent, createRegistration } from '../../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../../factories/forum.js';
import { createArticle } from '../../factories/press.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type Route,
  backOfficeFixtures,
  backOfficeRoutes,
  concretePath,
} from '../../support/backoffice-routes.js';
import { PNG_BYTES } from '../../support/documents-fixtures.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

/** A route whose second id names a child of the first (`/:id/dokumente/:documentId`). */
const NESTED = /:\w+\/[\w-]+\/:\w+/;
const DESTRUCTIVE =
  /\/(loeschen|ablehnen|zurueckziehen|sperren|ausblenden|absagen)$|^\/verwaltung\/moderation\/kommentare\/:id$/;

describe('back office: children belong to the parent in the URL; destructive actions are audited', () => {
  let test: TestApp;
  let dataSource: DataSource;
  let routes: Route[];
  let admin: User;
  let adminAgent: Agent;
  let organizer: User;
  let organizerAgent: Agent;

  beforeAll(async () => {
    test = await startTestApp();
    dataSource = test.app.get(DataSource);
    routes = backOfficeRoutes(test);
    admin = await createUser(test, { roles: ['citizen', 'admin'], displayName: 'Admina' });
    adminAgent = supertest.agent(test.app.getHttpServer());
    await login(adminAgent, admin.email, TEST_PASSWORD);
    organizer = await createUser(test, { roles: ['citizen', 'organizer'], displayName: 'Orga' });
    organizerAgent = supertest.agent(test.app.getHttpServer());
    await login(organizerAgent, organizer.email, TEST_PASSWORD);
  });

  afterAll(() => test.close());

  async function post(agent: Agent, path: string, fields: Record<string, string> = {}) {
    const token = csrfToken((await agent.get('/konto')).text);
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: token, ...fields });
  }

  const documentExists = (id: string) => dataSource.getRepository(Document).existsBy({ id });
  const auditEntries = (actor: User) =>
    dataSource.getRepository(AuditLogEntry).find({
      where: { actorId: actor.id },
      order: { id: 'ASC' },
    });

  it("refuses to delete another event's document or an article's lead image through an event: 404, the file stays", async () => {
    const own = await createEvent(test, { title: 'Eigene Veranstaltung' });
    const other = await createEvent(test, { title: 'Fremde Veranstaltung' });
    const foreignProtocol = await attachDocument(test, other);
    const article = await createArticle(test, { title: 'Artikel mit Bild' });
    const imagePath = join(test.dataDir, 'titelbild.png');
    writeFileSync(imagePath, PNG_BYTES);
    const pressUser: SessionUser = {
      id: admin.id,
      email: admin.email,
      displayName: admin.displayName,
      roles: ['press'],
    };
    await test.app
      .get(PressAdminService)
      .setLeadImage(
        pressUser,
        article.id,
        { path: imagePath, originalName: 'titelbild.png', size: PNG_BYTES.length },
        { altText: 'Ein Feld', credit: 'Pressestelle' },
      );
    const { leadImage } = await test.app.get(PressAdminService).findArticle(article.id);

    for (const document of [foreignProtocol, leadImage!]) {
      const path = `/verwaltung/veranstaltungen/${own.id}/dokumente/${document.id}/loeschen`;
      const confirm = await organizerAgent.get(path).expect(404);
      expect(confirm.text).toContain('Dieses Dokument gibt es nicht (mehr).');
      const refused = await post(organizerAgent, path);
      expect(refused.status).toBe(404);
      expect(refused.text).toContain('Dieses Dokument gibt es nicht (mehr).');
      expect(await documentExists(document.id)).toBe(true);
    }
    expect(
      (await auditEntries(organizer)).filter((entry) => entry.action === 'event.document_removed'),
    ).toEqual([]);
  });

  it('writes a legitimate document deletion to the audit log', async () => {
    const event = await createEvent(test, { title: 'Forum mit Protokoll' });
    const protocol = await attachDocument(test, event);
    const path = `/verwaltung/veranstaltungen/${event.id}/dokumente/${protocol.id}/loeschen`;
    expect((await organizerAgent.get(path).expect(200)).text).toContain('„Protokoll“');
    expect((await post(organizerAgent, path)).status).toBe(303);
    expect(await documentExists(protocol.id)).toBe(false);
    const entries = await auditEntries(organizer);
    expect(entries.at(-1)).toMatchObject({
      action: 'event.document_removed',
      actorName: 'Orga',
      subjectType: 'event',
      subjectId: String(event.id),
      subjectLabel: 'Forum mit Protokoll',
      details: { documentId: protocol.id, fileName: 'Protokoll.pdf' },
    });
  });

  it('answers 404 on every nested route when the child belongs to another parent, and changes nothing', async () => {
    const parameters = await backOfficeFixtures(test);
    const otherEvent = await createEvent(test, { title: 'Andere Veranstaltung' });
    await createRegistration(test, otherEvent);
    const otherApproach = await approachBySlug(test, 'unterstuetzung-von-branchennetzwerken');
    const foreign = {
      ...parameters,
      veranstaltungen: String(otherEvent.id),
      umsetzung: String(otherApproach.id),
      handlungsansaetze: String(otherApproach.id),
    };
    const nested = routes.filter((route) => NESTED.test(route.path));
    expect(nested.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining([
        'POST /verwaltung/veranstaltungen/:id/anmeldungen/:registrationId/annehmen',
        'GET /verwaltung/veranstaltungen/:id/anmeldungen/:registrationId/ablehnen',
        'POST /verwaltung/veranstaltungen/:id/anmeldungen/:registrationId/ablehnen',
        'GET /verwaltung/veranstaltungen/:id/dokumente/:documentId/loeschen',
        'POST /verwaltung/veranstaltungen/:id/dokumente/:documentId/loeschen',
        'POST /verwaltung/veranstaltungen/:id/einlass/:registrationId',
        'GET /verwaltung/umsetzung/:id/notizen/:noteId/loeschen',
        'POST /verwaltung/umsetzung/:id/notizen/:noteId/loeschen',
      ]),
    );
    for (const route of nested) {
      const path = concretePath(route.path, foreign);
      const response =
        route.method === 'GET'
          ? await adminAgent.get(path)
          : await post(adminAgent, path, { anwesend: 'ja' });
      expect([route.path, response.status]).toEqual([route.path, 404]);
      expect(response.text).toContain('Seite nicht gefunden');
    }
    const registration = await dataSource
      .getRepository(Registration)
      .findOneByOrFail({ id: parameters.anmeldungen });
    expect([registration.status, registration.approvedAt, registration.attendedAt]).toEqual([
      'seat',
      null,
      null,
    ]);
    expect(await documentExists(parameters.dokumente)).toBe(true);
    expect(
      await dataSource.getRepository(ProgressNote).existsBy({ id: Number(parameters.notizen) }),
    ).toBe(true);
  });

  it('writes every destructive back-office action to the audit log', async () => {
    const destructive = routes.filter(
      (route) => route.method === 'POST' && DESTRUCTIVE.test(route.path),
    );
    expect(destructive.length).toBeGreaterThanOrEqual(9);
    for (const route of destructive) {
      const parameters = await backOfficeFixtures(test);
      const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
      const published = await createComment(test, {
        approach,
        process: await createProcess(test),
        author: null,
        status: 'published',
      });
      parameters.kommentare = String(published.id);
      const before = (await auditEntries(admin)).length;
      const fields: Record<string, string> = route.path.startsWith('/verwaltung/moderation/')
        ? { reason: Object.keys(REJECTION_REASONS)[0], entscheidung: 'ablehnen' }
        : { reason: 'Die Referentin ist erkrankt.', note: 'Nicht mehr aktuell.', bestaetigt: 'ja' };
      const response = await post(adminAgent, concretePath(route.path, parameters), fields);
      expect([route.path, response.status]).toEqual([route.path, 303]);
      const after = (await auditEntries(admin)).length;
      expect([route.path, after > before]).toEqual([route.path, true]);
    }
  });
});
