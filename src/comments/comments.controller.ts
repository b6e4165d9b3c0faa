import { Body, Controller, Get, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { isPortalPath } from '../common/forms/portal-link.validators.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ConceptService } from '../concept/concept.service.js';
import { toneOf } from '../participation/tone.js';
import { CommentNotifications } from './comment-notifications.service.js';
import { CommentsService } from './comments.service.js';
import { ReportDto } from './dto/comment-forms.dto.js';
import { REPORT_REASONS } from './entities/comment-report.entity.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const REPORT_FORM = {
  pageTitle: 'Kommentar melden',
  reasons: Object.entries(REPORT_REASONS).map(([value, label]) => ({ value, label })),
};

@Controller()
export class CommentsController {
  constructor(
    private readonly comments: CommentsService,
    private readonly subscriptions: SubscriptionsService,
    private readonly notifications: CommentNotifications,
    private readonly concept: ConceptService,
  ) {}

  @Post('kommentare/:id/unterstuetzen')
  @RequireRoles()
  async support(
    @IdParam('id') id: number,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const comment = await this.comments.support(user, id);
    addFlash(request, { kind: 'success', message: toneOf(comment.process).flashes.supported });
    response.redirect(303, await this.threadUrl(comment.approach.id, id));
  }

  @Post('kommentare/:id/zustimmung-zuruecknehmen')
  @RequireRoles()
  async withdrawSupport(
    @IdParam('id') id: number,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const comment = await this.comments.withdrawSupport(user, id);
    addFlash(request, {
      kind: 'success',
      message: toneOf(comment.process).flashes.supportWithdrawn,
    });
    response.redirect(303, await this.threadUrl(comment.approach.id, id));
  }

  @Get('kommentare/:id/melden')
  @RequireRoles()
  @Render('comments/report')
  async reportForm(@IdParam('id') id: number) {
    return this.reportModel(id);
  }

  @Post('kommentare/:id/melden')
  @RequireRoles()
  @FormView('comments/report', REPORT_FORM)
  async report(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.reportModel(id);
    const form = await validateForm(ReportDto, body);
    const comment = await this.comments.report(user, id, form.reason, form.note);
    addFlash(request, { kind: 'success', message: toneOf(comment.process).flashes.reported });
    response.redirect(303, await this.threadUrl(comment.approach.id, id));
  }

  @Get('kommentare/:id/loeschen')
  @RequireRoles()
  @Render(CONFIRM_VIEW)
  async confirmDelete(@IdParam('id') id: number): Promise<Confirmation> {
    const comment = await this.comments.find(id);
    const thread = await this.threadUrl(comment.approach.id, id);
    return {
      pageTitle: 'Kommentar löschen',
      ...toneOf(comment.process).deletion,
      action: `/kommentare/${id}/loeschen`,
      confirmLabel: 'Ja, löschen',
      cancelUrl: thread,
    };
  }

  @Post('kommentare/:id/loeschen')
  @RequireRoles()
  async delete(
    @IdParam('id') id: number,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const comment = await this.comments.deleteOwn(user, id);
    addFlash(request, { kind: 'success', message: toneOf(comment.process).flashes.deleted });
    response.redirect(303, await this.threadUrl(comment.approach.id));
  }

  @Post('kommentare/abonnieren/:approachId')
  @RequireRoles()
  async subscribe(
    @IdParam('approachId') approachId: number,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.subscriptions.subscribe(user.id, approachId);
    addFlash(request, {
      kind: 'success',
      message: 'Sie erhalten neue Kommentare zu diesem Handlungsansatz einmal täglich per E-Mail.',
    });
    response.redirect(303, await this.threadUrl(approachId));
  }

  @Post('kommentare/abbestellen/:approachId')
  @RequireRoles()
  async unsubscribeApproach(
    @IdParam('approachId') approachId: number,
    @Body('zurueck') returnTo: unknown,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.subscriptions.unsubscribe(user.id, approachId);
    addFlash(request, { kind: 'info', message: 'Sie folgen diesem Handlungsansatz nicht mehr.' });
    // From /konto the person goes back to the list there; from the approach page to its thread.
    response.redirect(303, isPortalPath(returnTo) ? returnTo : await this.threadUrl(approachId));
  }

  /** The link from a mail: a page with one button (mail scanners must not unsubscribe by GET). */
  @Get('benachrichtigungen/abbestellen')
  @Render('comments/unsubscribe')
  unsubscribeForm(@Query('token') token: unknown) {
    return { pageTitle: 'E-Mails abbestellen', token: typeof token === 'string' ? token : '' };
  }

  /** One-click unsubscribe (RFC 8058): the signed token authorises it, so it needs no CSRF token. */
  @Post('benachrichtigungen/abbestellen')
  async unsubscribe(
    @Query('token') query: unknown,
    @Body('token') body: unknown,
    @Res() response: Response,
  ) {
    const token = typeof body === 'string' ? body : typeof query === 'string' ? query : '';
    const result = await this.notifications.unsubscribe(token);
    response.status(result ? 200 : 400).render('comments/unsubscribed', {
      pageTitle: result ? 'Abbestellt' : 'Link nicht gültig',
      result,
    });
  }

  private async reportModel(id: number) {
    const comment = await this.comments.find(id);
    return {
      ...REPORT_FORM,
      commentId: id,
      tone: toneOf(comment.process).report,
      backUrl: await this.threadUrl(comment.approach.id, id),
    };
  }

  private async threadUrl(approachId: number, commentId?: number): Promise<string> {
    const link = await this.concept.approachLink(approachId);
    if (!link) return '/kek';
    return `/kek/${link.fieldSlug}/${link.slug}${commentId ? `#kommentar-${commentId}` : '#kommentare'}`;
  }
}
