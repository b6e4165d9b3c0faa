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
import { AppConfig } from '../config/app-config.js';
import { articlePage } from './article-page.js';
import {
  ArticleFormDto,
  ClippingFormDto,
  ReviewDecisionDto,
  SubmitForReviewDto,
} from './dto/press-forms.dto.js';
import { ARTICLE_STATUS_LABELS, type Article } from './entities/article.entity.js';
import {
  ArticleNotDraftError,
  ArticleNotEditableError,
  PressAdminService,
  mayReview,
} from './press-admin.service.js';
import { clippingSource } from './press.service.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const HOME = { title: 'Presse', url: '/verwaltung/presse' };

/**
 * The article's page in the back office; by default at its top (`#inhalt`), where the flash with
 * the outcome of a POST is, so a form's `#fehler` does not carry over into the redirect.
 */
function articleUrl(id: number, anchor = '#inhalt'): string {
  return `/verwaltung/presse/artikel/${id}${anchor}`;
}

@Controller('verwaltung/presse')
@RequireRoles('press')
export class PressAdminController {
  constructor(
    private readonly press: PressAdminService,
    private readonly events: EventsService,
    private readonly concept: ConceptService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Render('press/admin/index')
  async index(@CurrentUser() user: SessionUser) {
    const [articles, clippings, waiting] = await Promise.all([
      this.press.listArticles(),
      this.press.listClippings(),
      this.press.awaitingReview(),
    ]);
    return {
      pageTitle: 'Presse',
      breadcrumbs: [BACK_OFFICE],
      reviewQueue: waiting.map((article) => ({
        ...article,
        mayReview: mayReview(article, user),
      })),
      articles: articles.map((article) => ({
        ...article,
        statusLabel: ARTICLE_STATUS_LABELS[article.status],
      })),
      clippings: clippings.map((clipping) => ({ ...clipping, source: clippingSource(clipping) })),
    };
  }

  @Get('artikel/neu')
  @Render('press/admin/article-form')
  async newArticle(@CurrentUser() user: SessionUser) {
    return {
      ...(await this.articleModel(user)),
      pageTitle: 'Neuer Artikel',
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
      ...(await this.articleModel(editor)),
      pageTitle: 'Neuer Artikel',
    };
    const article = await this.press.saveArticle(editor, await validateForm(ArticleFormDto, body));
    addFlash(request, {
      kind: 'success',
      message:
        'Der Artikel ist als Entwurf gespeichert. Veröffentlichen kann ihn eine andere Person der Pressestelle, wenn Sie ihn zur Prüfung vorgelegt haben.',
    });
    response.redirect(303, articleUrl(article.id));
  }

  @Get('artikel/:id')
  @Render('press/admin/article-form')
  async editArticle(@IdParam('id') id: number, @CurrentUser() user: SessionUser) {
    const article = await this.press.findArticle(id);
    return {
      ...(await this.articleModel(user, id)),
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
    response.locals.formModel = {
      ...(await this.articleModel(editor, id)),
      pageTitle: article.title,
    };
    await this.press.saveArticle(editor, await validateForm(ArticleFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Der Artikel ist gespeichert.' });
    response.redirect(303, articleUrl(id));
  }

  @Get('artikel/:id/vorschau')
  @Render('press/article')
  async preview(@IdParam('id') id: number) {
    const article = await this.press.preview(id);
    return {
      ...articlePage(article, {
        name: this.config.PORTAL_NAME,
        baseUrl: this.config.publicBaseUrl,
      }),
      breadcrumbs: [BACK_OFFICE, HOME, { title: article.title, url: articleUrl(id, '') }],
      preview: {
        title:
          article.status === 'published'
            ? 'Vorschau – der Artikel ist veröffentlicht'
            : 'Vorschau – nicht veröffentlicht',
        statusLabel: ARTICLE_STATUS_LABELS[article.status],
        editUrl: articleUrl(id, ''),
      },
    };
  }

  @Get('artikel/:id/pruefen')
  @Render('press/admin/submit-review')
  async confirmSubmit(@IdParam('id') id: number, @CurrentUser() user: SessionUser) {
    return this.submitModel(id, user);
  }

  @Post('artikel/:id/pruefen')
  @FormView('press/admin/submit-review')
  async submitForReview(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const model = await this.submitModel(id, editor);
    response.locals.formModel = model;
    // Checked before the form: a note to an article no longer in draft has no field to correct.
    if (!model.isDraft) throw new ArticleNotDraftError();
    const form = await validateForm(SubmitForReviewDto, body);
    const { notified } = await this.press.submitForReview(editor, id, form.comment ?? null);
    addFlash(request, {
      kind: 'success',
      message: `Der Artikel ist zur Prüfung vorgelegt. ${
        notified === 1
          ? 'Eine Person kann ihn freigeben und ist per E-Mail benachrichtigt.'
          : `${notified} Personen können ihn freigeben und sind per E-Mail benachrichtigt.`
      }`,
    });
    response.redirect(303, articleUrl(id));
  }

  @Get('artikel/:id/freigabe')
  @Render('press/admin/review')
  async reviewPage(@IdParam('id') id: number, @CurrentUser() user: SessionUser) {
    return this.reviewModel(id, user);
  }

  @Post('artikel/:id/freigabe')
  @FormView('press/admin/review')
  async review(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() reviewer: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.reviewModel(id, reviewer);
    const form = await validateForm(ReviewDecisionDto, body);
    const article = await this.press.review(reviewer, id, form.decision, form.comment ?? null);
    const told = 'Die Autorin bzw. der Autor ist per E-Mail informiert.';
    addFlash(request, {
      kind: 'success',
      message:
        article.status === 'draft'
          ? `Der Artikel ist zur Überarbeitung zurückgegeben. ${told}`
          : article.status === 'scheduled'
            ? `Der Artikel ist freigegeben und erscheint zum geplanten Zeitpunkt. ${told}`
            : `Der Artikel ist freigegeben und veröffentlicht. ${told}`,
    });
    response.redirect(303, articleUrl(id));
  }

  @Get('artikel/:id/zurueckziehen')
  @Render(CONFIRM_VIEW)
  confirmWithdraw(@IdParam('id') id: number): Confirmation {
    return {
      pageTitle: 'Artikel zurückziehen',
      breadcrumbs: [BACK_OFFICE, HOME],
      question: 'Diesen Artikel wirklich zurückziehen?',
      consequence:
        'Er wird wieder ein Entwurf und verschwindet sofort von der Website und aus dem RSS-Feed. Um ihn wieder zu veröffentlichen, muss er erneut geprüft und freigegeben werden.',
      action: `/verwaltung/presse/artikel/${id}/zurueckziehen`,
      confirmLabel: 'Ja, zurückziehen',
      cancelUrl: articleUrl(id, ''),
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
    response.redirect(303, articleUrl(id));
  }

  @Get('artikel/:id/titelbild')
  @Render('press/admin/lead-image')
  async leadImagePage(@IdParam('id') id: number) {
    const article = await this.press.findArticle(id);
    return {
      ...this.leadImageModel(article),
      values: { altText: article.leadImage?.altText, credit: article.leadImage?.credit },
    };
  }

  @Post('artikel/:id/titelbild')
  @DocumentUpload()
  @FormView('press/admin/lead-image')
  async leadImage(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = this.leadImageModel(await this.press.findArticle(id));
    await this.press.setLeadImage(editor, id, file, await validateForm(ImageDetailsDto, body));
    addFlash(request, { kind: 'success', message: 'Das Titelbild ist gespeichert.' });
    response.redirect(303, articleUrl(id));
  }

  @Get('artikel/:id/titelbild/entfernen')
  @Render(CONFIRM_VIEW)
  async confirmRemoveLeadImage(@IdParam('id') id: number): Promise<Confirmation> {
    const article = await this.press.findArticle(id);
    if (article.status !== 'draft') throw new ArticleNotEditableError();
    return {
      pageTitle: 'Titelbild entfernen',
      breadcrumbs: [BACK_OFFICE, HOME, { title: article.title, url: articleUrl(id, '') }],
      question: `Das Titelbild von „${article.title}“ wirklich entfernen?`,
      consequence:
        'Die Bilddatei mit Bildbeschreibung und Bildnachweis wird gelöscht; der Artikel erscheint ohne Bild. Das lässt sich nicht rückgängig machen – Sie können aber jederzeit ein neues Bild hochladen.',
      action: `/verwaltung/presse/artikel/${id}/titelbild/entfernen`,
      confirmLabel: 'Ja, Titelbild entfernen',
      cancelUrl: `/verwaltung/presse/artikel/${id}/titelbild`,
    };
  }

  @Post('artikel/:id/titelbild/entfernen')
  async removeLeadImage(
    @IdParam('id') id: number,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.press.removeLeadImage(editor, id);
    addFlash(request, { kind: 'info', message: 'Das Titelbild ist entfernt.' });
    response.redirect(303, articleUrl(id));
  }

  @Get('ausschnitte/neu')
  @Render('press/admin/clipping-form')
  async newClipping() {
    return {
      ...(await this.clippingModel()),
      pageTitle: 'Neuer Pressespiegel-Eintrag',
      action: '/verwaltung/presse/ausschnitte/neu#fehler',
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
      action: '/verwaltung/presse/ausschnitte/neu#fehler',
    };
    const clipping = await this.press.saveClipping(
      editor,
      await validateForm(ClippingFormDto, body),
    );
    addFlash(request, { kind: 'success', message: 'Der Eintrag ist gespeichert.' });
    response.redirect(303, `/verwaltung/presse/ausschnitte/${clipping.id}#inhalt`);
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
    response.redirect(303, `/verwaltung/presse/ausschnitte/${id}#inhalt`);
  }

  /** Where a refused PDF upload left the address: reloading it shows the entry again. */
  @Get('ausschnitte/:id/pdf')
  @Render('press/admin/clipping-form')
  clippingPdfPage(@IdParam('id') id: number) {
    return this.editClipping(id);
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
    response.locals.formModel = await this.editClipping(id);
    const warnings = await this.press.setClippingPdf(editor, id, file);
    addFlash(request, { kind: 'success', message: 'Die PDF-Datei ist gespeichert.' });
    for (const warning of warnings) addFlash(request, { kind: 'warning', message: warning });
    response.redirect(303, `/verwaltung/presse/ausschnitte/${id}#inhalt`);
  }

  private async articleModel(user: SessionUser, id?: number) {
    const [events, approaches, history] = await Promise.all([
      this.events.listPublic(),
      this.concept.listApproaches(),
      id ? this.press.history(id) : Promise.resolve([]),
    ]);
    const article = id ? await this.press.findArticle(id) : null;
    return {
      breadcrumbs: [BACK_OFFICE, HOME],
      action: `${id ? articleUrl(id, '') : '/verwaltung/presse/artikel/neu'}#fehler`,
      article: article && {
        ...article,
        statusLabel: ARTICLE_STATUS_LABELS[article.status],
        leadImageUrl: article.leadImage ? documentUrl(article.leadImage) : null,
        isOwn: !mayReview(article, user),
      },
      /** Four eyes: only a draft's text can change (press-admin.service.ts). */
      editable: !article || article.status === 'draft',
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

  private async submitModel(id: number, user: SessionUser) {
    const article = await this.press.findArticle(id);
    return {
      pageTitle: 'Zur Prüfung vorlegen',
      breadcrumbs: [BACK_OFFICE, HOME, { title: article.title, url: articleUrl(id, '') }],
      article,
      isDraft: article.status === 'draft',
      statusLabel: ARTICLE_STATUS_LABELS[article.status],
      reviewers: await this.press.reviewersFor(article, user),
      values: {},
    };
  }

  private async reviewModel(id: number, user: SessionUser) {
    const article = await this.press.findArticle(id);
    return {
      pageTitle: `Prüfen: ${article.title}`,
      breadcrumbs: [BACK_OFFICE, HOME, { title: article.title, url: articleUrl(id, '') }],
      article,
      statusLabel: ARTICLE_STATUS_LABELS[article.status],
      inReview: article.status === 'review',
      mayReview: mayReview(article, user),
      values: {},
    };
  }

  private leadImageModel(article: Article) {
    return {
      pageTitle: `Titelbild: ${article.title}`,
      breadcrumbs: [BACK_OFFICE, HOME, { title: article.title, url: articleUrl(article.id, '') }],
      article,
      image: article.leadImage && { ...article.leadImage, url: documentUrl(article.leadImage) },
      /** Four eyes: only a draft's lead image can change (press-admin.service.ts). */
      editable: article.status === 'draft',
    };
  }

  private async clippingModel(id?: number) {
    const events = await this.events.listPublic();
    return {
      breadcrumbs: [BACK_OFFICE, HOME],
      action: `${id ? `/verwaltung/presse/ausschnitte/${id}` : '/verwaltung/presse/ausschnitte/neu'}#fehler`,
      eventOptions: events
        .slice()
        .reverse()
        .map((event) => ({ value: event.id, label: event.title })),
    };
  }
}
