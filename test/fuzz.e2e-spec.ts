import type { Agent } from 'node:http';
import { TEST_PASSWORD, createUser } from './factories/users.js';
import { PNG_BYTES } from './support/documents-fixtures.js';
import {
  type Route,
  appRoutes,
  backOfficeFixtures,
  concretePath,
} from './support/backoffice-routes.js';
import { csrfToken } from './support/forms.js';
import { type HtmlForm, postFormsOf, submittedValues } from './support/html-forms.js';
import {
  ENGLISH_MESSAGE,
  type FieldValue,
  ODD_FIELD_NAMES,
  PATH_VALUE_GROUPS,
  QUERY_GROUPS,
  deepJson,
  multipart,
  oneOfEach,
  urlencoded,
  valuesForField,
} from './support/malformed-input.js';
import { publicFixtures } from './support/public-fixtures.js';
import { type RawRequest, type RawResponse, RawSession } from './support/raw-http.js';
import { type TestApp, startTestApp } from './support/test-app.js';

/** Requests in flight at once: enough to overlap, few enough for two shared cores. */
const CONCURRENCY = 4;
/** Posting this would end the fuzzing session itself: it takes no input anyway. */
const LOGOUT = '/konto/abmelden';

interface Probe extends RawRequest {
  session: RawSession;
  label: string;
}

interface Context {
  admin: RawSession;
  anonymous: RawSession;
  tokens: Map<RawSession, string>;
  /** A concrete path for every route pattern. */
  examples: Map<string, string>;
  /** Counts up with every use, so that the values of a group take turns across fields and routes. */
  turn: () => number;
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

function formBody(context: Context, session: RawSession, values: Record<string, FieldValue>) {
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: urlencoded({ _csrf: context.tokens.get(session)!, ...values }),
  };
}

/** Every :param of every route, as admin (who may enter every page), with a bad value of each kind. */
function pathProbes(context: Context, routes: Route[]): Probe[] {
  return routes.flatMap((route) => {
    const concrete = context.examples.get(route.path)!.split('/');
    return route.path.split('/').flatMap((segment, index) => {
      if (!segment.startsWith(':')) return [];
      return oneOfEach(PATH_VALUE_GROUPS, context.turn()).map((value): Probe => {
        const path = [...concrete.slice(0, index), value, ...concrete.slice(index + 1)].join('/');
        return {
          session: context.admin,
          label: `${route.method} ${path.slice(0, 200)}`,
          method: route.method,
          path,
          ...(route.method === 'POST' ? formBody(context, context.admin, {}) : {}),
        };
      });
    });
  });
}

/** Query strings on every page, as the admin or (outside the back office, in turns) anonymously. */
function queryProbes(context: Context, routes: Route[]): Probe[] {
  return routes
    .filter((route) => route.method === 'GET')
    .flatMap((route) => {
      const turn = context.turn();
      const session =
        route.path.startsWith('/verwaltung') || turn % 2 ? context.admin : context.anonymous;
      return oneOfEach(QUERY_GROUPS, turn).map((query): Probe => {
        const path = `${context.examples.get(route.path)!}${query}`;
        return { session, label: `GET ${path.slice(0, 200)}`, method: 'GET', path };
      });
    });
}

/** The POST forms on every page, as anonymous visitors and as the admin see them. */
async function discoverForms(
  context: Context,
  routes: Route[],
): Promise<{ session: RawSession; form: HtmlForm }[]> {
  const forms = new Map<string, { session: RawSession; form: HtmlForm }>();
  await inBatches(
    routes.filter((route) => route.method === 'GET'),
    async (route) => {
      for (const session of [context.anonymous, context.admin]) {
        const path = context.examples.get(route.path)!;
        const page = await session.get(path);
        if (page.status !== 200 || !page.headers['content-type']?.includes('text/html')) continue;
        for (const form of postFormsOf(page.text, path)) {
          const action = form.action.split('?')[0];
          if (action === LOGOUT) continue;
          const key = `${session === context.admin ? 'admin' : 'anonymous'} ${action}`;
          if (!forms.has(key)) forms.set(key, { session, form });
        }
      }
    },
  );
  return [...forms.values()];
}

function formProbe(
  context: Context,
  session: RawSession,
  form: HtmlForm,
  values: Record<string, FieldValue>,
  label: string,
): Probe {
  const request = { session, label: `POST ${form.action.split('?')[0]} ${label}` };
  if (!form.multipart) {
    return { ...request, method: 'POST', path: form.action, ...formBody(context, session, values) };
  }
  // Upload forms carry their CSRF token in the action's query string.
  const { body, contentType } = multipart(values, { name: 'bild.png', bytes: PNG_BYTES });
  return {
    ...request,
    method: 'POST',
    path: form.action,
    headers: { 'content-type': contentType },
    body,
  };
}

/**
 * Each form as a browser sends it, then one field at a time with bad values while the others keep
 * theirs. Forms with the same fields (new and edit) share the fields out between them.
 */
function formProbes(context: Context, forms: { session: RawSession; form: HtmlForm }[]): Probe[] {
  const alike = new Map<string, { session: RawSession; form: HtmlForm }[]>();
  for (const entry of forms) {
    const names = [...new Set(entry.form.fields.map((field) => field.name))].sort();
    const key = `${entry.form.multipart} ${names.join(',')}`;
    alike.set(key, [...(alike.get(key) ?? []), entry]);
  }
  const probes: Probe[] = [];
  for (const group of alike.values()) {
    const defaults = group.map(({ form }) => {
      const values = submittedValues(form);
      delete values._csrf;
      return values;
    });
    group.forEach(({ session, form }, index) =>
      probes.push(formProbe(context, session, form, defaults[index], 'unchanged')),
    );
    const { session, form } = group[0];
    probes.push(
      formProbe(
        context,
        session,
        form,
        { ...defaults[0], ...ODD_FIELD_NAMES },
        'with prototype keys as field names',
      ),
    );
    const fields = new Map(group[0].form.fields.map((field) => [field.name, field]));
    fields.delete('_csrf');
    [...fields.values()]
      .filter((field) => field.type !== 'file')
      .forEach((field, fieldIndex) => {
        const index = fieldIndex % group.length;
        const { session, form } = group[index];
        for (const value of oneOfEach(valuesForField(field.type), context.turn())) {
          probes.push(
            formProbe(
              context,
              session,
              form,
              { ...defaults[index], [field.name]: value },
              `${field.name}=${JSON.stringify(value).slice(0, 40)}`,
            ),
          );
        }
      });
  }
  return probes;
}

/** Bodies no form sends, with the token in the query string so that they get past CSRF. */
function bodyProbes(context: Context, routes: Route[]): Probe[] {
  const token = encodeURIComponent(context.tokens.get(context.admin)!);
  const foreign: [string, string | Buffer][] = [
    ['application/json', '{"email":5,"ids":[2147483648],"parentId":"abc","capacity":1e99}'],
    ['application/json', deepJson(3000)],
    ['text/plain', 'email=a@b.de&text=Hallo'],
    ['application/xml', '<a>1</a>'],
    ['application/x-www-form-urlencoded; charset=latin1', 'text=%E4'],
  ];
  const multiparts: [string, string | Buffer][] = [
    ['multipart/form-data; boundary=kaputt', '--kaputt\r\nkein Ende'],
    ['multipart/form-data', multipart({ title: 'Titel', ids: ['1', '2'] }).body],
  ];
  return routes
    .filter((route) => route.method === 'POST')
    .flatMap((route) =>
      oneOfEach([foreign, multiparts], context.turn()).map(([contentType, body]): Probe => ({
        session: context.admin,
        label: `POST ${route.path} as ${contentType}`,
        method: 'POST',
        path: `${context.examples.get(route.path)!}?_csrf=${token}`,
        headers: { 'content-type': contentType },
        body,
      })),
    );
}

/** Why the answer is wrong, or null: no 5xx, and every 4xx is a German page with a German message. */
function complaint(response: RawResponse): string | null {
  if (response.status >= 500 || response.status === 0) return `status ${response.status}`;
  if (response.status < 400) return null;
  if (!response.text.includes('<html lang="de"')) return 'no German page';
  if (!response.text.includes('role="alert"')) return 'no message on the page';
  const english = ENGLISH_MESSAGE.exec(response.text);
  return english ? `English text "${english[0]}"` : null;
}

describe('fuzz: malformed input gets a German 4xx, never a 500', () => {
  let test: TestApp;
  let agent: Agent;
  let context: Context;

  beforeAll(async () => {
    test = await startTestApp();
    await test.app.listen(0, '127.0.0.1');
    const server = test.app.getHttpServer();
    agent = RawSession.agent(CONCURRENCY);
    const anonymous = new RawSession(server, agent);
    const admin = new RawSession(server, agent);
    const user = await createUser(test, { roles: ['citizen', 'admin', 'delegate'] });
    const login = await admin.send({
      method: 'POST',
      path: '/konto/anmelden',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: urlencoded({
        _csrf: csrfToken((await admin.get('/konto/anmelden')).text),
        email: user.email,
        password: TEST_PASSWORD,
      }),
    });
    expect(login.status).toBe(303);
    const backOffice = await backOfficeFixtures(test);
    const publicPaths = await publicFixtures(test, user);
    const examples = new Map(
      appRoutes(test).map((route) => {
        if (!route.path.includes(':')) return [route.path, route.path];
        if (route.path.startsWith('/verwaltung'))
          return [route.path, concretePath(route.path, backOffice)];
        const example = publicPaths[route.path];
        if (!example) throw new Error(`Add a fixture for ${route.path} to public-fixtures.ts`);
        return [route.path, example];
      }),
    );
    let turn = 0;
    context = {
      admin,
      anonymous,
      examples,
      tokens: new Map([
        [admin, csrfToken((await admin.get('/konto')).text)],
        [anonymous, csrfToken((await anonymous.get('/konto/anmelden')).text)],
      ]),
      turn: () => turn++,
    };
  });

  afterAll(async () => {
    agent.destroy();
    await test.close();
  });

  // Half a minute alone, several on two cores shared with other suites and browsers.
  it('answers over 1,000 malformed requests to every route and form without a 500', async () => {
    const started = Date.now();
    const routes = appRoutes(test).filter((route) => route.path !== LOGOUT);
    const forms = await discoverForms(context, routes);
    const tooLarge = forms
      .slice(0, 4)
      .map(({ session, form }) =>
        formProbe(context, session, form, { text: 'x'.repeat(2_500_000) }, 'too large'),
      );
    const probes = [
      ...pathProbes(context, routes),
      ...queryProbes(context, routes),
      ...formProbes(context, forms),
      ...bodyProbes(context, routes),
      ...tooLarge,
    ];

    const statuses = new Map<number, number>();
    const failures: string[] = [];
    await inBatches(probes, async (probe) => {
      const response = await probe.session.send(probe);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const problem = complaint(response);
      if (problem) failures.push(`${probe.label} → ${response.status}: ${problem}`);
    });

    const distribution = [...statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    process.stdout.write(
      `Fuzz: ${probes.length} malformed requests to ${routes.length} routes and ${forms.length} ` +
        `forms in ${((Date.now() - started) / 1000).toFixed(1)} s — ${distribution}\n`,
    );
    expect(probes.length).toBeGreaterThanOrEqual(1000);
    expect(failures).toEqual([]);
  }, 300_000);
});
