import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { DocumentUpload, UploadedDocument } from '../documents/document-upload.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { documentUrl } from '../documents/document-view.js';
import { ImageDetailsDto } from '../documents/dto/image-details.dto.js';
import { SlideFormDto } from './dto/slide-form.dto.js';
import { SlidesService } from './slides.service.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BREADCRUMBS = [{ title: 'Verwaltung', url: '/verwaltung' }];
const LIST = { title: 'Startseite', url: '/verwaltung/startseite' };

@Controller('verwaltung/startseite')
@RequireRoles('editor')
export class SlidesAdminController {
  constructor(private readonly slides: SlidesService) {}

  @Get()
  @Render('pages/admin/slides')
  async list() {
    const slides = await this.slides.list();
    return { pageTitle: 'Teaser der Startseite', breadcrumbs: BREADCRUMBS, slides };
  }

  @Get('neu')
  @Render('pages/admin/slide-form')
  createForm() {
    return {
      pageTitle: 'Neuer Teaser',
      breadcrumbs: [...BREADCRUMBS, LIST],
      action: `${LIST.url}/neu`,
      values: { active: 'ja', position: 0 },
    };
  }

  @Post('neu')
  @FormView('pages/admin/slide-form', {
    pageTitle: 'Neuer Teaser',
    breadcrumbs: [...BREADCRUMBS, LIST],
    action: `${LIST.url}/neu`,
  })
  async create(
    @Body() form: SlideFormDto,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const slide = await this.slides.save(editor, form);
    addFlash(request, { kind: 'success', message: 'Der Teaser ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${slide.id}`);
  }

  @Get(':id')
  @Render('pages/admin/slide-form')
  async editForm(@IdParam('id') id: number) {
    return this.formModel(id);
  }

  @Post(':id')
  @FormView('pages/admin/slide-form')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.formModel(id);
    await this.slides.save(editor, await validateForm(SlideFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Der Teaser ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  @Post(':id/bild')
  @DocumentUpload()
  @FormView('pages/admin/slide-form')
  async image(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.formModel(id);
    await this.slides.setImage(editor, id, file, await validateForm(ImageDetailsDto, body));
    addFlash(request, { kind: 'success', message: 'Das Bild ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  private async formModel(id: number) {
    const slide = await this.slides.find(id);
    return {
      pageTitle: slide.title,
      breadcrumbs: [...BREADCRUMBS, LIST],
      action: `${LIST.url}/${id}`,
      slide: { ...slide, imageUrl: slide.image ? documentUrl(slide.image) : null },
      values: { ...slide, active: slide.active ? 'ja' : '' },
    };
  }
}
