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
import { ProcessNotFoundError, ProcessesService } from '../participation/processes.service.js';
import { toneOf } from '../participation/tone.js';
import { inDiscussion } from './discussion-errors.js';
import { KekPagesService } from './kek-pages.service.js';

@Controller('kek')
export class KekController {
  constructor(
    private readonly pages: KekPagesService,
    private readonly comments: CommentsService,
    private readonly processes: ProcessesService,
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
    @Query('diskussion') discussion: unknown,
    @Req() request: Request,
  ) {
    const viewer = request.user;
    return this.pages.approach(field, approach, { viewerId: viewer?.id, sort, page, discussion });
  }

  /**
   * Writing a comment in one process's discussion; on an error the approach page comes back with
   * the text and a message in that discussion (in the process's tone). The limits are counted
   * here rather than by @RateLimited: a guard runs before the page is loaded, and the refusal
   * must show the page with the text still in the form.
   */
  @Post(':field/:approach/kommentare/:process')
  @RequireRoles()
  @FormView('pages/kek-approach')
  async comment(
    @Param('field') field: string,
    @Param('approach') approachSlug: string,
    @Param('process') processSlug: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const page = await this.pages.approachForComment(field, approachSlug, user.id);
    response.locals.formModel = page;
    const process = await this.processes.findBySlug(processSlug).catch((error: unknown) => {
      if (error instanceof ProcessNotFoundError) return null;
      throw error;
    });
    const shown = page.forum.discussions.find((discussion) => discussion.slug === processSlug);
    const place = inDiscussion(shown, body.parentId);
    if (!process) throw place.refuse('Diese Online-Beteiligung gibt es nicht.');
    const tone = toneOf(process);
    response.locals.formModel = { ...page, errorTitle: tone.forum.errorTitle };
    await this.rateLimits
      .consume('comment:ip', request.ip ?? 'unknown')
      .then(() => this.rateLimits.consume('comment:account', user.id))
      .catch(place.rethrowLimit(tone.errors.tooFast));
    const form = await validateForm(CommentDto, body).catch(place.rethrow(tone.errors.invalidBody));
    const comment = await this.comments
      .create(user, process, page.approach.id, form)
      .catch(place.rethrow());
    const flashes = tone.flashes[form.parentId ? 'reply' : 'comment'];
    addFlash(request, {
      kind: 'success',
      message: comment?.status === 'published' ? flashes.published : flashes.pending,
    });
    response.redirect(
      303,
      `/kek/${field}/${approachSlug}#${comment ? `kommentar-${comment.id}` : `diskussion-${processSlug}`}`,
    );
  }
}
