import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService } from '@nestjs/core';
import supertest from 'supertest';
import { REQUIRED_ROLES } from '../src/common/auth/require-roles.decorator.js';
import { ROLES, type Role, STAFF_ROLES } from '../src/common/auth/roles.js';
import { ConceptEditorService } from '../src/concept/editor/concept-editor.service.js';
import { CONCEPT_KINDS } from '../src/concept/editor/concept-kinds.js';
import { attachDocument, createEvent, createRegistration } from './factories/events.js';
import { approachBySlug, createComment, createPhase } from './factories/forum.js';
import { createProgressNote, createRound } from './factories/prioritisation.js';
import { createContact, createStaticPage } from './factories/pages.js';
import { createArticle, createSlide, firstClipping } from './factories/press.js';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { csrfToken, login } from './support/forms.js';
import { type TestApp, startTestApp } from './support/test-app.js';

interface Route {
  method: 'GET' | 'POST';
  path: string;
  roles: Role[] | undefined;
}

/** Every route of the app under /verwaltung, read from the controllers' metadata. */
function backOfficeRoutes(test: TestApp): Route[] {
  const routes: Route[] = [];
  for (const wrapper of test.app.get(DiscoveryService).getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const base = Reflect.getMetadata(PATH_METADATA, controller) as string;
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function' || name === 'constructor') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const full = `/${[base, path].filter((part) => part && part !== '/').join('/')}`.replace(
        /\/+/g,
        '/',
      );
      if (!full.startsWith('/verwaltung')) continue;
      routes.push({
        method: method === RequestMethod.POST ? 'POST' : 'GET',
        path: full,
        roles: (Reflect.getMetadata(REQUIRED_ROLES, handler) ??
          Reflect.getMetadata(REQUIRED_ROLES, controller)) as Role[] | undefined,
      });
    }
  }
  return routes;
}

describe('back office: every /verwaltung route is guarded by role', () => {
  let test: TestApp;
  let routes: Route[];
  const parameters: Record<string, string> = {};
  const agents = new Map<string, ReturnType<typeof supertest.agent>>();

  beforeAll(async () => {
    test = await startTestApp();
    routes = backOfficeRoutes(test);
    // The value of each :id, by the path segment before it.
    const subject = await createUser(test, { displayName: 'Betroffene Person' });
    const phase = await createPhase(test);
    const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
    const comment = await createComment(test, {
      approach,
      phase,
      author: subject,
      status: 'pending',
    });
    parameters.nutzer = subject.id;
    parameters.kommentare = String(comment.id);
    parameters.beteiligungsphasen = String(phase.id);
    const event = await createEvent(test, { capacity: 10 });
    const registration = await createRegistration(test, event, {
      name: 'Gast',
      email: 'gast@beispiel.de',
    });
    const document = await attachDocument(test, event);
    parameters.veranstaltungen = String(event.id);
    parameters.anmeldungen = registration.id;
    parameters.einlass = registration.id;
    parameters.dokumente = document.id;
    parameters.artikel = String((await createArticle(test)).id);
    parameters.ausschnitte = String((await firstClipping(test)).id);
    parameters.startseite = String((await createSlide(test)).id);
    parameters.seiten = String((await createStaticPage(test)).id);
    parameters.ansprechpartner = String((await createContact(test)).id);
    parameters.prioritaeten = String((await createRound(test, [approach])).id);
    parameters.umsetzung = String(approach.id);
    parameters.notizen = String((await createProgressNote(test, approach)).id);
    // /verwaltung/kek/:segment/:id/fassungen/:version — an approach with a first change.
    parameters.kek = 'handlungsansaetze';
    parameters.handlungsansaetze = String(approach.id);
    parameters.fassungen = '1';
    await test.app.get(ConceptEditorService).update(subject, CONCEPT_KINDS.approach, approach.id, {
      title: `${approach.title} (überarbeitet)`,
    });
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

  /** Replaces each :param by the fixture of the segment before it, left to right. */
  const concrete = (path: string) => {
    let result = path;
    for (
      let match = /([\w-]+)\/:(\w+)/.exec(result);
      match;
      match = /([\w-]+)\/:(\w+)/.exec(result)
    ) {
      const [whole, segment, name] = match;
      if (!(segment in parameters))
        throw new Error(`Add a fixture for ${segment}/:${name} (route ${path})`);
      result = result.replace(whole, `${segment}/${parameters[segment]}`);
    }
    return result;
  };

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
  });
});
