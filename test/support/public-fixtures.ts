import { DataSource } from 'typeorm';
import { RoundParticipant } from '../../src/prioritisation/entities/round-participant.entity.js';
import type { User } from '../../src/accounts/entities/user.entity.js';
import { attachDocument, createEvent } from '../factories/events.js';
import { approachBySlug, createComment, createProcess } from '../factories/forum.js';
import { createStaticPage } from '../factories/pages.js';
import { createRound } from '../factories/prioritisation.js';
import { createArticle } from '../factories/press.js';
import type { TestApp } from './test-app.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * A concrete path for every public route with :params, by the route's pattern; `delegate`
 * takes part in the open round. A new public route with parameters needs an entry here.
 */
export async function publicFixtures(
  test: TestApp,
  delegate: User,
): Promise<Record<string, string>> {
  const field = 'starker-wirtschaftsstandort';
  const approach = await approachBySlug(test, 'vernetzung-von-produzenten');
  const process = await createProcess(test);
  const comment = await createComment(test, {
    approach,
    process,
    author: delegate,
    status: 'published',
  });
  const event = await createEvent(test, { capacity: 50 });
  const document = await attachDocument(test, event);
  const article = await createArticle(test, { status: 'published', publishAt: new Date() });
  const page = await createStaticPage(test);
  const openRound = await createRound(test, [approach]);
  await test.app
    .get(DataSource)
    .getRepository(RoundParticipant)
    .save({ round: openRound, user: delegate, body: 'Kreisausschuss', bodyKind: 'committee' });
  const publishedRound = await createRound(test, [approach], {
    opensAt: new Date(Date.now() - 30 * DAY),
    closesAt: new Date(Date.now() - DAY),
    publishedAt: new Date(),
  });
  const approachPath = `/kek/${field}/${approach.slug}`;
  return {
    '/kek/querschnittsthemen/:slug': '/kek/querschnittsthemen/digitalisierung',
    '/kek/teilraeume/:slug': '/kek/teilraeume/westlicher-teil',
    '/kek/:field': `/kek/${field}`,
    '/kek/:field/:approach': approachPath,
    '/kek/:field/:approach/kommentare/:process': `${approachPath}/kommentare/${process.slug}`,
    '/beteiligung/:slug': `/beteiligung/${process.slug}`,
    '/kommentare/:id/unterstuetzen': `/kommentare/${comment.id}/unterstuetzen`,
    '/kommentare/:id/zustimmung-zuruecknehmen': `/kommentare/${comment.id}/zustimmung-zuruecknehmen`,
    '/kommentare/:id/melden': `/kommentare/${comment.id}/melden`,
    '/kommentare/:id/loeschen': `/kommentare/${comment.id}/loeschen`,
    '/kommentare/abonnieren/:approachId': `/kommentare/abonnieren/${approach.id}`,
    '/kommentare/abbestellen/:approachId': `/kommentare/abbestellen/${approach.id}`,
    '/veranstaltungen/:slug': `/veranstaltungen/${event.slug}`,
    '/veranstaltungen/:slug/anmeldung': `/veranstaltungen/${event.slug}/anmeldung`,
    '/veranstaltungen/:slug/anmeldung/ergebnis': `/veranstaltungen/${event.slug}/anmeldung/ergebnis`,
    '/dokumente/:id/:fileName': `/dokumente/${document.id}/${encodeURIComponent(document.fileName)}`,
    '/presse/:slug': `/presse/${article.slug}`,
    '/prioritaeten/bewerten/:slug': `/prioritaeten/bewerten/${openRound.slug}`,
    '/prioritaeten/bewerten/:slug/absenden': `/prioritaeten/bewerten/${openRound.slug}/absenden`,
    '/prioritaeten/:slug': `/prioritaeten/${publishedRound.slug}`,
    '/seiten/:slug': `/seiten/${page.slug}`,
  };
}
