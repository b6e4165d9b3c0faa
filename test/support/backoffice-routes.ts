import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService } from '@nestjs/core';
import { REQUIRED_ROLES } from '../../src/common/auth/require-roles.decorator.js';
import type { Role } from '../../src/common/auth/roles.js';
import { ConceptEditorService } from '../../src/concept/editor/concept-editor.service.js';
import { CONCEPT_KINDS } from '../../src/concept/editor/concept-kinds.js';
import { attachDocument, createEvent, createRegistration } from '../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../factories/forum.js';
import { createContact, createStaticPage } from '../factories/pages.js';
import { createProgressNote, createRound } from '../factories/prioritisation.js';
import { createArticle, createSlide, firstClipping } from '../factories/press.js';
import { createUser } from '../factories/users.js';
import type { TestApp } from './test-app.js';

export interface Route {
  method: 'GET' | 'POST';
  path: string;
  roles: Role[] | undefined;
}

/** Every route of the app, public and back office, read from the controllers' metadata. */
export function appRoutes(test: TestApp): Route[] {
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

/** Every route of the app under /verwaltung. */
export function backOfficeRoutes(test: TestApp): Route[] {
  return appRoutes(test).filter((route) => route.path.startsWith('/verwaltung'));
}

/**
 * One item for every kind of :param in a back-office path, by the path segment before it
 * (`/verwaltung/nutzer/:id` → `nutzer`); a new route with a new segment needs a fixture here.
 */
export async function backOfficeFixtures(test: TestApp): Promise<Record<string, string>> {
  const parameters: Record<string, string> = {};
  const subject = await createUser(test, { displayName: 'Betroffene Person' });
  const forum = await createProcess(test);
  const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
  const comment = await createComment(test, {
    approach,
    process: forum,
    author: subject,
    status: 'pending',
  });
  parameters.nutzer = subject.id;
  parameters.kommentare = String(comment.id);
  parameters.beteiligungsverfahren = String(forum.id);
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
  return parameters;
}

/** Every back-office page (GET routes, not CSV downloads) with real data behind its :params. */
export async function backOfficePagePaths(test: TestApp): Promise<string[]> {
  const parameters = await backOfficeFixtures(test);
  return backOfficeRoutes(test)
    .filter((route) => route.method === 'GET' && !/\.\w+$/.test(route.path))
    .map((route) => concretePath(route.path, parameters));
}

/** The route with each :param replaced by its fixture, left to right. */
export function concretePath(path: string, parameters: Record<string, string>): string {
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
}
