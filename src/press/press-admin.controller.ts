import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ConceptService } from '../concept/concept.service.js';
import { DocumentUpload, UploadedDocument } from '../documents/document-upload.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { documentUrl } from '../documents/document-view.js';
import { ImageDetailsDto } from '../documents/dto/image-details.dto.js';
import { EventsService } from '../events/events.service.js';
import { ArticleFormDto, ClippingFormDto } from './dto/press-forms.dto.js';
import { ARTICLE_STATUS_LABELS } from './entities/article.entity.js';
import { PressAdminService } from './press-admin.service.js';
import { clippingSource } from './press.service.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const HOME = { title: 'Presse', url: '/verwaltung/presse' };

@Controller('verwaltung/presse')
@RequireRoles('press')
export class PressAdminController {
  constructor(
    private readonly press: PressAdminService,
    private readonly events: EventsService,
    private readonly concept: ConceptService,
  ) {}

  @Get()
  @Render('press/admin/index')
  async index() {
    const [articles, clippings] = await Promise.all([
      this.press.listArticles(),
      this.press.listClippings(),
    ]);
    return {
      pageTitle: 'Presse',
      breadcrumbs: [BACK_OFFICE],
      articles: articles.map((article) => ({
        ...article,
        statusLabel: ARTICLE_STATUS_LABELS[article.status],
      })),
      clippings: clippings.map((clipping) => ({ ...clipping, source: clippingSource(clipping) })),
    };
  }

  @Get('artikel/neu')
  @Render('press/admin/article-form')
  async newArticle() {
    return {
      ...(await this.articleModel()),
      pageTitle: 'Neuer Artikel',
      action: '/verwaltung/presse/artikel/neu',
      values: { eventIds: [], approachIds: [] },
    };
  }

  @Post('artikel/neu')
  @FormView('press/admin/article-form')
  async createArticle(
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = {
      ...(await this.articleModel()),
      pageTitle: 'Neuer Artikel',
      action: '/verwaltung/presse/artikel/neu',
    };
    const article = await this.press.saveArticle(editor, await validateForm(ArticleFormDto, body));
    addFlash(request, { kind: 'success', message: 'Der Artikel ist als Entwurf gespeichert.' });
    response.redirect(303, `/verwaltung/presse/artikel/${article.id}`);
  }

  @Get('artikel/:id')
  @Render('press/admin/article-form')
  async editArticle(@IdParam('id') id: number) {
    const article = await this.press.findArticle(id);
    return {
      ...(await this.articleModel(id)),
      pageTitle: article.title,
      values: this.press.articleValues(article),
    };
  }

  @Post('artikel/:id')
  @FormView('press/admin/article-form')
  async updateArticle(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const article = await this.press.findArticle(id);
    response.locals.formModel = { ...(await this.articleModel(id)), pageTitle: article.title };
    await this.press.saveArticle(editor, await validateForm(ArticleFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Der Artikel ist gespeichert.' });
    response.redirect(303, `/verwaltung/presse/artikel/${id}`);
  }

  @Post('artikel/:id/pruefen')
  async review(
    @IdParam('id') id: number,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.press.submitForReview(editor, id);
    addFlash(request, { kind: 'success', message: 'Der Artikel ist zur Prüfung vorgelegt.' });
    response.redirect(303, `/verwaltung/presse/artikel/${id}`);
  }

  @Post('artikel/:id/veroeffentlichen')
  async publish(
    @IdParam('id') id: number,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const article = await this.press.publish(editor, id);
    addFlash(request, {
      kind: 'success',
      message:
        article.status === 'scheduled'
          ? 'Der Artikel erscheint zum geplanten Zeitpunkt.'
          : 'Der Artikel ist veröffentlicht.',
    });
    response.redirect(303, `/verwaltung/presse/artikel/${id}`);
  }

  @Get('artikel/:id/zurueckziehen')
  @Render(CONFIRM_VIEW)
  confirmWithdraw(@IdParam('id') id: number): Confirmation {
    return {
      pageTitle: 'Artikel zurückziehen',
      breadcrumbs: [BACK_OFFICE, { title: 'Presse', url: '/verwaltung/presse' }],
      question: 'Diesen Artikel wirklich zurückziehen?',
      consequence:
        'Er wird wieder ein Entwurf und verschwindet sofort von der Website und aus dem RSS-Feed.',
      action: `/verwaltung/presse/artikel/${id}/zurueckziehen`,
      confirmLabel: 'Ja, zurückziehen',
      cancelUrl: `/verwaltung/presse/artikel/${id}`,
    };
  }

  @Post('artikel/:id/zurueckziehen')
  async withdraw(
    @IdParam('id') id: number,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.press.withdraw(editor, id);
    addFlash(request, {
      kind: 'info',
      message: 'Der Artikel ist wieder ein Entwurf und nicht mehr öffentlich.',
    });
    response.redirect(303, `/verwaltung/presse/artikel/${id}`);
  }

  @Post('artikel/:id/titelbild')
  @DocumentUpload()
  @FormView('press/admin/article-form')
  async leadImage(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const article = await this.press.findArticle(id);
    response.locals.formModel = {
      ...(await this.articleModel(id)),
      pageTitle: article.title,
      values: this.press.articleValues(article),
    };
    await this.press.setLeadImage(editor, id, file, await validateForm(ImageDetailsDto, body));
    addFlash(request, { kind: 'success', message: 'Das Titelbild ist gespeichert.' });
    response.redirect(303, `/verwaltung/presse/artikel/${id}`);
  }

  @Get('ausschnitte/neu')
  @Render('press/admin/clipping-form')
  async newClipping() {
    return {
      ...(await this.clippingModel()),
      pageTitle: 'Neuer Pressespiegel-Eintrag',
      action: '/verwaltung/presse/ausschnitte/neu',
      values: { eventIds: [] },
    };
  }

  @Post('ausschnitte/neu')
  @FormView('press/admin/clipping-form')
  async createClipping(
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = {
      ...(await this.clippingModel()),
      pageTitle: 'Neuer Pressespiegel-Eintrag',
      action: '/verwaltung/presse/ausschnitte/neu',
    };
    const clipping = await this.press.saveClipping(
      editor,
      await validateForm(ClippingFormDto, body),
    );
    addFlash(request, { kind: 'success', message: 'Der Eintrag ist gespeichert.' });
    response.redirect(303, `/verwaltung/presse/ausschnitte/${clipping.id}`);
  }

  @Get('ausschnitte/:id')
  @Render('press/admin/clipping-form')
  async editClipping(@IdParam('id') id: number) {
    const clipping = await this.press.findClipping(id);
    return {
      ...(await this.clippingModel(id)),
      pageTitle: clipping.headline,
      clipping: { ...clipping, pdfUrl: clipping.document ? documentUrl(clipping.document) : null },
      values: { ...clipping, eventIds: clipping.events.map((event) => event.id) },
    };
  }

  @Post('ausschnitte/:id')
  @FormView('press/admin/clipping-form')
  async updateClipping(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const clipping = await this.press.findClipping(id);
    response.locals.formModel = { ...(await this.clippingModel(id)), pageTitle: clipping.headline };
    await this.press.saveClipping(editor, await validateForm(ClippingFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Der Eintrag ist gespeichert.' });
    response.redirect(303, `/verwaltung/presse/ausschnitte/${id}`);
  }

  @Post('ausschnitte/:id/pdf')
  @DocumentUpload()
  @FormView('press/admin/clipping-form')
  async clippingPdf(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const clipping = await this.press.findClipping(id);
    response.locals.formModel = {
      ...(await this.clippingModel(id)),
      pageTitle: clipping.headline,
      values: { ...clipping, eventIds: clipping.events.map((event) => event.id) },
    };
    const warnings = await this.press.setClippingPdf(editor, id, file);
    addFlash(request, { kind: 'success', message: 'Die PDF-Datei ist gespeichert.' });
    for (const warning of warnings) addFlash(request, { kind: 'warning', message: warning });
    response.redirect(303, `/verwaltung/presse/ausschnitte/${id}`);
  }

  private async articleModel(id?: number) {
    const [events, approaches, history] = await Promise.all([
      this.events.listPublic(),
      this.concept.listApproaches(),
      id ? this.press.history(id) : Promise.resolve([]),
    ]);
    const article = id ? await this.press.findArticle(id) : null;
    return {
      breadcrumbs: [BACK_OFFICE, HOME],
      action: id ? `/verwaltung/presse/artikel/${id}` : '/verwaltung/presse/artikel/neu',
      article: article && {
        ...article,
        statusLabel: ARTICLE_STATUS_LABELS[article.status],
        leadImageUrl: article.leadImage ? documentUrl(article.leadImage) : null,
      },
      eventOptions: events
        .slice()
        .reverse()
        .map((event) => ({ value: event.id, label: event.title })),
      approachOptions: approaches.map((approach) => ({
        value: approach.id,
        slug: approach.slug,
        label: approach.title,
      })),
      history,
    };
  }

  private async clippingModel(id?: number) {
    const events = await this.events.listPublic();
    return {
      breadcrumbs: [BACK_OFFICE, HOME],
      action: id ? `/verwaltung/presse/ausschnitte/${id}` : '/verwaltung/presse/ausschnitte/neu',
      eventOptions: events
        .slice()
        .reverse()
        .map((event) => ({ value: event.id, label: event.title })),
    };
  }
}
