import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { ContentChanges } from '../common/page-cache/content-changes.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { ConceptService } from '../concept/concept.service.js';
import { AppConfig } from '../config/app-config.js';
import type { ParticipationProcess } from '../participation/entities/participation-process.entity.js';
import { covers, processState } from '../participation/process-scope.js';
import { toneOf } from '../participation/tone.js';
import { initialStatus, isVisibleTo, statusAfterReport } from './comment-state.js';
import { COMMENT_MAX_LINKS, countLinks, fingerprint, renderCommentText } from './comment-text.js';
import { CommentReport, type ReportReason } from './entities/comment-report.entity.js';
import { CommentSupport } from './entities/comment-support.entity.js';
import { Comment } from './entities/comment.entity.js';
import { CommentNotifications } from './comment-notifications.service.js';
import { poolOf, preparedQuery } from '../database/prepared-query.js';

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
  /** Hidden after reports and not yet decided (otherwise a moderator hid it). */
  isUnderReview: boolean;
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
  /** Whether the viewer gets new comments on the approach by e-mail (read with the page). */
  viewerFollowsApproach: boolean;
}

/** What of a thread shared by every reader is one reader's own (see `readerMarks`). */
export interface ReaderMarks {
  followsApproach: boolean;
  /** Comments of theirs only they see (waiting or hidden) change the thread itself for them. */
  hasWithheld: boolean;
  supported: Set<number>;
  own: Set<number>;
}

export class CommentNotFoundError extends DomainError {
  constructor() {
    super('comment_not_found', 404, 'Diesen Kommentar gibt es nicht (mehr).');
  }
}

/** Why a comment cannot be written here; the form keeps the text. */
export class CommentRefusedError extends FormValidationError {
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
  open_report_count: number;
  created_at: Date;
  supported: boolean;
  answer: string | null;
}

/**
 * The thread query's rows: the viewer's subscription and the number of top-level comments shown in
 * the thread, with the comments (none on an empty page).
 */
type ViewerRow = { follows: boolean; total: number } & (Row | { [column in keyof Row]: null });

function isCommentRow(row: ViewerRow): row is ViewerRow & Row {
  return row.id !== null;
}

@Injectable()
export class CommentsService {
  constructor(
    @InjectRepository(Comment) private readonly comments: Repository<Comment>,
    private readonly dataSource: DataSource,
    private readonly concept: ConceptService,
    private readonly notifications: CommentNotifications,
    private readonly config: AppConfig,
    changes: ContentChanges,
  ) {
    this.discussedIn = changes.remember(() => this.readDiscussedIn());
  }

  /** The processes with published comments on each approach, until content changes. */
  private readonly discussedIn: () => Promise<Map<number, number[]>>;

  /**
   * Writes a comment or reply in one process's discussion of an approach; refuses it when the
   * process is not open or does not discuss the approach, and when it looks like spam. The
   * messages speak in the process's tone.
   */
  async create(
    author: SessionUser,
    process: ParticipationProcess,
    approachId: number,
    input: { body: string; parentId?: number; website?: string },
  ): Promise<Comment | null> {
    if (input.website) return null;
    const { errors } = toneOf(process);
    if (await this.concept.isRetired(approachId)) {
      throw new CommentRefusedError(errors.retired);
    }
    const state = processState(process);
    if (state !== 'open') {
      throw new CommentRefusedError(
        state === 'upcoming' ? errors.notYetOpen(process.startsAt) : errors.ended,
      );
    }
    const link = await this.concept.approachLink(approachId);
    if (!link || !covers(process, link)) throw new CommentRefusedError(errors.notCovered);
    if (countLinks(input.body) > COMMENT_MAX_LINKS) {
      throw new CommentRefusedError(errors.tooManyLinks(COMMENT_MAX_LINKS));
    }
    const parent = input.parentId
      ? await this.replyTarget(process, approachId, input.parentId)
      : null;
    return this.dataSource.transaction(async (manager) => {
      // One author writing the same text twice in one discussion is a double post, not a new comment.
      const previous = await manager.find(Comment, {
        where: {
          approach: { id: approachId },
          process: { id: process.id },
          author: { id: author.id },
        },
        select: { id: true, body: true },
      });
      if (previous.some((comment) => fingerprint(comment.body) === fingerprint(input.body))) {
        throw new CommentRefusedError(errors.duplicate);
      }
      const status = initialStatus(process.moderationMode);
      const comment = await manager.save(
        manager.create(Comment, {
          approach: { id: approachId },
          process: { id: process.id },
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
      if (status === 'pending') await this.notifications.itemWaiting(manager);
      return comment;
    });
  }

  /**
   * One page of a process's top-level comments on an approach, with their replies, as the viewer
   * may see them: one query for the page, its replies, the viewer's supports, official answers
   * and subscription to the approach.
   */
  async thread(
    approachId: number,
    processId: number,
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
    const shown = `c.approach_id = $1 AND c.process_id = $3 AND c.parent_id IS NULL AND (${visible} OR EXISTS (
      SELECT 1 FROM comment r WHERE r.parent_id = c.id AND r.status = 'published' AND r.deleted_by_author_at IS NULL))`;
    const parameters = [approachId, viewerId ?? '00000000-0000-0000-0000-000000000000', processId];
    // The page's top-level comments come first in page order (`position`), then their replies.
    const pageRows = (current: number) =>
      preparedQuery<ViewerRow>(
        poolOf(this.dataSource),
        `comment-thread-${sort}`,
        `WITH top AS (
           SELECT c.id, c.created_at, c.support_count
           FROM comment c WHERE ${shown} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET $4
         ), listed AS (
           SELECT c.id, row_number() OVER (ORDER BY ${order}) AS position FROM top c
           UNION ALL
           SELECT c.id, NULL FROM comment c JOIN top ON c.parent_id = top.id WHERE ${visible}
         )
         SELECT viewer.follows, viewer.total, c.id, c.parent_id, c.author_id,
           u.display_name AS author_name, c.body, c.status, c.deleted_by_author_at, c.support_count,
           c.open_report_count, c.created_at,
           EXISTS (SELECT 1 FROM comment_support s WHERE s.comment_id = c.id AND s.user_id = $2) AS supported,
           a.body AS answer
         FROM (SELECT EXISTS (SELECT 1 FROM approach_subscription f
                 WHERE f.approach_id = $1 AND f.user_id = $2) AS follows,
               (SELECT count(*)::int FROM comment c WHERE ${shown}) AS total) viewer
         LEFT JOIN (listed JOIN comment c ON c.id = listed.id) ON true
         LEFT JOIN app_user u ON u.id = c.author_id
         LEFT JOIN official_answer a ON a.comment_id = c.id
         ORDER BY listed.position NULLS LAST, c.created_at ASC, c.id ASC`,
        [...parameters, (current - 1) * PAGE_SIZE],
      );
    let current = Math.max(1, page);
    let result = await pageRows(current);
    const count = result[0].total;
    if (current > 1 && (current - 1) * PAGE_SIZE >= count) {
      // Past the last page: show the last one.
      current = Math.max(1, Math.ceil(count / PAGE_SIZE));
      result = await pageRows(current);
    }
    const rows = result.filter(isCommentRow);
    const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE));
    const top = rows.filter((row) => row.parent_id === null);
    const replies = rows.filter((row) => row.parent_id !== null);
    const toView = (row: Row): CommentView => {
      const isVisible = isVisibleTo(
        {
          status: row.status,
          deletedByAuthorAt: row.deleted_by_author_at,
          authorId: row.author_id,
        },
        viewerId,
      );
      const answer = row.answer;
      return {
        id: row.id,
        authorName: row.author_name ?? 'gelöschtes Konto',
        isOwn: viewerId !== undefined && row.author_id === viewerId,
        isPending: isVisible && row.status === 'pending',
        isHiddenForReview: isVisible && row.status === 'hidden',
        isUnderReview: row.open_report_count > 0,
        isPlaceholder: !isVisible,
        placeholderText: isVisible
          ? null
          : row.deleted_by_author_at
            ? 'vom Verfasser gelöscht'
            : 'Dieser Kommentar ist nicht öffentlich.',
        bodyHtml: isVisible ? renderCommentText(row.body) : '',
        createdAt: row.created_at,
        supportCount: row.support_count,
        supportedByViewer: viewerId !== undefined && row.supported,
        canSupport: isVisible && row.status === 'published' && row.author_id !== viewerId,
        officialAnswerHtml: isVisible && answer ? renderCommentText(answer) : null,
        replies: [],
      };
    };
    const views = top.map(toView);
    const byId = new Map(views.map((view) => [view.id, view]));
    for (const reply of replies) byId.get(reply.parent_id!)?.replies.push(toView(reply));
    return {
      total: count,
      page: current,
      pageCount,
      sort,
      comments: views,
      viewerFollowsApproach: result[0]?.follows ?? false,
    };
  }

  /**
   * One reader's marks on a thread shown from what is rendered for every reader: subscription to
   * the approach, and of the comments shown, those they support and those they wrote.
   */
  async readerMarks(
    approachId: number,
    viewerId: string,
    commentIds: number[],
  ): Promise<ReaderMarks> {
    const [row] = await preparedQuery<{
      follows: boolean;
      withheld: boolean;
      supported: number[];
      own: number[];
    }>(
      poolOf(this.dataSource),
      'comment-reader-marks',
      `SELECT
         EXISTS (SELECT 1 FROM approach_subscription f WHERE f.approach_id = $1 AND f.user_id = $2) AS follows,
         EXISTS (SELECT 1 FROM comment c WHERE c.author_id = $2 AND c.approach_id = $1
           AND c.status IN ('pending', 'hidden') AND c.deleted_by_author_at IS NULL) AS withheld,
         ARRAY(SELECT s.comment_id FROM comment_support s
           WHERE s.comment_id = ANY($3::int[]) AND s.user_id = $2) AS supported,
         ARRAY(SELECT c.id FROM comment c WHERE c.id = ANY($3::int[]) AND c.author_id = $2) AS own`,
      [approachId, viewerId, commentIds],
    );
    return {
      followsApproach: row.follows,
      hasWithheld: row.withheld,
      supported: new Set(row.supported),
      own: new Set(row.own),
    };
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

  /** Takes the user's support back; without one it changes nothing. */
  async withdrawSupport(user: SessionUser, commentId: number): Promise<Comment> {
    const comment = await this.published(commentId);
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(CommentSupport, { commentId, userId: user.id });
      if (affected) {
        await manager.decrement(Comment, { id: commentId }, 'supportCount', 1);
      }
    });
    return comment;
  }

  /**
   * Records a report; at the threshold the comment is hidden until a moderator decides, and its
   * author is told so (never by whom).
   */
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
        throw new FormValidationError({ reason: toneOf(comment.process).errors.alreadyReported });
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
      if (locked.status === 'published' && status === 'hidden') {
        await this.notifications.toAuthor(manager, commentId, 'hiddenForReview');
      }
      await this.notifications.itemWaiting(manager);
    });
    return comment;
  }

  /** The author removes their comment; where replies hang under it, it shows "vom Verfasser gelöscht". */
  async deleteOwn(user: SessionUser, commentId: number): Promise<Comment> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      relations: { author: true, approach: true, process: true },
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

  /** Published comments per approach, in all processes or in one, for the concept and process pages. */
  async countsByApproach(processId?: number): Promise<Map<number, number>> {
    const rows = await this.dataSource.query<{ approach_id: number; count: number }[]>(
      `SELECT approach_id, count(*)::int AS count FROM comment
       WHERE status = 'published' AND deleted_by_author_at IS NULL
         AND ($1::int IS NULL OR process_id = $1) GROUP BY approach_id`,
      [processId ?? null],
    );
    return new Map(rows.map((row) => [row.approach_id, row.count]));
  }

  /** The processes with published comments on the approach, whatever the process's state. */
  async processesWithComments(approachId: number): Promise<number[]> {
    return (await this.discussedIn()).get(approachId) ?? [];
  }

  private async readDiscussedIn(): Promise<Map<number, number[]>> {
    const rows = await this.dataSource.query<{ approach_id: number; process_ids: number[] }[]>(
      `SELECT approach_id, array_agg(DISTINCT process_id) AS process_ids FROM comment
       WHERE status = 'published' AND deleted_by_author_at IS NULL GROUP BY approach_id`,
    );
    return new Map(rows.map((row) => [row.approach_id, row.process_ids]));
  }

  /** Published comments per process, and each process's most discussed approaches (most first). */
  async figuresByProcess(topApproaches: number) {
    const rows = await this.dataSource.query<
      { process_id: number; approach_id: number; count: number; rank: number }[]
    >(
      `SELECT process_id, approach_id, count, rank FROM (
         SELECT process_id, approach_id, count(*)::int AS count,
                row_number() OVER (PARTITION BY process_id ORDER BY count(*) DESC, approach_id)::int AS rank
         FROM comment WHERE status = 'published' AND deleted_by_author_at IS NULL
         GROUP BY process_id, approach_id) ranked
       ORDER BY process_id, rank`,
    );
    const figures = new Map<
      number,
      { total: number; top: { approachId: number; count: number }[] }
    >();
    for (const row of rows) {
      const entry = figures.get(row.process_id) ?? { total: 0, top: [] };
      entry.total += row.count;
      if (row.rank <= topApproaches)
        entry.top.push({ approachId: row.approach_id, count: row.count });
      figures.set(row.process_id, entry);
    }
    return figures;
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

  /** The comment with its approach and process, for pages about it and redirects to its thread. */
  async find(commentId: number): Promise<Comment> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      relations: { approach: true, process: true },
    });
    if (!comment) throw new CommentNotFoundError();
    return comment;
  }

  private async published(commentId: number): Promise<Comment> {
    const comment = await this.comments.findOne({
      where: { id: commentId },
      relations: { author: true, approach: true, process: true },
    });
    if (!comment || comment.status !== 'published' || comment.deletedByAuthorAt) {
      throw new CommentNotFoundError();
    }
    return comment;
  }

  /** A reply stays in the discussion of its parent: same process, same approach, one level deep. */
  private async replyTarget(
    process: ParticipationProcess,
    approachId: number,
    parentId: number,
  ): Promise<Comment> {
    const parent = await this.comments.findOne({
      where: { id: parentId },
      relations: { approach: true, process: true, parent: true },
    });
    if (
      !parent ||
      parent.approach.id !== approachId ||
      parent.process.id !== process.id ||
      parent.parent ||
      parent.status !== 'published' ||
      parent.deletedByAuthorAt
    ) {
      throw new CommentRefusedError(toneOf(process).errors.replyClosed);
    }
    return parent;
  }
}
