import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ConceptService } from '../concept/concept.service.js';
import { ParticipantFormDto, RoundFormDto } from './dto/round-forms.dto.js';
import { BODY_KIND_LABELS } from './rating-scales.js';
import { RoundsService } from './rounds.service.js';
import { SCALE_FIELDS, berlinYear, defaultScale } from './round-scale.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const LIST = { title: 'Prioritätensetzung', url: '/verwaltung/prioritaeten' };

@Controller('verwaltung/prioritaeten')
@RequireRoles('admin')
export class PrioritisationAdminController {
  constructor(
    private readonly rounds: RoundsService,
    private readonly concept: ConceptService,
  ) {}

  @Get()
  @Render('prioritisation/admin/rounds')
  async list() {
    return {
      pageTitle: 'Prioritätensetzung',
      breadcrumbs: [BACK_OFFICE],
      rounds: await this.rounds.list(),
    };
  }

  @Get('neu')
  @Render('prioritisation/admin/round')
  async createForm() {
    return {
      ...(await this.formModel()),
      pageTitle: 'Neue Runde',
      action: `${LIST.url}/neu`,
      values: { approachIds: [] },
    };
  }

  @Post('neu')
  @FormView('prioritisation/admin/round')
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: 'Neue Runde',
      action: `${LIST.url}/neu`,
    };
    const round = await this.rounds.save(actor, await validateForm(RoundFormDto, body));
    addFlash(request, {
      kind: 'success',
      message: 'Die Runde ist angelegt. Fügen Sie jetzt die Teilnehmenden hinzu.',
    });
    response.redirect(303, `${LIST.url}/${round.id}`);
  }

  @Get(':id')
  @Render('prioritisation/admin/round')
  async edit(@IdParam('id') id: number) {
    return this.formModel(id);
  }

  @Post(':id')
  @FormView('prioritisation/admin/round')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.formModel(id);
    await this.rounds.save(actor, await validateForm(RoundFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Die Runde ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  /** A refused participant form leaves this address in the bar; reloading it shows the round. */
  @Get(':id/teilnehmende')
  @Render('prioritisation/admin/round')
  participantsSection(@IdParam('id') id: number) {
    return this.formModel(id);
  }

  @Post(':id/teilnehmende')
  @FormView('prioritisation/admin/round')
  async addParticipant(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.formModel(id);
    await this.rounds.addParticipant(actor, id, await validateForm(ParticipantFormDto, body));
    addFlash(request, { kind: 'success', message: 'Die Person nimmt an der Runde teil.' });
    response.redirect(303, `${LIST.url}/${id}#teilnehmende`);
  }

  @Post(':id/einladen')
  async invite(@IdParam('id') id: number, @Req() request: Request, @Res() response: Response) {
    const count = await this.rounds.invite(id);
    addFlash(request, {
      kind: 'success',
      message: count ? `${count} Einladungen sind unterwegs.` : 'Alle sind bereits eingeladen.',
    });
    response.redirect(303, `${LIST.url}/${id}#teilnehmende`);
  }

  @Post(':id/veroeffentlichen')
  async publish(
    @IdParam('id') id: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.rounds.publish(actor, id);
    addFlash(request, { kind: 'success', message: 'Die Ergebnisse sind veröffentlicht.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  private async formModel(id?: number) {
    const [approaches, delegates] = await Promise.all([
      this.concept.listApproaches(),
      this.rounds.delegates(),
    ]);
    const base = {
      breadcrumbs: [BACK_OFFICE, LIST],
      approachOptions: approaches.map((approach) => ({
        value: approach.id,
        slug: approach.slug,
        label: approach.title,
      })),
      delegateOptions: delegates.map((delegate) => ({
        value: delegate.id,
        label: `${delegate.displayName} (${delegate.email})`,
      })),
      bodyKinds: Object.entries(BODY_KIND_LABELS).map(([value, label]) => ({ value, label })),
      scaleFields: SCALE_FIELDS,
      scaleExample: scaleExample(new Date()),
    };
    if (!id) return base;
    const round = await this.rounds.find(id);
    const [participants, scaleLocked] = await Promise.all([
      this.rounds.listParticipants(id),
      this.rounds.hasRatings(id),
    ]);
    return {
      ...base,
      scaleLocked,
      pageTitle: round.title,
      action: `${LIST.url}/${id}`,
      scaleExample: scaleExample(round.opensAt),
      round: { ...round, isClosed: round.closesAt <= new Date() },
      participants: participants.map((participant) => ({
        ...participant,
        name: participant.user?.displayName ?? 'gelöschtes Konto',
        bodyKindLabel: BODY_KIND_LABELS[participant.bodyKind],
      })),
      values: this.rounds.formValues(round),
    };
  }
}

/** The default horizons for a round opening at the given time, as the form's hint names them. */
function scaleExample(opensAt: Date) {
  const year = berlinYear(opensAt);
  return { year, ...defaultScale(year).horizons };
}
