import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AuditLogEntry } from '../../../src/common/audit/audit-log-entry.entity.js';
import { formatDate } from '../../../src/common/views/berlin-time.js';
import { FieldOfAction } from '../../../src/concept/entities/field-of-action.entity.js';
import { Contact } from '../../../src/pages/entities/contact.entity.js';
import { StaticPage } from '../../../src/pages/entities/static-page.entity.js';
import { DemoContactsSeeder } from '../../../src/pages/seed/demo-contacts.seeder.js';
import { createEvent } from '../../factories/events.js';
import { createContact, createStaticPage } from '../../factories/pages.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

describe('static pages and contacts in the back office (HTTP, real database)', () => {
  let test: TestApp;
  let editor: Agent;
  let field: FieldOfAction;

  beforeAll(async () => {
    test = await startTestApp();
    const user = await createUser(test, {
      roles: ['citizen', 'editor'],
      displayName: 'Redakteurin',
    });
    editor = supertest.agent(test.app.getHttpServer());
    await login(editor, user.email, TEST_PASSWORD);
    field = await test.app
      .get(DataSource)
      .getRepository(FieldOfAction)
      .findOneByOrFail({ slug: 'starker-wirtschaftsstandort' });
  });

  afterAll(() => test.close());

  const visitor = () => supertest(test.app.getHttpServer());
  const pages = () => test.app.get(DataSource).getRepository(StaticPage);
  const contacts = () => test.app.get(DataSource).getRepository(Contact);

  async function post(agent: Agent, path: string, fields: Record<string, string | string[]>) {
    const page = await agent.get('/verwaltung/seiten');
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfToken(page.text), ...fields });
  }

  const auditActions = async (subjectType: string, subjectId: number) =>
    (
      await test.app
        .get(DataSource)
        .getRepository(AuditLogEntry)
        .find({ where: { subjectType, subjectId: String(subjectId) }, order: { id: 'ASC' } })
    ).map((entry) => `${entry.actorName}: ${entry.action}`);

  it('creates a page whose address comes from the title and shows it to the public', async () => {
    const created = await post(editor, '/verwaltung/seiten/neu', {
      title: 'Förderprogramme im Überblick',
      summary: 'Welche Förderprogramme zum KEK passen.',
      body: '## Zuschüsse für Dörfer\n\nDer Landkreis berät Gemeinden.',
    });
    expect(created.status).toBe(303);
    const page = await pages().findOneByOrFail({ title: 'Förderprogramme im Überblick' });
    expect(page.slug).toBe('foerderprogramme-im-ueberblick');
    expect(created.headers.location).toBe(`/verwaltung/seiten/${page.id}`);

    const form = await editor.get(created.headers.location).expect(200);
    expect(form.text).toContain(
      'Die Seite ist angelegt. Ihre Adresse: /seiten/foerderprogramme-im-ueberblick',
    );
    expect(form.text).toContain('href="/seiten/foerderprogramme-im-ueberblick"');
    const list = await editor.get('/verwaltung/seiten').expect(200);
    expect(list.text).toContain(
      `href="/verwaltung/seiten/${page.id}">Förderprogramme im Überblick</a>`,
    );

    const publicPage = await visitor().get('/seiten/foerderprogramme-im-ueberblick').expect(200);
    expect(publicPage.text).toContain(
      '<h1 class="kern-heading-x-large">Förderprogramme im Überblick</h1>',
    );
    expect(publicPage.text).toMatch(/<h2[^>]*>Zuschüsse für Dörfer<\/h2>/);
    expect(publicPage.text).toContain(`Zuletzt geändert am ${formatDate(new Date())}`);

    const second = await post(editor, '/verwaltung/seiten/neu', {
      title: 'Förderprogramme im Überblick',
      summary: 'Noch einmal.',
      body: 'Zweite Seite.',
    });
    expect(second.status).toBe(303);
    await visitor().get('/seiten/foerderprogramme-im-ueberblick-2').expect(200);
    expect(await auditActions('static_page', page.id)).toEqual([
      'Redakteurin: static_page.created',
    ]);
  });

  it('keeps everything typed when a new page is invalid, with German messages (422)', async () => {
    const response = await post(editor, '/verwaltung/seiten/neu', {
      title: 'X',
      summary: ' ',
      body: 'Mein langer Text, der nicht verloren gehen darf.',
    });
    expect(response.status).toBe(422);
    expect(response.text).toContain('Der Titel muss 2 bis 120 Zeichen lang sein.');
    expect(response.text).toContain('Die Kurzbeschreibung muss 2 bis 300 Zeichen lang sein.');
    expect(response.text).toMatch(/id="feld-title" name="title" type="text"\s+value="X"/);
    expect(response.text).toContain('>Mein langer Text, der nicht verloren gehen darf.</textarea>');
    expect(await pages().existsBy({ slug: 'x' })).toBe(false);

    const symbols = await post(editor, '/verwaltung/seiten/neu', {
      title: '€ – €',
      summary: 'Nur Zeichen.',
      body: 'Text.',
    });
    expect(symbols.status).toBe(422);
    expect(symbols.text).toContain('Aus dem Titel lässt sich keine Adresse bilden');
  });

  it('updates the public page and its "Zuletzt geändert", but never its address', async () => {
    const page = await createStaticPage(test, { title: 'Alter Titel', body: 'Alter Text.' });
    await test.app
      .get(DataSource)
      .query(`UPDATE static_page SET updated_at = '2020-03-01T10:00:00Z' WHERE id = $1`, [page.id]);
    const before = await visitor().get(`/seiten/${page.slug}`).expect(200);
    expect(before.text).toContain('Zuletzt geändert am 1. März 2020');

    const invalid = await post(editor, `/verwaltung/seiten/${page.id}`, {
      title: 'Neuer Titel',
      summary: 'Neue Kurzbeschreibung.',
      body: 'Neuer Text.',
      videoUrl: 'https://video.example/film.mp4',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.text).toContain('Bitte geben Sie die Adresse eines Videos auf diesem Portal an');
    expect(invalid.text).toContain('value="https://video.example/film.mp4"');
    expect(invalid.text).toContain('>Neuer Text.</textarea>');

    const saved = await post(editor, `/verwaltung/seiten/${page.id}`, {
      title: 'Neuer Titel',
      summary: 'Neue Kurzbeschreibung.',
      body: 'Neuer Text.',
      videoUrl: '/dokumente/abc/gebaerdensprache.mp4',
      slug: 'versuchte-neue-adresse',
    });
    expect(saved.status).toBe(303);
    const after = await visitor().get(`/seiten/${page.slug}`).expect(200);
    expect(after.text).toContain('Neuer Titel');
    expect(after.text).toContain('Neuer Text.');
    expect(after.text).not.toContain('Alter Text.');
    expect(after.text).toContain('src="/dokumente/abc/gebaerdensprache.mp4"');
    expect(after.text).toContain(`Zuletzt geändert am ${formatDate(new Date())}`);
    await visitor().get('/seiten/versuchte-neue-adresse').expect(404);
    expect((await pages().findOneByOrFail({ id: page.id })).slug).toBe(page.slug);
    expect(await auditActions('static_page', page.id)).toEqual([
      'Redakteurin: static_page.updated',
    ]);
  });

  it('refuses a contact with a bad e-mail address or phone number and keeps the input (422)', async () => {
    const page = await createStaticPage(test);
    const response = await post(editor, '/verwaltung/ansprechpartner/neu', {
      name: 'Erika Mustermann',
      function: 'Regionalmanagerin',
      address: 'Putlitzer Straße 25\n19370 Parchim',
      phone: '03871 722-0',
      email: 'erika@',
      pageIds: String(page.id),
    });
    expect(response.status).toBe(422);
    expect(response.text).toContain('Bitte geben Sie eine gültige E-Mail-Adresse an');
    expect(response.text).toContain('value="Erika Mustermann"');
    expect(response.text).toContain('value="erika@"');
    expect(response.text).toContain('>Putlitzer Straße 25\n19370 Parchim</textarea>');
    expect(response.text).toMatch(
      new RegExp(`id="seite-${page.id}" name="pageIds" value="${page.id}"\\s+checked`),
    );

    const phone = await post(editor, '/verwaltung/ansprechpartner/neu', {
      name: 'Erika Mustermann',
      phone: 'bitte anrufen',
    });
    expect(phone.status).toBe(422);
    expect(phone.text).toContain('Bitte geben Sie eine gültige Telefonnummer an');

    const unknownPage = await post(editor, '/verwaltung/ansprechpartner/neu', {
      name: 'Erika Mustermann',
      pageIds: ['999999', String(page.id)],
    });
    expect(unknownPage.status).toBe(422);
    expect(unknownPage.text).toContain('Diese Seite gibt es nicht.');
    expect(await contacts().existsBy({ name: 'Erika Mustermann' })).toBe(false);
  });

  it('shows a contact on the page, the field and the event it is attached to', async () => {
    const page = await createStaticPage(test);
    const event = await createEvent(test, { title: 'Forum mit Ansprechpartner' });
    const created = await post(editor, '/verwaltung/ansprechpartner/neu', {
      name: 'Max Beispiel',
      function: 'Regionalmanager',
      department: 'Fachdienst Regionalmanagement und Europa',
      address: 'Putlitzer Straße 25\n19370 Parchim',
      phone: '+49 3871 722-0',
      email: 'max.beispiel@kreis.example',
      pageIds: String(page.id),
      fieldIds: String(field.id),
      eventIds: String(event.id),
    });
    expect(created.status).toBe(303);
    const contact = await contacts().findOneByOrFail({ name: 'Max Beispiel' });
    expect(created.headers.location).toBe(`/verwaltung/ansprechpartner/${contact.id}`);

    for (const url of [
      `/seiten/${page.slug}`,
      `/kek/${field.slug}`,
      `/veranstaltungen/${event.slug}`,
    ]) {
      const response = await visitor().get(url).expect(200);
      const section = response.text.slice(response.text.indexOf('<h2 id="ansprechpartner"'));
      expect([url, section]).toEqual([url, expect.stringContaining('>Max Beispiel</h3>')]);
      expect(section).toContain('<address>');
      expect(section).toContain(
        'Fachdienst Regionalmanagement und Europa<br>Putlitzer Straße 25<br>19370 Parchim',
      );
      expect(section).toContain('href="tel:+4938717220">+49 3871 722-0</a>');
      expect(section).toContain(
        'href="mailto:max.beispiel@kreis.example">max.beispiel@kreis.example</a>',
      );
    }
    const other = await createStaticPage(test);
    expect((await visitor().get(`/seiten/${other.slug}`)).text).not.toContain('Max Beispiel');

    const list = await editor.get('/verwaltung/ansprechpartner').expect(200);
    expect(list.text).toContain(
      `href="/verwaltung/ansprechpartner/${contact.id}">Max Beispiel</a>`,
    );
    expect(list.text).toContain('Veranstaltung „Forum mit Ansprechpartner“');

    const moved = await post(editor, `/verwaltung/ansprechpartner/${contact.id}`, {
      name: 'Max Beispiel',
      fieldIds: String(field.id),
    });
    expect(moved.status).toBe(303);
    expect((await visitor().get(`/seiten/${page.slug}`)).text).not.toContain('Max Beispiel');
    expect((await visitor().get(`/veranstaltungen/${event.slug}`)).text).not.toContain(
      'Max Beispiel',
    );
    expect((await visitor().get(`/kek/${field.slug}`)).text).toContain('Max Beispiel');
    expect(await auditActions('contact', contact.id)).toEqual([
      'Redakteurin: contact.created',
      'Redakteurin: contact.updated',
    ]);
  });

  it('deletes a contact only through the confirmation page', async () => {
    const page = await createStaticPage(test, { title: 'Seite mit Kontakt' });
    const event = await createEvent(test, { title: 'Forum zum Löschen' });
    const contact = await createContact(test, {
      name: 'Zu Löschende Stelle',
      pages: [page],
      fields: [field],
      events: [event],
    });
    expect((await visitor().get(`/seiten/${page.slug}`)).text).toContain('Zu Löschende Stelle');

    const form = await editor.get(`/verwaltung/ansprechpartner/${contact.id}`).expect(200);
    expect(form.text).toContain(`href="/verwaltung/ansprechpartner/${contact.id}/loeschen"`);
    const confirmation = await editor
      .get(`/verwaltung/ansprechpartner/${contact.id}/loeschen`)
      .expect(200);
    expect(confirmation.text).toContain('Wirklich löschen?');
    expect(confirmation.text).toContain('Seite „Seite mit Kontakt“');
    expect(confirmation.text).toContain(`Handlungsfeld „${field.title}“`);
    expect(confirmation.text).toContain('Veranstaltung „Forum zum Löschen“');
    expect(confirmation.text).toContain(
      `<form class="form-stack" method="post" action="/verwaltung/ansprechpartner/${contact.id}/loeschen"`,
    );
    expect(await contacts().existsBy({ id: contact.id })).toBe(true);

    const deleted = await editor
      .post(`/verwaltung/ansprechpartner/${contact.id}/loeschen`)
      .type('form')
      .send({ _csrf: csrfToken(confirmation.text) });
    expect(deleted.status).toBe(303);
    expect(deleted.headers.location).toBe('/verwaltung/ansprechpartner');
    expect((await editor.get('/verwaltung/ansprechpartner')).text).toContain(
      'Der Ansprechpartner „Zu Löschende Stelle“ ist gelöscht.',
    );
    expect(await contacts().existsBy({ id: contact.id })).toBe(false);
    for (const url of [
      `/seiten/${page.slug}`,
      `/kek/${field.slug}`,
      `/veranstaltungen/${event.slug}`,
    ]) {
      expect((await visitor().get(url).expect(200)).text).not.toContain('Zu Löschende Stelle');
    }
    await editor.get(`/verwaltung/ansprechpartner/${contact.id}/loeschen`).expect(404);
    expect(await auditActions('contact', contact.id)).toEqual(['Redakteurin: contact.deleted']);
  });

  it('refuses citizens with 403', async () => {
    const contact = await createContact(test);
    const user = await createUser(test);
    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, user.email, TEST_PASSWORD);
    const token = csrfToken((await citizen.get('/konto')).text);
    for (const path of [
      '/verwaltung/seiten',
      '/verwaltung/seiten/neu',
      '/verwaltung/ansprechpartner',
      `/verwaltung/ansprechpartner/${contact.id}`,
      `/verwaltung/ansprechpartner/${contact.id}/loeschen`,
    ]) {
      expect([path, (await citizen.get(path)).status]).toEqual([path, 403]);
    }
    for (const path of [
      '/verwaltung/seiten/neu',
      `/verwaltung/ansprechpartner/${contact.id}/loeschen`,
    ]) {
      const response = await citizen
        .post(path)
        .type('form')
        .send({ _csrf: token, title: 'Von Bürgern', summary: 'Nein.', body: 'Nein.' });
      expect([path, response.status]).toEqual([path, 403]);
    }
    expect(await contacts().existsBy({ id: contact.id })).toBe(true);
    expect(await pages().existsBy({ title: 'Von Bürgern' })).toBe(false);
  });

  it('seeds one demo contact on the demo database only, once', async () => {
    const seeder = test.app.get(DemoContactsSeeder);
    const manager = test.app.get(DataSource).manager;
    await manager.createQueryBuilder().delete().from(Contact).execute();
    const log = () => undefined;
    await seeder.seed({ manager, demo: false, log });
    expect(await contacts().count()).toBe(0);
    await seeder.seed({ manager, demo: true, log });
    await seeder.seed({ manager, demo: true, log });
    expect(await contacts().count()).toBe(1);
    const demo = await contacts().findOneOrFail({
      where: {},
      relations: { pages: true, fields: true },
    });
    expect(demo.name).toBe('Regionalmanagement (Demo)');
    expect(demo.pages.map((page) => page.slug)).toEqual(['projektablauf']);
    expect(demo.fields).toHaveLength(1);
    const page = await visitor().get('/seiten/projektablauf').expect(200);
    expect(page.text).toContain('Regionalmanagement (Demo)');
  });
});
