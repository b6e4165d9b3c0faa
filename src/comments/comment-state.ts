import { DomainError } from '../common/errors/domain.error.js';
import type { ModerationMode } from '../participation/entities/participation-process.entity.js';
import type { ReportOutcome } from '../participation/tone.js';

export const COMMENT_STATUSES = ['pending', 'published', 'rejected', 'hidden'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export type ModerationAction = 'approve' | 'reject' | 'hide' | 'unhide' | 'dismiss';

export const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'wartet auf Freigabe',
  published: 'veröffentlicht',
  rejected: 'abgelehnt',
  hidden: 'ausgeblendet',
};

const TRANSITIONS: Record<ModerationAction, Partial<Record<CommentStatus, CommentStatus>>> = {
  approve: { pending: 'published', hidden: 'published', rejected: 'published' },
  reject: { pending: 'rejected', hidden: 'rejected', published: 'rejected' },
  hide: { published: 'hidden' },
  unhide: { hidden: 'published' },
  // "Kommentar ist in Ordnung": the reports are dismissed and the comment is (again) visible.
  dismiss: { published: 'published', hidden: 'published' },
};

/** What a moderator's decision means for the people who reported the comment. */
export function reportOutcome(status: CommentStatus): ReportOutcome {
  return status === 'published' ? 'dismissed' : status === 'hidden' ? 'hidden' : 'removed';
}

export class InvalidTransitionError extends DomainError {
  constructor(action: ModerationAction, status: CommentStatus) {
    super(
      'invalid_transition',
      409,
      `Dieser Kommentar ist ${STATUS_LABELS[status]}; die Aktion ist dafür nicht möglich.`,
    );
    this.name = `InvalidTransitionError(${action})`;
  }
}

/** Pre-moderation holds a new comment back until a moderator approves it. */
export function initialStatus(mode: ModerationMode): CommentStatus {
  return mode === 'pre' ? 'pending' : 'published';
}

export function nextStatus(status: CommentStatus, action: ModerationAction): CommentStatus {
  const next = TRANSITIONS[action][status];
  if (!next) throw new InvalidTransitionError(action, status);
  return next;
}

/** A report hides a published comment once the open reports reach the threshold. */
export function statusAfterReport(
  status: CommentStatus,
  openReports: number,
  threshold: number,
): CommentStatus {
  return status === 'published' && openReports >= threshold ? 'hidden' : status;
}

/** Who may see a comment's text: everyone when published, its author while it waits or is hidden. */
export function isVisibleTo(
  comment: { status: CommentStatus; deletedByAuthorAt: Date | null; authorId: string | null },
  viewerId: string | undefined,
): boolean {
  if (comment.deletedByAuthorAt) return false;
  if (comment.status === 'published') return true;
  return (
    viewerId !== undefined &&
    comment.authorId === viewerId &&
    (comment.status === 'pending' || comment.status === 'hidden')
  );
}
