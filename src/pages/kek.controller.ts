import { Body, Controller, Get, Param, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommentsService } from '../comments/comments.service.js';
import { CommentDto } from '../comments/dto/comment-forms.dto.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';
import { addFlash } from '../common/session/web-session.js';
import { KekPagesService } from './kek-pages.service.js';

@Controller('kek')
export class KekController {
  constructor(
    private readonly pages: KekPagesService,
    private readonly comments: CommentsService,
    private readonly rateLimits: RateLimitService,
  ) {}

  @Get()
  @Render('pages/kek-overview')
  overview(@Query('stand') stand?: string) {
    return this.pages.overview(stand);
  }

  @Get('querschnittsthemen/:slug')
  @Render('pages/kek-theme')
  theme(@Param('slug') slug: string) {
    return this.pages.theme(slug);
  }

  @Get('teilraeume/:slug')
  @Render('pages/kek-region')
  region(@Param('slug') slug: string) {
    return this.pages.region(slug);
  }

  @Get(':field')
  @Render('pages/kek-field')
  field(@Param('field') field: string) {
    return this.pages.field(field);
  }

  @Get(':field/:approach')
  @Render('pages/kek-approach')
  approach(
    @Param('field') field: string,
    @Param('approach') approach: string,
    @Query('sortierung') sort: unknown,
    @Query('seite') page: unknown,
    @Req() request: Request,
  ) {
    const viewer = request.user;
    return this.pages.approach(field, approach, { viewerId: viewer?.id, sort, page });
  }

  /**
   * Writing a comment; on an error the approach page comes back with the text and a message.
   * The limits are counted here rather than by @RateLimited: a guard runs before the page is
   * loaded, and the refusal must show the page with the text still in the form.
   */
  @Post(':field/:approach/kommentare')
  @RequireRoles()
  @FormView('pages/kek-approach')
  async comment(
    @Param('field') field: string,
    @Param('approach') approachSlug: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const page = await this.pages.approach(field, approachSlug, { viewerId: user.id });
    response.locals.formModel = page;
    await this.rateLimits.consume('comment:ip', request.ip ?? 'unknown');
    await this.rateLimits.consume('comment:account', user.id);
    const form = await validateForm(CommentDto, body);
    const comment = await this.comments.create(user, page.approach.id, form);
    const published = comment?.status === 'published';
    addFlash(request, {
      kind: 'success',
      message: published
        ? 'Danke! Ihr Kommentar ist veröffentlicht.'
        : 'Danke! Ihr Kommentar wartet auf Freigabe durch die Moderation.',
    });
    response.redirect(
      303,
      `/kek/${field}/${approachSlug}${comment ? `#kommentar-${comment.id}` : ''}`,
    );
  }
}
