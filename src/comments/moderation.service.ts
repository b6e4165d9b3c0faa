import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { ConceptService } from '../concept/concept.service.js';
import { STATE_LABELS, processState } from '../participation/process-scope.js';
import { DomainError } from '../common/errors/domain.error.js';
import {
  type ModerationAction,
  STATUS_LABELS,
  nextStatus,
  reportOutcome,
} from './comment-state.js';
import { renderCommentText } from './comment-text.js';
import { CommentNotifications } from './comment-notifications.service.js';
import { CommentNotFoundError } from './comments.service.js';
import { REPORT_REASONS, CommentReport } from './entities/comment-report.entity.js';
import { Comment } from './entities/comment.entity.js';
import { OfficialAnswer } from './entities/official-answer.entity.js';

export const REJECTION_REASONS = {
  netiquette: 'Verstoß gegen die Netiquette',
  offtopic: 'Kein Bezug zum Handlungsansatz',
  personal: 'Enthält persönliche Daten anderer',
  advertising: 'Werbung',
  duplicate: 'Inhaltlich doppelt',
  other: 'Anderer Grund',
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;

const ACTION_SUMMARIES: Record<ModerationAction, string> = {
  approve: 'Kommentar freigegeben',
  reject: 'Kommentar abgelehnt',
  hide: 'Kommentar ausgeblendet',
  unhide: 'Kommentar wieder eingeblendet',
  dismiss: 'Meldungen zurückgewiesen, Kommentar ist in Ordnung',
};

export class NoOpenReportError extends DomainError {
  constructor() {
    super('no_open_report', 409, 'Zu diesem Kommentar liegt keine offene Meldung vor.');
  }
}

/** The moderators' work: the queue, decisions, official answers; every decision is audited. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
    private readonly notifications: CommentNotifications,
    private readonly concept: ConceptService,
  ) {}

  /**
   * Pending comments and comments with open reports, oldest first, with their context; of all
   * processes (closed ones too: their waiting comments still get a decision) or of one.
   */
  async queue(processId?: number) {
    const query = this.dataSource
      .getRepository(Comment)
      .createQueryBuilder('comment')
      .leftJoinAndSelect('comment.author', 'author')
      .leftJoinAndSelect('comment.approach', 'approach')
      .leftJoinAndSelect('comment.process', 'process')
      .leftJoinAndSelect('comment.parent', 'parent')
      .where("(comment.status = 'pending' OR comment.open_report_count > 0)")
      .andWhere('comment.deleted_by_author_at IS NULL');
    if (processId !== undefined) query.andWhere('comment.process_id = :processId', { processId });
    const comments = await query.orderBy('comment.created_at', 'ASC').take(200).getMany();
    return Promise.all(comments.map((comment) => this.toQueueItem(comment)));
  }

  async item(commentId: number) {
    const comment = await this.dataSource.getRepository(Comment).findOne({
      where: { id: commentId },
      relations: {
        author: true,
        approach: true,
        process: true,
        parent: { author: true },
        officialAnswer: true,
      },
    });
    if (!comment) throw new CommentNotFoundError();
    const reports = await this.dataSource.getRepository(CommentReport).find({
      where: { comment: { id: commentId } },
      order: { createdAt: 'ASC' },
    });
    return {
      ...(await this.toQueueItem(comment)),
      officialAnswer: comment.officialAnswer?.body ?? '',
      reports: reports.map((report) => ({
        reason: REPORT_REASONS[report.reason],
        note: report.note,
        createdAt: report.createdAt,
        resolved: Boolean(report.resolvedAt),
      })),
    };
  }

  async decide(
    actor: SessionUser,
    commentId: number,
    action: ModerationAction,
    rejection?: { reason: RejectionReason; note?: string },
  ): Promise<void> {
    await this.dataSource.transaction((manager) =>
      this.apply(manager, actor, commentId, action, rejection),
    );
  }

  async approveAll(actor: SessionUser, commentIds: number[]): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager.find(Comment, {
        where: { id: In(commentIds), status: 'pending' },
        select: { id: true },
      });
      for (const comment of pending) await this.apply(manager, actor, comment.id, 'approve');
      return pending.length;
    });
  }

  /** Posts or replaces the "Stellungnahme des Landkreises" and tells the comment's author. */
  async answer(actor: SessionUser, commentId: number, body: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Locked, so that two answers sent at once update one row instead of both inserting.
      const comment = await manager.findOne(Comment, {
        where: { id: commentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!comment) throw new CommentNotFoundError();
      const existing = await manager.findOneBy(OfficialAnswer, { comment: { id: commentId } });
      if (existing) {
        await manager.update(OfficialAnswer, { id: existing.id }, { body });
      } else {
        await manager.insert(OfficialAnswer, { comment: { id: commentId }, body });
      }
      await this.audit.record(
        actor,
        {
          action: 'comment.answered',
          summary: existing ? 'Stellungnahme geändert' : 'Stellungnahme veröffentlicht',
          subjectType: 'comment',
          subjectId: String(commentId),
        },
        manager,
      );
      if (!existing && comment.status === 'published') {
        await this.notifications.toAuthor(manager, commentId, 'answered');
      }
    });
  }

  private async apply(
    manager: EntityManager,
    actor: SessionUser,
    commentId: number,
    action: ModerationAction,
    rejection?: { reason: RejectionReason; note?: string },
  ): Promise<void> {
    const comment = await manager.findOne(Comment, {
      where: { id: commentId },
      relations: { parent: true },
      lock: { mode: 'pessimistic_write', tables: ['comment'] },
    });
    if (!comment) throw new CommentNotFoundError();
    if (action === 'dismiss' && comment.openReportCount === 0) throw new NoOpenReportError();
    const status = nextStatus(comment.status, action);
    const firstPublication = status === 'published' && !comment.publishedAt;
    const reasonText = rejection
      ? [REJECTION_REASONS[rejection.reason], rejection.note?.trim()].filter(Boolean).join(': ')
      : null;
    await manager.update(
      Comment,
      { id: commentId },
      {
        status,
        openReportCount: 0,
        rejectionReason: action === 'reject' ? reasonText : comment.rejectionReason,
        publishedAt: firstPublication ? new Date() : comment.publishedAt,
      },
    );
    const openReports = await manager.find(CommentReport, {
      where: { comment: { id: commentId }, resolvedAt: IsNull() },
      relations: { reporter: true },
    });
    await manager.update(
      CommentReport,
      { comment: { id: commentId }, resolvedAt: IsNull() },
      { resolvedAt: new Date() },
    );
    await this.audit.record(
      actor,
      {
        action: `comment.${action}`,
        summary: reasonText
          ? `${ACTION_SUMMARIES[action]} (${reasonText})`
          : ACTION_SUMMARIES[action],
        subjectType: 'comment',
        subjectId: String(commentId),
        details: { from: comment.status, to: status },
      },
      manager,
    );
    if (firstPublication) {
      await this.notifications.toAuthor(manager, commentId, 'approved');
      if (comment.parent) await this.notifications.toAuthorOfParent(manager, commentId);
    }
    if (action === 'reject')
      await this.notifications.toAuthor(manager, commentId, 'rejected', reasonText ?? '');
    if (action === 'hide')
      await this.notifications.toAuthor(manager, commentId, 'hidden', reasonText ?? '');
    // Its author was told it was hidden (by reports, for review, or by a moderator): they hear
    // it is visible again.
    if (comment.status === 'hidden' && status === 'published')
      await this.notifications.toAuthor(manager, commentId, 'restored');
    const reporterIds = openReports.flatMap((report) => report.reporter?.id ?? []);
    await this.notifications.toReporters(manager, commentId, reporterIds, reportOutcome(status));
  }

  private async toQueueItem(comment: Comment) {
    const link = await this.concept.approachLink(comment.approach.id);
    return {
      id: comment.id,
      status: comment.status,
      statusLabel: STATUS_LABELS[comment.status],
      isPending: comment.status === 'pending',
      authorName: comment.author?.displayName ?? 'gelöschtes Konto',
      bodyHtml: renderCommentText(comment.body),
      createdAt: comment.createdAt,
      openReportCount: comment.openReportCount,
      hasOpenReports: comment.openReportCount > 0,
      approachTitle: link?.title ?? '',
      approachUrl: link ? `/kek/${link.fieldSlug}/${link.slug}` : '/kek',
      processTitle: comment.process.title,
      processStateLabel: STATE_LABELS[processState(comment.process)],
      parentHtml: comment.parent ? renderCommentText(comment.parent.body) : null,
    };
  }
}
