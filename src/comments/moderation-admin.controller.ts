import { Body, Controller, Get, Post, Query, Redirect, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ProcessesService } from '../participation/processes.service.js';
import type { ModerationAction } from './comment-state.js';
import { AnswerDto, BulkApproveDto, DecisionReasonDto } from './dto/comment-forms.dto.js';
import { REJECTION_REASONS, ModerationService } from './moderation.service.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BREADCRUMBS = [{ title: 'Verwaltung', url: '/verwaltung' }];
const QUEUE = { title: 'Moderation', url: '/verwaltung/moderation' };
const REASONS = Object.entries(REJECTION_REASONS).map(([value, label]) => ({ value, label }));
const DONE: Record<ModerationAction, string> = {
  approve: 'Der Kommentar ist freigegeben.',
  reject:
    'Der Kommentar ist abgelehnt; die Verfasserin oder der Verfasser und wer ihn gemeldet hat, werden informiert.',
  hide: 'Der Kommentar ist ausgeblendet; die Verfasserin oder der Verfasser und wer ihn gemeldet hat, werden informiert.',
  unhide: 'Der Kommentar ist wieder sichtbar.',
  dismiss:
    'Die Meldungen sind zurückgewiesen, der Kommentar bleibt sichtbar; wer ihn gemeldet hat, wird informiert.',
};

@Controller('verwaltung/moderation')
@RequireRoles('moderator')
export class ModerationAdminController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly processes: ProcessesService,
  ) {}

  /** `?verfahren=<id>` shows one process's comments only. */
  @Get()
  @Render('comments/admin/queue')
  async queue(@Query('verfahren') processParam: unknown) {
    const processes = await this.processes.list();
    const filter = processes.find((process) => String(process.id) === processParam);
    const items = await this.moderation.queue(filter?.id);
    return {
      pageTitle: 'Moderation',
      breadcrumbs: BREADCRUMBS,
      items,
      pendingCount: items.filter((item) => item.isPending).length,
      filter: filter ?? null,
      processOptions: processes.map((process) => ({
        value: process.id,
        label: process.title,
        selected: process.id === filter?.id,
      })),
    };
  }

  @Post('freigeben')
  @Redirect('/verwaltung/moderation', 303)
  async approveAll(
    @Body() form: BulkApproveDto,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
  ) {
    const count = await this.moderation.approveAll(actor, form.ids);
    addFlash(request, {
      kind: 'success',
      message: `${count} ${count === 1 ? 'Kommentar' : 'Kommentare'} freigegeben.`,
    });
  }

  @Get('kommentare/:id')
  @Render('comments/admin/item')
  async item(@IdParam('id') id: number) {
    return this.itemModel(id);
  }

  @Post('kommentare/:id/freigeben')
  @Redirect('/verwaltung/moderation', 303)
  approve(@IdParam('id') id: number, @CurrentUser() actor: SessionUser, @Req() request: Request) {
    return this.simple(actor, id, 'approve', request);
  }

  @Post('kommentare/:id/in-ordnung')
  @Redirect('/verwaltung/moderation', 303)
  dismiss(@IdParam('id') id: number, @CurrentUser() actor: SessionUser, @Req() request: Request) {
    return this.simple(actor, id, 'dismiss', request);
  }

  @Post('kommentare/:id/einblenden')
  @Redirect('/verwaltung/moderation', 303)
  unhide(@IdParam('id') id: number, @CurrentUser() actor: SessionUser, @Req() request: Request) {
    return this.simple(actor, id, 'unhide', request);
  }

  /**
   * Hiding and rejecting tell the author why. The form posts to the comment's own address, so
   * after a refused form the page opens at its error summary and reloads.
   */
  @Post('kommentare/:id')
  @FormView('comments/admin/item')
  async decideWithReason(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.itemModel(id);
    const action = body.entscheidung === 'ausblenden' ? 'hide' : 'reject';
    const form = await validateForm(DecisionReasonDto, body);
    await this.moderation.decide(actor, id, action, form);
    addFlash(request, { kind: 'success', message: DONE[action] });
    response.redirect(303, '/verwaltung/moderation');
  }

  /** The answer form's address, reloaded after a refused form: the comment's page again. */
  @Get('kommentare/:id/stellungnahme')
  @Render('comments/admin/item')
  answerAddress(@IdParam('id') id: number) {
    return this.itemModel(id);
  }

  @Post('kommentare/:id/stellungnahme')
  @FormView('comments/admin/item')
  async answer(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.itemModel(id);
    const form = await validateForm(AnswerDto, body);
    await this.moderation.answer(actor, id, form.body);
    addFlash(request, {
      kind: 'success',
      message: 'Die Stellungnahme des Landkreises ist veröffentlicht.',
    });
    response.redirect(303, `/verwaltung/moderation/kommentare/${id}`);
  }

  private async simple(
    actor: SessionUser,
    id: number,
    action: Exclude<ModerationAction, 'reject' | 'hide'>,
    request: Request,
  ) {
    await this.moderation.decide(actor, id, action);
    addFlash(request, { kind: 'success', message: DONE[action] });
  }

  private async itemModel(id: number) {
    const item = await this.moderation.item(id);
    return {
      pageTitle: `Kommentar Nr. ${id}`,
      breadcrumbs: [...BREADCRUMBS, QUEUE],
      item,
      reasons: REASONS,
      values: { body: item.officialAnswer },
    };
  }
}
