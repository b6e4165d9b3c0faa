import supertest from 'supertest';
import { ROLES, type Role, STAFF_ROLES } from '../../../src/common/auth/roles.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import {
  type Route,
  backOfficeFixtures,
  backOfficeRoutes,
  concretePath,
} from '../../support/backoffice-routes.js';
import { csrfToken, login } from '../../support/forms.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

describe('back office: every /verwaltung route is guarded by role', () => {
  let test: TestApp;
  let routes: Route[];
  let parameters: Record<string, string>;
  const agents = new Map<string, ReturnType<typeof supertest.agent>>();

  beforeAll(async () => {
    test = await startTestApp();
    routes = backOfficeRoutes(test);
    parameters = await backOfficeFixtures(test);
    for (const role of ROLES) {
      const user = await createUser(test, {
        roles: role === 'citizen' ? ['citizen'] : ['citizen', role],
      });
      const agent = supertest.agent(test.app.getHttpServer());
      await login(agent, user.email, TEST_PASSWORD);
      agents.set(role, agent);
    }
  });

  afterAll(() => test.close());

  const concrete = (path: string) => concretePath(path, parameters);

  it('finds the back-office routes, and each one declares its roles', () => {
    expect(routes.length).toBeGreaterThanOrEqual(7);
    const unguarded = routes.filter((route) => route.roles === undefined);
    expect(unguarded.map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('sends anonymous visitors to the login page', async () => {
    const anonymous = supertest.agent(test.app.getHttpServer());
    const token = csrfToken((await anonymous.get('/konto/anmelden')).text);
    for (const route of routes) {
      const path = concrete(route.path);
      const response =
        route.method === 'GET'
          ? await anonymous.get(path)
          : await anonymous.post(path).type('form').send({ _csrf: token });
      expect([route.path, response.status]).toEqual([route.path, 303]);
      expect(response.headers.location).toMatch(/^\/konto\/anmelden\?zurueck=/);
    }
  });

  it('refuses signed-in citizens with 403', async () => {
    const citizen = agents.get('citizen')!;
    const token = csrfToken((await citizen.get('/konto')).text);
    for (const route of routes) {
      const path = concrete(route.path);
      const response =
        route.method === 'GET'
          ? await citizen.get(path)
          : await citizen.post(path).type('form').send({ _csrf: token });
      expect([route.path, response.status]).toEqual([route.path, 403]);
      expect(response.text).toContain('Zugriff verweigert');
    }
  });

  it('opens every page to the role it names (and refuses the other staff roles)', async () => {
    for (const route of routes.filter((candidate) => candidate.method === 'GET')) {
      const path = concrete(route.path);
      const allowed = route.roles!.length ? route.roles! : (['admin'] as Role[]);
      for (const role of allowed) {
        const response = await agents.get(role)!.get(path);
        expect([route.path, role, response.status]).toEqual([route.path, role, 200]);
      }
      const outsiders = STAFF_ROLES.filter((role) => role !== 'admin' && !allowed.includes(role));
      for (const role of outsiders) {
        const response = await agents.get(role)!.get(path);
        expect([route.path, role, response.status]).toEqual([route.path, role, 403]);
      }
    }
  }, 300_000);
});
