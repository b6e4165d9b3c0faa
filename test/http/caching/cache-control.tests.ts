import supertest from 'supertest';
import { EventNotifications } from '../../../src/events/event-notifications.service.js';
import { createEvent, createRegistration } from '../../factories/events.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  backOfficeFixtures,
  backOfficeRoutes,
  concretePath,
} from '../../support/backoffice-routes.js';
import { login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;

describe('caching: personal pages are never stored, anonymous pages may be', () => {
  let test: TestApp;
  let admin: Agent;
  let citizen: Agent;

  beforeAll(async () => {
    test = await startTestApp();
    admin = supertest.agent(test.app.getHttpServer());
    await login(
      admin,
      (await createUser(test, { roles: ['citizen', 'admin'] })).email,
      TEST_PASSWORD,
    );
    citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, (await createUser(test)).email, TEST_PASSWORD);
  });

  afterAll(() => test.close());

  const anonymous = () => supertest(test.app.getHttpServer());
  const caching = (response: supertest.Response) => ({
    status: response.status,
    cacheControl: response.headers['cache-control'] as string | undefined,
    etag: response.headers.etag as string | undefined,
  });

  it('sends no-store and no ETag on every back-office page for a signed-in admin', async () => {
    const parameters = await backOfficeFixtures(test);
    const pages = backOfficeRoutes(test).filter((route) => route.method === 'GET');
    expect(pages.length).toBeGreaterThan(20);
    for (const route of pages) {
      const response = await admin.get(concretePath(route.path, parameters));
      expect([route.path, caching(response)]).toEqual([
        route.path,
        { status: 200, cacheControl: 'no-store', etag: undefined },
      ]);
    }
  });

  it('sends no-store on /konto and on public pages for a signed-in user, even with a validator', async () => {
    for (const path of ['/konto', '/konto/daten', '/', '/kek', '/veranstaltungen']) {
      const response = await citizen.get(path).set('If-None-Match', 'W/"alt"');
      expect([path, caching(response)]).toEqual([
        path,
        { status: 200, cacheControl: 'no-store', etag: undefined },
      ]);
    }
  });

  it('sends no-store on pages behind a token link, also when the token is wrong', async () => {
    const event = await createEvent(test);
    const registration = await createRegistration(test, event);
    const manage = new URL(test.app.get(EventNotifications).manageUrl(registration));
    const pages = [
      { path: manage.pathname + manage.search, status: 200 },
      { path: '/veranstaltungen/anmeldung?token=falsch', status: 404 },
      { path: '/konto/passwort-neu?token=falsch', status: 404 },
      { path: '/benachrichtigungen/abbestellen?token=falsch', status: 200 },
    ];
    for (const { path, status } of pages) {
      const response = await anonymous().get(path);
      expect([path, caching(response)]).toEqual([
        path,
        { status, cacheControl: 'no-store', etag: undefined },
      ]);
    }
  });

  it('leaves anonymous public pages cacheable, with their ETag', async () => {
    for (const path of ['/', '/kek', '/veranstaltungen', '/presse']) {
      const { status, cacheControl, etag } = caching(await anonymous().get(path));
      expect([path, status, /no-store/.test(cacheControl ?? ''), typeof etag]).toEqual([
        path,
        200,
        false,
        'string',
      ]);
    }
  });
});
