import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { formatDate } from '../common/views/berlin-time.js';
import { ConceptService } from '../concept/concept.service.js';
import { AppConfig } from '../config/app-config.js';
import { initialStatus, isVisibleTo, statusAfterReport } from './comment-state.js';
import { COMMENT_MAX_LINKS, countLinks, fingerprint, renderCommentText } from './comment-text.js';
import { CommentReport, type ReportReason } from './entities/comment-report.entity.js';
import { CommentSupport } from './entities/comment-support.entity.js';
import { Comment } from './entities/comment.entity.js';
import { OfficialAnswer } from './entities/official-answer.entity.js';
import { CommentNotifications } from './comment-notifications.service.js';
import { PhasesService } from './phases.service.js';

export const THREAD_SORTS = {
  neueste: 'newest',
  aelteste: 'oldest',
  zustimmung: 'supported',
} as const;
export type ThreadSort = keyof typeof THREAD_SORTS;
const PAGE_SIZE = 20;

export interface CommentView {
  id: number;
  authorName: string;
  isOwn: boolean;
  isPending: boolean;
  isHiddenForReview: boolean;
  isPlaceholder: boolean;
  placeholderText: string | null;
  bodyHtml: string;
  createdAt: Date;
  supportCount: number;
  supportedByViewer: boolean;
  canSupport: boolean;
  officialAnswerHtml: string | null;
  replies: CommentView[];
}

export interface Thread {
  total: number;
  page: number;
  pageCount: number;
  sort: ThreadSort;
  comments: CommentView[];
}

export class CommentNotFoundError extends DomainError {
  constructor() {
    super('comment_not_found', 404, 'Diesen Kommentar gibt es nicht (mehr).');
  }
}

export class PhaseClosedError extends FormValidationError {
  constructor(message: string) {
    super({ body: message });
  }
}

interface Row {
  id: number;
  parent_id: number | null;
  author_id: string | null;
  author_name: string | null;
  body: string;
  status: Comment['status'];
  deleted_by_author_at: Date | null;
  support_count: number;
  created_at: Date;
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
    private readonly dataSource: DataSource,
    private readonly phases: PhasesService,
    private readonly concept: ConceptService,
    private readonly notifications: CommentNotifications,
    private readonly config: AppConfig,
  ) {}

  /** Writes a comment or reply; refuses it outside an open phase and when it looks like spam. */
  async create(
    author: SessionUser,
    approachId: number,
    input: { body: string; parentId?: number; website?: string },
  ): Promise<Comment | null> {
    if (input.website) return null;
    if (await this.concept.isRetired(approachId)) {
      throw new PhaseClosedError(
        'Dieser Handlungsansatz ist zurückgezogen. Neue Kommentare sind nicht mehr möglich.',
      );
    }
    const { open, next } = await this.phases.state();
    if (!open) {
      throw new PhaseClosedError(
        next
          ? `Die Online-Beteiligung ist gerade geschlossen. Sie beginnt am ${formatDate(next.startsAt)}.`
          : 'Die Online-Beteiligung ist beendet. Kommentare sind nicht mehr möglich.',
      );
    }
    if (countLinks(input.body) > COMMENT_MAX_LINKS) {
      throw new FormValidationError({
        body: `Bitte nennen Sie höchstens ${COMMENT_MAX_LINKS} Links in einem Kommentar.`,
      });
    }
    const parent = input.parentId ? await this.replyTarget(approachId, input.parentId) : null;
    return this.dataSource.transaction(async (manager) => {
      // One author writing the same text twice on one approach is a double post, not a new comment.
      const previous = await manager.find(Comment, {
        where: { approach: { id: approachId }, author: { id: author.id } },
        select: { id: true, body: true },
      });
      if (previous.some((comment) => fingerprint(comment.body) === fingerprint(input.body))) {
        throw new FormValidationError({
          body: 'Diesen Kommentar haben Sie hier bereits geschrieben.',
        });
      }
      const status = initialStatus(open.moderationMode);
      const comment = await manager.save(
        manager.create(Comment, {
          approach: { id: approachId },
          phase: { id: open.id },
          author: { id: author.id },
          parent: parent ? { id: parent.id } : null,
          body: input.body,
          status,
          publishedAt: status === 'published' ? new Date() : null,
        }),
      );
      if (status === 'published' && parent) {
        await this.notifications.toAuthorOfParent(manager, comment.id);
      }
      return comment;
    });
  }

  /** One page of top-level comments with their replies, as the viewer may see them. */
  async thread(
    approachId: number,
    viewerId: string | undefined,
    sort: ThreadSort,
    page: number,
  ): Promise<Thread> {
    const order = {
      neueste: 'c.created_at DESC, c.id DESC',
      aelteste: 'c.created_at ASC, c.id ASC',
      zustimmung: 'c.support_count DESC, c.created_at DESC, c.id DESC',
    }[sort];
    // A top-level comment appears when it is visible, or as a placeholder when replies hang under it.
    const visible = `((c.status = 'published' AND c.deleted_by_author_at IS NULL)
      OR (c.author_id = $2 AND c.status IN ('pending', 'hidden') AND c.deleted_by_author_at IS NULL))`;
    const shown = `c.approach_id = $1 AND c.parent_id IS NULL AND (${visible} OR EXISTS (
      SELECT 1 FROM comment r WHERE r.parent_id = c.id AND r.status = 'published' AND r.deleted_by_author_at IS NULL))`;
    const viewer = viewerId ?? '00000000-0000-0000-0000-000000000000';
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM comment c WHERE ${shown}`,
      [approachId, viewer],
    );
    const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pageCount);
    const select = `SELECT c.id, c.parent_id, c.author_id, u.display_name AS author_name, c.body, c.status,
      c.deleted_by_author_at, c.support_count, c.created_at FROM comment c LEFT JOIN app_user u ON u.id = c.author_id`;
    const top = await this.dataSource.query<Row[]>(
      `${select} WHERE ${shown} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET $3`,
      [approachId, viewer, (current - 1) * PAGE_SIZE],
    );
    const topIds = top.map((row) => row.id);
    const replies = topIds.length
      ? await this.dataSource.query<Row[]>(
          `${select} WHERE c.parent_id = ANY($1) AND ${visible} ORDER BY c.created_at ASC, c.id ASC`,
          [topIds, viewer],
        )
      : [];
    const ids = [...topIds, ...replies.map((row) => row.id)];
    const [supported, answers] = await Promise.all([
      viewerId && ids.length
        ? this.dataSource
            .getRepository(CommentSupport)
            .find({ where: { userId: viewerId, commentId: In(ids) }, select: { commentId: true } })
        : Promise.resolve([]),
      ids.length
        ? this.dataSource
            .getRepository(OfficialAnswer)
            .find({ where: { comment: { id: In(ids) } }, relations: { comment: true } })
        : Promise.resolve([]),
    ]);
    const supportedIds = new Set(supported.map((support) => support.commentId));
    const answerByComment = new Map(answers.map((answer) => [answer.comment.id, answer.body]));
    const toView = (row: Row): CommentView => {
      const isVisible = isVisibleTo(
        {
          status: row.status,
          deletedByAuthorAt: row.deleted_by_author_at,
          authorId: row.author_id,
        },
        viewerId,
      );
      const answer = answerByComment.get(row.id);
      return {
        id: row.id,
        authorName: row.author_name ?? 'gelöschtes Konto',
        isOwn: viewerId !== undefined && row.author_id === viewerId,
        isPending: isVisible && row.status === 'pending',
        isHiddenForReview: isVisible && row.status === 'hidden',
        isPlaceholder: !isVisible,
        placeholderText: isVisible
          ? null
          : row.deleted_by_author_at
            ? 'vom Verfasser gelöscht'
            : 'Dieser Kommentar ist nicht öffentlich.',
        bodyHtml: isVisible ? renderCommentText(row.body) : '',
        createdAt: row.created_at,
        supportCount: row.support_count,
        supportedByViewer: supportedIds.has(row.id),
        canSupport: isVisible && row.status === 'published' && row.author_id !== viewerId,
        officialAnswerHtml: isVisible && answer ? renderCommentText(answer) : null,
        replies: [],
      };
    };
    const views = top.map(toView);
    const byId = new Map(views.map((view) => [view.id, view]));
    for (const reply of replies) byId.get(reply.parent_id!)?.replies.push(toView(reply));
    return { total: count, page: current, pageCount, sort, comments: views };
  }

  /** Supports a published comment once; a second time changes nothing. */
  async support(user: SessionUser, commentId: number): Promise<Comment> {
    const comment = await this.published(commentId);
    if (comment.author?.id === user.id) {
      throw new DomainError('own_comment', 409, 'Eigenen Kommentaren können Sie nicht zustimmen.');
    }
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO comment_support (comment_id, user_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING comment_id`,
        [commentId, user.id],
      );
      if (inserted.length > 0) {
        await manager.increment(Comment, { id: commentId }, 'supportCount', 1);
      }
    });
    return comment;
  }

  /** Records a report; at the threshold the comment is hidden until a moderator decides. */
  async report(
    user: SessionUser,
    commentId: number,
    reason: ReportReason,
    note?: string,
  ): Promise<Comment> {
    const comment = await this.published(commentId);
    await this.dataSource.transaction(async (manager) => {
      const already = await manager.exists(CommentReport, {
        where: { comment: { id: commentId }, reporter: { id: user.id } },
      });
      if (already) {
        throw new FormValidationError({ reason: 'Sie haben diesen Kommentar bereits gemeldet.' });
      }
      await manager.insert(CommentReport, {
        comment: { id: commentId },
        reporter: { id: user.id },
        reason,
        note: note?.trim() || null,
      });
      const locked = await manager.findOneOrFail(Comment, {
        where: { id: commentId },
        lock: { mode: 'pessimistic_write' },
      });
      const openReportCount = locked.openReportCount + 1;
      const status = statusAfterReport(
        locked.status,
        openReportCount,
        this.config.COMMENT_REPORT_THRESHOLD,
      );
      await manager.update(Comment, { id: commentId }, { openReportCount, status });
    });
    return comment;
  }

  /** The author removes their comment; where replies hang under it, it shows "vom Verfasser gelöscht". */
  async deleteOwn(user: SessionUser, commentId: number): Promise<Comment> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      relations: { author: true, approach: true },
    });
    if (!comment || comment.deletedByAuthorAt) throw new CommentNotFoundError();
    if (comment.author?.id !== user.id) {
      throw new DomainError(
        'not_author',
        403,
        'Nur die Verfasserin oder der Verfasser kann einen Kommentar löschen.',
      );
    }
    await this.comments.update({ id: commentId }, { deletedByAuthorAt: new Date(), body: '' });
    return comment;
  }

  /** Published comments per approach, for the concept pages. */
  async countsByApproach(): Promise<Map<number, number>> {
    const rows = await this.dataSource.query<{ approach_id: number; count: number }[]>(
      `SELECT approach_id, count(*)::int AS count FROM comment
       WHERE status = 'published' AND deleted_by_author_at IS NULL GROUP BY approach_id`,
    );
    return new Map(rows.map((row) => [row.approach_id, row.count]));
  }

  /** For the back-office dashboard: what waits for moderation, and comments written per week. */
  async dashboardFigures(weeks: number) {
    const [[open], perWeek] = await Promise.all([
      this.dataSource.query<{ pending: number; reported: number }[]>(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
                count(*) FILTER (WHERE open_report_count > 0)::int AS reported
         FROM comment WHERE deleted_by_author_at IS NULL`,
      ),
      this.dataSource.query<{ week: string; count: number }[]>(
        `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, count(c.id)::int AS count
         FROM generate_series(date_trunc('week', now() AT TIME ZONE 'Europe/Berlin') - ($1 - 1) * interval '1 week',
                              date_trunc('week', now() AT TIME ZONE 'Europe/Berlin'), interval '1 week') AS w(week)
         LEFT JOIN comment c ON c.deleted_by_author_at IS NULL
           AND date_trunc('week', c.created_at AT TIME ZONE 'Europe/Berlin') = w.week
         GROUP BY w.week ORDER BY w.week`,
        [weeks],
      ),
    ]);
    return { ...open, perWeek };
  }

  /** Published comments of a phase, for the home page. */
  countInPhase(phaseId: number): Promise<number> {
    return this.comments.count({
      where: { phase: { id: phaseId }, status: 'published', deletedByAuthorAt: IsNull() },
    });
  }

  /** The comment's approach, for redirects back to the thread. */
  async approachOf(commentId: number): Promise<number> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      relations: { approach: true },
    });
    if (!comment) throw new CommentNotFoundError();
    return comment.approach.id;
  }

  private async published(commentId: number): Promise<Comment> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      relations: { author: true, approach: true },
    });
    if (!comment || comment.status !== 'published' || comment.deletedByAuthorAt) {
      throw new CommentNotFoundError();
    }
    return comment;
  }

  private async replyTarget(approachId: number, parentId: number): Promise<Comment> {
    const parent = await this.comments.findOne({
      where: { id: parentId },
      relations: { approach: true, parent: true },
    });
    if (
      !parent ||
      parent.approach.id !== approachId ||
      parent.parent ||
      parent.status !== 'published' ||
      parent.deletedByAuthorAt
    ) {
      throw new FormValidationError({
        body: 'Auf diesen Kommentar kann nicht mehr geantwortet werden.',
      });
    }
    return parent;
  }
}
