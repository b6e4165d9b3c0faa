import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { StaticPageFormDto } from './dto/static-page-form.dto.js';
import { StaticPagesService } from './static-pages.service.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const BREADCRUMBS = [{ title: 'Verwaltung', url: '/verwaltung' }];
const LIST = { title: 'Seiten', url: '/verwaltung/seiten' };
const NEW_PAGE = {
  pageTitle: 'Neue Seite',
  breadcrumbs: [...BREADCRUMBS, LIST],
  action: `${LIST.url}/neu`,
};

@Controller('verwaltung/seiten')
@RequireRoles('editor')
export class StaticPagesAdminController {
  constructor(private readonly pages: StaticPagesService) {}

  @Get()
  @Render('pages/admin/static-pages')
  async list() {
    return { pageTitle: 'Seiten', breadcrumbs: BREADCRUMBS, pages: await this.pages.list() };
  }

  @Get('neu')
  @Render('pages/admin/static-page-form')
  createForm() {
    return { ...NEW_PAGE, values: {} };
  }

  @Post('neu')
  @FormView('pages/admin/static-page-form', NEW_PAGE)
  async create(
    @Body() form: StaticPageFormDto,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const page = await this.pages.create(editor, form);
    addFlash(request, {
      kind: 'success',
      message: `Die Seite ist angelegt. Ihre Adresse: /seiten/${page.slug}`,
    });
    response.redirect(303, `${LIST.url}/${page.id}`);
  }

  @Get(':id')
  @Render('pages/admin/static-page-form')
  editForm(@IdParam('id') id: number) {
    return this.formModel(id);
  }

  @Post(':id')
  @FormView('pages/admin/static-page-form')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() editor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.formModel(id);
    await this.pages.update(editor, id, await validateForm(StaticPageFormDto, body));
    addFlash(request, { kind: 'success', message: 'Die Seite ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  private async formModel(id: number) {
    const page = await this.pages.find(id);
    return {
      pageTitle: page.title,
      breadcrumbs: [...BREADCRUMBS, LIST],
      action: `${LIST.url}/${id}`,
      page: { ...page, url: `/seiten/${page.slug}` },
      values: page,
    };
  }
}
