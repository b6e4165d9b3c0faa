import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { utcToBerlinLocal } from '../../../src/common/views/berlin-local-time.js';
import { ConceptService } from '../../../src/concept/concept.service.js';
import { Approach } from '../../../src/concept/entities/approach.entity.js';
import { PrioritisationRound } from '../../../src/prioritisation/entities/prioritisation-round.entity.js';
import { Rating } from '../../../src/prioritisation/entities/rating.entity.js';
import { berlinYear } from '../../../src/prioritisation/round-scale.js';
import { TEST_PASSWORD, createUser } from '../../factories/users.js';
import { csrfToken, login } from '../../support/forms.js';
import { TestSmtpServer, linkFrom } from '../../support/smtp.js';
import { type TestApp, startTestApp } from '../../support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const HOUR = 60 * 60 * 1000;

/**
 * A whole round over three approaches (X, Y in the first field, Z in another) with three
 * delegates who submit and one who never does. Hand-computed from the ratings below
 * (hoch 3, mittel 2, niedrig 1, "keine Angabe" not counted):
 *   X: hoch, mittel, hoch  → 8/3 = 2,67, rank 1; committees 3,00 (1), administration 2,00 (2)
 *   Y: mittel, hoch, niedrig → 6/3 = 2,00, rank 2; committees 1,50 (2), administration 3,00 (1)
 *   Z: niedrig, keine, mittel → 3/2 = 1,50, rank 3; committees 1,50 (2, tie with Y), administration –
 */
describe('prioritisation: a round from invitation to published results (HTTP, real database, real SMTP)', () => {
  let test: TestApp;
  let smtp: TestSmtpServer;
  let admin: Agent;
  let x: Approach;
  let y: Approach;
  let z: Approach;
  let fieldSlugs: Map<number, string>;
  let fieldTitles: Map<number, string>;
  const delegates: Record<
    'anna' | 'bert' | 'cora' | 'dirk',
    { agent: Agent; email: string; id: string }
  > = {} as never;

  beforeAll(async () => {
    smtp = new TestSmtpServer();
    await smtp.start();
    test = await startTestApp({ SMTP_URL: smtp.url, BASE_URL: 'http://portal.test' });
    const links = await test.app.get(ConceptService).listApproaches();
    const [first, second] = links;
    const other = links.find((link) => link.fieldSlug !== first.fieldSlug)!;
    const approaches = test.app.get(DataSource).getRepository(Approach);
    [x, y, z] = await Promise.all(
      [first, second, other].map((link) => approaches.findOneByOrFail({ id: link.id })),
    );
    fieldSlugs = new Map([first, second, other].map((link) => [link.id, link.fieldSlug]));
    const fields = await test.app.get(ConceptService).findStructure();
    fieldTitles = new Map(
      [first, second, other].map((link) => [
        link.id,
        fields.find((entry) => entry.slug === link.fieldSlug)!.title,
      ]),
    );
    const adminUser = await createUser(test, { roles: ['citizen', 'admin'] });
    admin = supertest.agent(test.app.getHttpServer());
    await login(admin, adminUser.email, TEST_PASSWORD);
    for (const name of ['anna', 'bert', 'cora', 'dirk'] as const) {
      const user = await createUser(test, { roles: ['citizen', 'delegate'], displayName: name });
      const agent = supertest.agent(test.app.getHttpServer());
      await login(agent, user.email, TEST_PASSWORD);
      delegates[name] = { agent, email: user.email, id: user.id };
    }
  });

  afterAll(async () => {
    await test.close();
    await smtp.stop();
  });

  async function post(
    agent: Agent,
    formPage: string,
    action: string,
    fields: Record<string, string | string[]>,
  ) {
    const page = await agent.get(formPage);
    return agent
      .post(action)
      .type('form')
      .send({ _csrf: csrfToken(page.text), ...fields });
  }

  const rate = (agent: Agent, slug: string, fields: Record<string, string>) =>
    post(agent, `/prioritaeten/bewerten/${slug}`, `/prioritaeten/bewerten/${slug}`, fields);

  /** "Endgültig absenden", then "Ja, endgültig absenden" on the confirmation page. */
  async function submitFinally(agent: Agent, slug: string, fields: Record<string, string>) {
    const asked = await rate(agent, slug, { ...fields, aktion: 'absenden' });
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe(`/prioritaeten/bewerten/${slug}/absenden`);
    return post(agent, asked.headers.location, asked.headers.location, {});
  }

  const ratings = (approach: Approach, priority: string, horizon?: string) => ({
    [`prioritaet-${approach.id}`]: priority,
    ...(horizon ? { [`horizont-${approach.id}`]: horizon } : {}),
  });

  async function createRound(): Promise<PrioritisationRound> {
    const created = await post(
      admin,
      '/verwaltung/prioritaeten/neu',
      '/verwaltung/prioritaeten/neu',
      {
        title: 'Prioritäten 2027',
        explanation: 'Bitte bewerten Sie **jeden** Handlungsansatz.',
        opensAt: utcToBerlinLocal(new Date(Date.now() - HOUR)),
        closesAt: utcToBerlinLocal(new Date(Date.now() + 24 * HOUR)),
        approachIds: [String(x.id), String(y.id), String(z.id)],
      },
    );
    expect(created.status).toBe(303);
    return test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .findOneOrFail({
        where: { title: 'Prioritäten 2027' },
        relations: { approaches: true },
      });
  }

  it('runs the round: invitations, partial saving, resuming, submitting, closing, publishing', async () => {
    const round = await createRound();
    expect(round.approaches.map((approach) => approach.id).sort()).toEqual(
      [x.id, y.id, z.id].sort(),
    );
    const page = `/verwaltung/prioritaeten/${round.id}`;

    const edited = {
      title: 'Prioritäten 2027',
      explanation: 'Bitte bewerten Sie **jeden** Handlungsansatz.',
    };
    const page0 = (await admin.get(page)).text;
    const opensAt = /name="opensAt"[^>]*value="([^"]+)"/.exec(page0)![1];
    const closesAt = /name="closesAt"[^>]*value="([^"]+)"/.exec(page0)![1];
    const narrowed = await post(admin, page, page, {
      ...edited,
      opensAt,
      closesAt,
      approachIds: [String(x.id)],
    });
    expect(narrowed.status).toBe(422);
    expect(narrowed.text).toContain(
      'Die Runde hat begonnen: Beginn und Handlungsansätze lassen sich nicht mehr ändern.',
    );
    // The round's horizons default to its year; the admin may reword them before anyone rates.
    const year = berlinYear(round.opensAt);
    expect(page0).toContain(`value="kurzfristig (bis ${year + 2})"`);
    expect(page0).toContain(`value="langfristig (nach ${year + 5})"`);
    const scale = Object.fromEntries(
      [...page0.matchAll(/name="((?:priority|horizon)[A-Z]\w+)"[^>]*value="([^"]*)"/g)].map(
        (match) => [match[1], match[2]],
      ),
    );
    expect(Object.keys(scale)).toHaveLength(8);
    const explained = await post(admin, page, page, {
      ...edited,
      explanation: 'Bitte bewerten Sie **jeden** Handlungsansatz. Danke!',
      opensAt,
      closesAt,
      approachIds: [x, y, z].map((approach) => String(approach.id)),
      ...scale,
      horizonOngoing: 'Daueraufgabe des Landkreises',
    });
    expect(explained.status).toBe(303);

    const citizen = await createUser(test);
    const refused = await post(admin, page, `${page}/teilnehmende`, {
      userId: citizen.id,
      body: 'Kreisausschuss',
      bodyKind: 'committee',
    });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('Bitte wählen Sie ein Konto mit der Rolle „Delegierte/r“.');
    expect(refused.text).toContain('value="Kreisausschuss"');
    const people = [
      ['anna', 'Ausschuss für Bildung / Kultur / Sport', 'committee'],
      ['bert', 'Fachdienst Regionalmanagement', 'administration'],
      ['cora', 'Kreisausschuss', 'committee'],
      ['dirk', 'Jugendhilfeausschuss', 'committee'],
    ] as const;
    for (const [name, body, bodyKind] of people) {
      expect(
        (
          await post(admin, page, `${page}/teilnehmende`, {
            userId: delegates[name].id,
            body,
            bodyKind,
          })
        ).status,
      ).toBe(303);
    }
    expect((await post(admin, page, `${page}/einladen`, {})).status).toBe(303);
    const invitation = await smtp.waitFor(
      delegates.anna.email,
      /Einladung zur Prioritätensetzung: Prioritäten 2027/,
    );
    expect(invitation.text).toContain('für Ausschuss für Bildung / Kultur / Sport');
    const rateUrl = linkFrom(invitation, `/prioritaeten/bewerten/${round.slug}`);
    for (const name of ['bert', 'cora', 'dirk'] as const)
      await smtp.waitFor(delegates[name].email, /Einladung/);
    const again = await post(admin, page, `${page}/einladen`, {});
    expect((await admin.get(again.headers.location)).text).toContain(
      'Alle sind bereits eingeladen.',
    );

    // Anna rates one approach, saves, and finds it again later.
    const { anna, bert, cora, dirk } = delegates;
    expect((await anna.agent.get(rateUrl)).text).toContain('0 von 3 Handlungsansätzen bewertet.');
    expect(
      (await rate(anna.agent, round.slug, { ...ratings(x, 'high', 'short'), aktion: 'speichern' }))
        .status,
    ).toBe(303);
    const locked = await post(admin, page, page, {
      ...edited,
      explanation: 'Bitte bewerten Sie **jeden** Handlungsansatz. Danke!',
      opensAt,
      closesAt,
      approachIds: [x, y, z].map((approach) => String(approach.id)),
      ...scale,
      horizonOngoing: 'Daueraufgabe des Landkreises',
      horizonShort: 'sofort',
    });
    expect(locked.status).toBe(422);
    expect(locked.text).toContain('Es liegen schon Bewertungen vor');
    expect((await admin.get(page)).text).not.toContain('name="horizonShort"');
    const resumed = await anna.agent.get(rateUrl);
    expect(resumed.text).toContain(`kurzfristig (bis ${year + 2})`);
    expect(resumed.text).toContain('Daueraufgabe des Landkreises');
    expect(resumed.text).toContain('1 von 3 Handlungsansätzen bewertet.');
    expect(resumed.text).toMatch(new RegExp(`name="prioritaet-${x.id}" value="high" checked`));
    expect(resumed.text).toMatch(new RegExp(`name="horizont-${x.id}" value="short" checked`));

    // Submitting with gaps is refused; what she chose stays on the form and is saved.
    const incomplete = await rate(anna.agent, round.slug, {
      ...ratings(y, 'medium', 'medium'),
      aktion: 'absenden',
    });
    expect(incomplete.status).toBe(422);
    expect(incomplete.text).toContain(`Priorität fehlt: „${z.title}“`);
    expect(incomplete.text).toContain(`href="#feld-prioritaet-${z.id}"`);
    expect(incomplete.text).toMatch(new RegExp(`name="prioritaet-${y.id}" value="medium" checked`));
    // "Endgültig absenden" saves and asks first, saying what will be sent; nothing is final yet.
    const asked = await rate(anna.agent, round.slug, {
      ...ratings(z, 'low', 'long'),
      aktion: 'absenden',
    });
    expect(asked.status).toBe(303);
    expect(asked.headers.location).toBe(`/prioritaeten/bewerten/${round.slug}/absenden`);
    const confirmation = (await anna.agent.get(asked.headers.location)).text;
    expect(confirmation).toContain(
      'Nach dem Absenden lässt sich Ihre Bewertung nicht mehr ändern.',
    );
    expect(confirmation).toContain('3 von 3 Handlungsansätzen mit einer Priorität bewertet');
    expect(confirmation).toContain('0 ohne Bewertung');
    expect(confirmation).toContain('Ja, endgültig absenden');
    expect((await anna.agent.get(rateUrl)).text).toContain('Zwischenspeichern');
    const submitted = await post(anna.agent, asked.headers.location, asked.headers.location, {});
    expect(submitted.status).toBe(303);
    expect(submitted.headers.location).toBe(`/prioritaeten/bewerten/${round.slug}#abgeschickt`);
    // Afterwards the page shows what was sent, read-only, and no longer offers to save.
    const done = await anna.agent.get(rateUrl);
    expect(done.text).toContain('Abgeschickt am');
    expect(done.text).toContain('id="abgeschickt"');
    expect(done.text).not.toContain('name="aktion"');
    expect(done.text).not.toMatch(/zwischenspeichern/i);
    expect(done.text).toContain(`<td class="kern-table__cell">kurzfristig (bis ${year + 2})</td>`);
    const confirmAgain = await anna.agent.get(asked.headers.location);
    expect(confirmAgain.status).toBe(303);
    const afterSubmit = await anna.agent
      .post(`/prioritaeten/bewerten/${round.slug}`)
      .type('form')
      .send({
        _csrf: csrfToken((await anna.agent.get('/konto')).text),
        ...ratings(x, 'low'),
        aktion: 'absenden',
      });
    expect(afterSubmit.status).toBe(422);
    expect(afterSubmit.text).toContain('Sie haben Ihre Bewertung bereits abgeschickt');

    expect(
      (
        await submitFinally(bert.agent, round.slug, {
          ...ratings(x, 'medium', 'short'),
          ...ratings(y, 'high', 'short'),
          ...ratings(z, 'none'),
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await submitFinally(cora.agent, round.slug, {
          ...ratings(x, 'high', 'medium'),
          ...ratings(y, 'low', 'ongoing'),
          ...ratings(z, 'medium', 'long'),
        })
      ).status,
    ).toBe(303);
    expect(
      (await rate(dirk.agent, round.slug, { ...ratings(x, 'low', 'long'), aktion: 'speichern' }))
        .status,
    ).toBe(303);

    // Results stay hidden until the round is closed and published.
    await test.http.get(`/prioritaeten/${round.slug}`).expect(404);
    await test.http.get(`/prioritaeten/${round.slug}.csv`).expect(404);
    const early = await post(admin, page, `${page}/veroeffentlichen`, {});
    expect(early.status).toBe(409);
    expect(early.text).toContain('erst nach dem Ende der Runde');

    await test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .update({ id: round.id }, { closesAt: new Date(Date.now() - 1000) });
    const late = await rate(dirk.agent, round.slug, {
      ...ratings(x, 'high'),
      ...ratings(y, 'high'),
      ...ratings(z, 'high'),
      aktion: 'absenden',
    });
    expect(late.status).toBe(422);
    expect(late.text).toContain('zu Ende gegangen; Bewertungen sind nicht mehr möglich');
    const dirkRatings = await test.app
      .get(DataSource)
      .getRepository(Rating)
      .find({ where: { participant: { user: { id: dirk.id } } } });
    expect(dirkRatings.map((rating) => [rating.approachId, rating.priority])).toEqual([
      [x.id, 'low'],
    ]);
    await test.http.get(`/prioritaeten/${round.slug}`).expect(404);

    expect((await post(admin, page, `${page}/veroeffentlichen`, {})).status).toBe(303);
    const results = await test.http.get(`/prioritaeten/${round.slug}`).expect(200);
    expect(results.text).toContain('3 abgeschickte Bewertungen');
    expect(results.text).not.toContain('Demodaten');
    expect((await test.http.get('/prioritaeten')).text).toContain(
      `href="/prioritaeten/${round.slug}"`,
    );
  });

  it("names the default horizons of the round's own year in the form's hint", async () => {
    const opensAt = new Date(Date.now() + 400 * 24 * HOUR);
    const created = await post(
      admin,
      '/verwaltung/prioritaeten/neu',
      '/verwaltung/prioritaeten/neu',
      {
        title: 'Runde im nächsten Jahr',
        explanation: 'Bitte bewerten Sie.',
        opensAt: utcToBerlinLocal(opensAt),
        closesAt: utcToBerlinLocal(new Date(opensAt.getTime() + 24 * HOUR)),
        approachIds: [String(x.id)],
      },
    );
    expect(created.status).toBe(303);
    const year = berlinYear(opensAt);
    const form = (await admin.get(created.headers.location.split('#')[0]).expect(200)).text;
    expect(form).toContain(
      `(für eine Runde, die ${year} beginnt: „kurzfristig (bis ${year + 2})“, „mittelfristig (bis ${year + 5})“, „langfristig (nach ${year + 5})“)`,
    );
  });

  it('aggregates exactly as computed by hand, in the CSV and on the pages', async () => {
    const round = await test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .findOneByOrFail({ title: 'Prioritäten 2027' });
    const csv = await test.http.get(`/prioritaeten/${round.slug}.csv`).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const field = (approach: Approach) => `"${fieldTitles.get(approach.id)}"`;
    expect(lines.slice(1)).toEqual([
      `"1";${field(x)};"${x.title}";"2,67";"2";"1";"0";"0";"2";"1";"0";"0";"1";"2"`,
      `"2";${field(y)};"${y.title}";"2,00";"1";"1";"1";"0";"1";"1";"0";"1";"2";"1"`,
      `"3";${field(z)};"${z.title}";"1,50";"0";"1";"1";"1";"0";"0";"2";"0";"2";""`,
    ]);

    const results = (await test.http.get(`/prioritaeten/${round.slug}`)).text;
    const svgs = results.match(/<svg [^>]*role="img"[^>]*>/g) ?? [];
    expect(svgs.length).toBe(3);
    expect(results).toContain(
      '<title id="diagramm-gesamt-title">Verteilung der Prioritäten aller 3 Handlungsansätze</title>',
    );
    expect(results).toMatch(/<table class="kern-table" id="tabelle-gesamt">/);
    expect(results).toMatch(/<table class="kern-table" id="tabelle-vergleich">/);
    expect(results).toContain(`${x.title}: hoch 2</title>`);

    const approachPage = (await test.http.get(`/kek/${fieldSlugs.get(x.id)}/${x.slug}`)).text;
    expect(approachPage).toContain('Rang 1 von 3');
    expect(approachPage).toMatch(
      /Rang \d bei den Ausschüssen, (Rang \d bei der Verwaltung|keine Bewertung der Verwaltung)</,
    );
    expect(approachPage).toContain('hoch: 2 · mittel: 1 · niedrig: 0 · keine Angabe: 0');
    const year = berlinYear(round.opensAt);
    expect(approachPage).toContain(
      `Am häufigsten genannter Zeithorizont: kurzfristig (bis ${year + 2}).`,
    );
    expect(results).toContain(
      `<th class="kern-table__cell" scope="col">mittelfristig (bis ${year + 5})</th>`,
    );
    expect(results).toContain(
      '<th class="kern-table__cell" scope="col">Daueraufgabe des Landkreises</th>',
    );
    expect(results).not.toMatch(/bis 2020|bis 2025/);
    expect(lines[0]).toContain(`"langfristig (nach ${year + 5})";"Daueraufgabe des Landkreises"`);
  });

  it('lets only delegates who take part rate, and only signed-in ones', async () => {
    const round = await test.app
      .get(DataSource)
      .getRepository(PrioritisationRound)
      .findOneByOrFail({ title: 'Prioritäten 2027' });
    const anonymous = await test.http.get(`/prioritaeten/bewerten/${round.slug}`);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/konto\/anmelden/);
    const citizen = supertest.agent(test.app.getHttpServer());
    await login(citizen, (await createUser(test)).email, TEST_PASSWORD);
    expect((await citizen.get('/prioritaeten/bewerten')).status).toBe(403);
    const outsider = supertest.agent(test.app.getHttpServer());
    await login(
      outsider,
      (await createUser(test, { roles: ['citizen', 'delegate'] })).email,
      TEST_PASSWORD,
    );
    const notInvited = await outsider.get(`/prioritaeten/bewerten/${round.slug}`);
    expect(notInvited.status).toBe(403);
    expect(notInvited.text).toContain('Sie nehmen an dieser Runde nicht teil.');
  });
});
