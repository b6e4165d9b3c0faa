import { Body, Controller, Get, Param, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { addFlash } from '../common/session/web-session.js';
import { csvFile } from '../common/text/csv.js';
import { HORIZONS, PRIORITIES, type Horizon, type Priority } from './rating-scales.js';
import { RoundsService, type RatingInput } from './rounds.service.js';
import { resultsModel } from './results-view.js';

function parseRatings(body: Record<string, unknown>): RatingInput {
  const input: RatingInput = {};
  for (const [key, value] of Object.entries(body)) {
    const match = /^(prioritaet|horizont)-(\d+)$/.exec(key);
    if (!match || typeof value !== 'string') continue;
    const approachId = Number(match[2]);
    input[approachId] ??= { priority: null, horizon: null };
    if (match[1] === 'prioritaet' && (PRIORITIES as readonly string[]).includes(value))
      input[approachId].priority = value as Priority;
    if (match[1] === 'horizont' && (HORIZONS as readonly string[]).includes(value))
      input[approachId].horizon = value as Horizon;
  }
  return input;
}

@Controller('prioritaeten')
export class PrioritisationController {
  constructor(private readonly rounds: RoundsService) {}

  @Get()
  @Render('prioritisation/index')
  async index() {
    const published = await this.rounds.published();
    const latest = published[0] ? resultsModel(await this.rounds.results(published[0].slug)) : null;
    return {
      pageTitle: 'Prioritätensetzung',
      rounds: published,
      latest: latest && { ...latest, top: latest.overall.slice(0, 10) },
    };
  }

  @Get('bewerten')
  @RequireRoles('delegate')
  @Render('prioritisation/my-rounds')
  async myRounds(@CurrentUser() user: SessionUser) {
    const now = new Date();
    const participations = await this.rounds.myRounds(user.id);
    return {
      pageTitle: 'Meine Bewertungen',
      participations: participations.map((participation) => ({
        ...participation,
        isOpen: participation.round.opensAt <= now && participation.round.closesAt > now,
      })),
    };
  }

  @Get('bewerten/:slug')
  @RequireRoles('delegate')
  @Render('prioritisation/rate')
  async sheet(@Param('slug') slug: string, @CurrentUser() user: SessionUser) {
    return this.sheetModel(slug, user);
  }

  /**
   * Saves the ratings given so far ("Zwischenspeichern"); "Endgültig absenden" saves them too and,
   * when every approach has a priority, asks for confirmation on a page of its own.
   */
  @Post('bewerten/:slug')
  @RequireRoles('delegate')
  @FormView('prioritisation/rate')
  async rate(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const input = parseRatings(body);
    response.locals.formModel = await this.sheetModel(slug, user, input);
    const submit = body.aktion === 'absenden';
    await this.rounds.saveRatings(slug, user.id, input, { complete: submit });
    if (submit) {
      response.redirect(303, `/prioritaeten/bewerten/${slug}/absenden`);
      return;
    }
    addFlash(request, {
      kind: 'success',
      message: 'Ihre Bewertungen sind gespeichert. Sie können später weitermachen.',
    });
    response.redirect(303, `/prioritaeten/bewerten/${slug}#inhalt`);
  }

  /** Final submission cannot be undone: this page says so and what will be sent. */
  @Get('bewerten/:slug/absenden')
  @RequireRoles('delegate')
  async confirmSubmit(
    @Param('slug') slug: string,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ) {
    const model = await this.confirmModel(slug, user);
    if (!model.editable) {
      response.redirect(303, `/prioritaeten/bewerten/${slug}`);
      return;
    }
    response.render('prioritisation/confirm-submit', model);
  }

  @Post('bewerten/:slug/absenden')
  @RequireRoles('delegate')
  @FormView('prioritisation/confirm-submit')
  async submit(
    @Param('slug') slug: string,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.confirmModel(slug, user);
    await this.rounds.submit(slug, user.id);
    addFlash(request, { kind: 'success', message: 'Danke! Ihre Bewertung ist abgeschickt.' });
    response.redirect(303, `/prioritaeten/bewerten/${slug}#abgeschickt`);
  }

  /** /prioritaeten/:slug, or the results as CSV when the slug ends in ".csv". */
  @Get(':slug')
  async results(@Param('slug') slug: string, @Res() response: Response) {
    if (slug.endsWith('.csv')) {
      const { round, results } = await this.rounds.results(slug.slice(0, -4));
      response
        .type('text/csv; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${slug}"`)
        .send(
          csvFile(
            [
              'Rang',
              'Handlungsfeld',
              'Handlungsansatz',
              'Punkte (Mittel)',
              ...PRIORITIES.map((key) => round.scale.priorities[key]),
              ...HORIZONS.map((key) => round.scale.horizons[key]),
              'Rang Ausschüsse',
              'Rang Verwaltung',
            ],
            results.map((result) => [
              result.rank ?? '',
              result.fieldTitle,
              result.title,
              result.all.score === null ? '' : result.all.score.toFixed(2).replace('.', ','),
              ...PRIORITIES.map((key) => result.all.priorities[key]),
              ...HORIZONS.map((key) => result.all.horizons[key]),
              result.byBody.committee.rank ?? '',
              result.byBody.administration.rank ?? '',
            ]),
          ),
        );
      return;
    }
    response.render('prioritisation/results', resultsModel(await this.rounds.results(slug)));
  }

  /** The rating form; `input` (what was just sent) wins over what was saved, so nothing typed is lost. */
  private async sheetModel(slug: string, user: SessionUser, input: RatingInput = {}) {
    const sheet = await this.rounds.ratingSheet(slug, user.id);
    const { priorities, horizons } = sheet.round.scale;
    const now = new Date();
    const editable =
      !sheet.participant.submittedAt && sheet.round.opensAt <= now && sheet.round.closesAt > now;
    const fields = sheet.fields.map((field) => ({
      ...field,
      approaches: field.approaches.map((approach) => {
        const priority = input[approach.id]?.priority ?? approach.priority;
        const horizon = input[approach.id]?.horizon ?? approach.horizon;
        return {
          ...approach,
          priority,
          horizon,
          priorityLabel: priority ? priorities[priority] : 'nicht bewertet',
          horizonLabel: horizon ? horizons[horizon] : '–',
        };
      }),
    }));
    return {
      pageTitle: `Bewertung: ${sheet.round.title}`,
      breadcrumbs: [{ title: 'Meine Bewertungen', url: '/prioritaeten/bewerten' }],
      ...sheet,
      fields,
      notYetOpen: sheet.round.opensAt > now,
      editable,
      priorities: PRIORITIES.map((value) => ({ value, label: priorities[value] })),
      horizons: HORIZONS.map((value) => ({ value, label: horizons[value] })),
    };
  }

  /** What the delegate is about to send: how many approaches have which kind of answer. */
  private async confirmModel(slug: string, user: SessionUser) {
    const sheet = await this.sheetModel(slug, user);
    const approaches = sheet.fields.flatMap((field) => field.approaches);
    const count = (test: (approach: (typeof approaches)[number]) => boolean) =>
      approaches.filter(test).length;
    return {
      pageTitle: `Bewertung endgültig absenden: ${sheet.round.title}`,
      breadcrumbs: [
        ...sheet.breadcrumbs,
        { title: sheet.round.title, url: `/prioritaeten/bewerten/${slug}` },
      ],
      round: sheet.round,
      participant: sheet.participant,
      editable: sheet.editable,
      total: approaches.length,
      rated: count((approach) => approach.priority !== null && approach.priority !== 'none'),
      noAnswer: count((approach) => approach.priority === 'none'),
      unrated: count((approach) => approach.priority === null),
      withoutHorizon: count((approach) => approach.horizon === null),
      noneLabel: sheet.round.scale.priorities.none,
    };
  }
}
