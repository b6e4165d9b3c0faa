import { Body, Controller, Get, Param, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { addFlash } from '../common/session/web-session.js';
import { ConceptAdminSearchService } from './editor/concept-admin-search.service.js';
import { ConceptAdminViews } from './editor/concept-admin-views.js';
import { ConceptEditorService } from './editor/concept-editor.service.js';
import { adminUrl } from './editor/concept-paths.js';
import { IdParam } from '../common/params/id-param.decorator.js';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** /verwaltung/kek: editors change the concept; every change is a new version. */
@Controller('verwaltung/kek')
@RequireRoles('editor')
export class ConceptAdminController {
  constructor(
    private readonly editor: ConceptEditorService,
    private readonly views: ConceptAdminViews,
    private readonly search: ConceptAdminSearchService,
  ) {}

  /** The structure, and with `?q=` the items found by number or words. */
  @Get()
  @Render('concept/admin/index')
  async overview(@Query('q') query?: unknown) {
    const search = text(query).slice(0, 200);
    return {
      ...(await this.views.overview()),
      query: search,
      hits: search ? await this.search.search(search) : null,
    };
  }

  @Get(':segment/neu')
  @Render('concept/admin/create')
  createForm(@Param('segment') segment: string, @Query('unter') parentId?: string) {
    return this.views.createForm(this.editor.kind(segment), { parentId: parentId ?? '' });
  }

  @Post(':segment/neu')
  @FormView('concept/admin/create')
  async create(
    @Param('segment') segment: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const kind = this.editor.kind(segment);
    response.locals.formModel = await this.views.createForm(kind, {});
    const item = await this.editor.create(actor, kind, body);
    addFlash(request, { kind: 'success', message: `${kind.singular} angelegt.` });
    response.redirect(303, adminUrl(kind, item));
  }

  @Get(':segment/:id')
  @Render('concept/admin/item')
  item(@Param('segment') segment: string, @IdParam('id') id: number) {
    return this.views.item(this.editor.kind(segment), id);
  }

  @Post(':segment/:id')
  @FormView('concept/admin/item')
  async update(
    @Param('segment') segment: string,
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const kind = this.editor.kind(segment);
    response.locals.formModel = await this.views.item(kind, id);
    await this.editor.update(actor, kind, id, body);
    addFlash(request, {
      kind: 'success',
      message: 'Gespeichert. Die Änderung ist sofort öffentlich.',
    });
    response.redirect(303, adminUrl(kind, { id }));
  }

  @Post(':segment/:id/verschieben')
  async move(
    @Param('segment') segment: string,
    @IdParam('id') id: number,
    @Body('richtung') direction: unknown,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const kind = this.editor.kind(segment);
    await this.editor.move(actor, kind, id, direction === 'hoch' ? 'up' : 'down');
    addFlash(request, { kind: 'success', message: 'Die Reihenfolge ist geändert.' });
    response.redirect(303, await this.views.backToParent(kind, id));
  }

  /** Destructive, so a page of its own asks first (and takes the public note). */
  @Get(':segment/:id/zurueckziehen')
  @Render('concept/admin/retire')
  retireForm(@Param('segment') segment: string, @IdParam('id') id: number) {
    return this.views.retireForm(this.editor.kind(segment), id);
  }

  @Post(':segment/:id/zurueckziehen')
  @FormView('concept/admin/retire')
  async retire(
    @Param('segment') segment: string,
    @IdParam('id') id: number,
    @Body('note') note: unknown,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const kind = this.editor.kind(segment);
    response.locals.formModel = await this.views.retireForm(kind, id);
    await this.editor.retire(actor, kind, id, text(note));
    addFlash(request, {
      kind: 'success',
      message: `${kind.singular} zurückgezogen. Die Adresse bleibt erreichbar.`,
    });
    response.redirect(303, adminUrl(kind, { id }));
  }

  @Post(':segment/:id/reaktivieren')
  async reactivate(
    @Param('segment') segment: string,
    @IdParam('id') id: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const kind = this.editor.kind(segment);
    await this.editor.reactivate(actor, kind, id);
    addFlash(request, { kind: 'success', message: `${kind.singular} wieder aufgenommen.` });
    response.redirect(303, adminUrl(kind, { id }));
  }

  @Get(':segment/:id/fassungen/:version')
  @Render('concept/admin/revision')
  revision(
    @Param('segment') segment: string,
    @IdParam('id') id: number,
    @IdParam('version') version: number,
  ) {
    return this.views.revision(this.editor.kind(segment), id, version);
  }

  @Post(':segment/:id/fassungen/:version/wiederherstellen')
  async restore(
    @Param('segment') segment: string,
    @IdParam('id') id: number,
    @IdParam('version') version: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const kind = this.editor.kind(segment);
    await this.editor.restore(actor, kind, id, version);
    addFlash(request, {
      kind: 'success',
      message: `Fassung ${version} ist wiederhergestellt (als neue Fassung).`,
    });
    response.redirect(303, adminUrl(kind, { id }));
  }
}
