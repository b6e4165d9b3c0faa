import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { berlinLocalToUtc, utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { PhaseDto } from './dto/phase-form.dto.js';
import type { ParticipationPhase } from './entities/participation-phase.entity.js';
import { type PhaseInput, PhasesService } from './phases.service.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BREADCRUMBS = [{ title: 'Verwaltung', url: '/verwaltung' }];
const LIST = { title: 'Beteiligungsphasen', url: '/verwaltung/beteiligungsphasen' };
const FORM = { breadcrumbs: [...BREADCRUMBS, LIST] };

function toInput(form: PhaseDto): PhaseInput {
  const startsAt = berlinLocalToUtc(form.startsAt);
  const endsAt = berlinLocalToUtc(form.endsAt);
  if (!startsAt || !endsAt) {
    throw new FormValidationError({
      ...(startsAt ? {} : { startsAt: 'Bitte geben Sie einen gültigen Beginn an.' }),
      ...(endsAt ? {} : { endsAt: 'Bitte geben Sie ein gültiges Ende an.' }),
    });
  }
  return { ...form, startsAt, endsAt };
}

function toValues(phase: ParticipationPhase) {
  return {
    ...phase,
    startsAt: utcToBerlinLocal(phase.startsAt),
    endsAt: utcToBerlinLocal(phase.endsAt),
  };
}

@Controller('verwaltung/beteiligungsphasen')
@RequireRoles('editor')
export class PhasesAdminController {
  constructor(private readonly phases: PhasesService) {}

  @Get()
  @Render('comments/admin/phases')
  async list() {
    const now = new Date();
    const phases = await this.phases.list();
    return {
      pageTitle: 'Beteiligungsphasen',
      breadcrumbs: BREADCRUMBS,
      phases: phases.map((phase) => ({
        ...phase,
        state: phase.endsAt <= now ? 'beendet' : phase.startsAt > now ? 'geplant' : 'offen',
      })),
    };
  }

  @Get('neu')
  @Render('comments/admin/phase-form')
  createForm() {
    return {
      ...FORM,
      pageTitle: 'Neue Beteiligungsphase',
      action: '/verwaltung/beteiligungsphasen/neu',
      values: { moderationMode: 'pre', audience: 'everyone' },
    };
  }

  @Post('neu')
  @FormView('comments/admin/phase-form', {
    ...FORM,
    pageTitle: 'Neue Beteiligungsphase',
    action: '/verwaltung/beteiligungsphasen/neu',
  })
  async create(
    @Body() form: PhaseDto,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.phases.save(actor, toInput(form));
    addFlash(request, { kind: 'success', message: 'Die Beteiligungsphase ist angelegt.' });
    response.redirect(303, LIST.url);
  }

  @Get(':id')
  @Render('comments/admin/phase-form')
  async editForm(@IdParam('id') id: number) {
    const phase = await this.phases.find(id);
    return {
      ...FORM,
      pageTitle: phase.title,
      action: `${LIST.url}/${id}`,
      values: toValues(phase),
    };
  }

  @Post(':id')
  @FormView('comments/admin/phase-form', FORM)
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = {
      pageTitle: 'Beteiligungsphase bearbeiten',
      action: `${LIST.url}/${id}`,
    };
    const form = await validateForm(PhaseDto, body);
    await this.phases.save(actor, toInput(form), id);
    addFlash(request, { kind: 'success', message: 'Die Beteiligungsphase ist gespeichert.' });
    response.redirect(303, LIST.url);
  }
}
