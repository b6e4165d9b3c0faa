import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { berlinLocalToUtc, utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { ConceptService } from '../concept/concept.service.js';
import { ProcessDto } from './dto/process-form.dto.js';
import type { ParticipationProcess } from './entities/participation-process.entity.js';
import { STATE_LABELS, processState } from './process-scope.js';
import { type ProcessInput, ProcessesService } from './processes.service.js';
import { AUDIENCE_LABELS, scopeLabel } from './process-labels.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BREADCRUMBS = [{ title: 'Verwaltung', url: '/verwaltung' }];
const LIST = { title: 'Beteiligungsverfahren', url: '/verwaltung/beteiligungsverfahren' };
const NEW = { pageTitle: 'Neues Beteiligungsverfahren', action: `${LIST.url}/neu` };

function toInput(form: ProcessDto): ProcessInput {
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

function toValues(process: ParticipationProcess) {
  return {
    ...process,
    startsAt: utcToBerlinLocal(process.startsAt),
    endsAt: utcToBerlinLocal(process.endsAt),
    fieldIds: process.fields.map((field) => field.id),
    approachIds: process.approaches.map((approach) => approach.id),
  };
}

@Controller('verwaltung/beteiligungsverfahren')
@RequireRoles('editor')
export class ProcessesAdminController {
  constructor(
    private readonly processes: ProcessesService,
    private readonly concept: ConceptService,
  ) {}

  @Get()
  @Render('participation/admin/processes')
  async list() {
    const now = new Date();
    const processes = await this.processes.list();
    return {
      pageTitle: LIST.title,
      breadcrumbs: BREADCRUMBS,
      processes: processes.map((process) => ({
        ...process,
        audienceLabel: AUDIENCE_LABELS[process.audience],
        scopeLabel: scopeLabel(process),
        state: processState(process, now),
        stateLabel: STATE_LABELS[processState(process, now)],
      })),
    };
  }

  @Get('neu')
  @Render('participation/admin/process-form')
  async createForm() {
    return {
      ...(await this.formModel()),
      ...NEW,
      values: { moderationMode: 'pre', audience: 'everyone', scope: 'concept' },
    };
  }

  @Post('neu')
  @FormView('participation/admin/process-form')
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = { ...(await this.formModel()), ...NEW };
    const process = await this.processes.save(actor, toInput(await validateForm(ProcessDto, body)));
    addFlash(request, {
      kind: 'success',
      message: `Das Beteiligungsverfahren ist angelegt. Seine Adresse: /beteiligung/${process.slug}`,
    });
    response.redirect(303, LIST.url);
  }

  @Get(':id')
  @Render('participation/admin/process-form')
  async editForm(@IdParam('id') id: number) {
    const process = await this.processes.find(id);
    return {
      ...(await this.formModel()),
      pageTitle: process.title,
      action: `${LIST.url}/${id}`,
      process: { ...process, url: `/beteiligung/${process.slug}` },
      values: toValues(process),
    };
  }

  @Post(':id')
  @FormView('participation/admin/process-form')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const process = await this.processes.find(id);
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: process.title,
      action: `${LIST.url}/${id}`,
      process: { ...process, url: `/beteiligung/${process.slug}` },
    };
    const form = await validateForm(ProcessDto, body);
    await this.processes.save(actor, toInput(form), id);
    addFlash(request, { kind: 'success', message: 'Das Beteiligungsverfahren ist gespeichert.' });
    response.redirect(303, LIST.url);
  }

  @Get(':id/beenden')
  @Render(CONFIRM_VIEW)
  async confirmClose(@IdParam('id') id: number): Promise<Confirmation> {
    const process = await this.processes.find(id);
    return {
      pageTitle: 'Beteiligungsverfahren beenden',
      breadcrumbs: [...BREADCRUMBS, LIST],
      question: `„${process.title}“ jetzt beenden?`,
      consequence:
        'Danach sind keine neuen Kommentare mehr möglich; die Kommentare bleiben lesbar. Kommentare, die noch auf Freigabe warten, bleiben in der Moderation, und ihre Verfasser erfahren die Entscheidung wie sonst auch.',
      action: `${LIST.url}/${id}/beenden`,
      confirmLabel: 'Ja, jetzt beenden',
      cancelUrl: LIST.url,
    };
  }

  @Post(':id/beenden')
  async close(
    @IdParam('id') id: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const process = await this.processes.close(actor, id);
    addFlash(request, { kind: 'success', message: `„${process.title}“ ist beendet.` });
    response.redirect(303, LIST.url);
  }

  /** The choices of the scope: active fields and their active approaches. */
  private async formModel() {
    const [fields, approaches] = await Promise.all([
      this.concept.findStructure(),
      this.concept.listApproaches(),
    ]);
    return {
      breadcrumbs: [...BREADCRUMBS, LIST],
      fieldOptions: fields.map((field) => ({ value: field.id, label: field.title })),
      approachOptions: fields.map((field) => ({
        label: field.title,
        approaches: approaches.filter((approach) => approach.fieldSlug === field.slug),
      })),
    };
  }
}
