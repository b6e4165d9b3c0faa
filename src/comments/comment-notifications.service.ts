import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { User } from '../accounts/entities/user.entity.js';
import { SignedTokenService } from '../common/security/signed-token.service.js';
import { ConceptService } from '../concept/concept.service.js';
import { AppConfig } from '../config/app-config.js';
import { JobQueue } from '../database/job-queue.service.js';
import { MailService } from '../mail/mail.service.js';
import { type AuthorMail, type ReportOutcome, toneOf } from '../participation/tone.js';
import { AuthorNotificationOptOut } from './entities/author-notification-optout.entity.js';
import { ApproachSubscription } from './entities/approach-subscription.entity.js';
import { Comment } from './entities/comment.entity.js';
import { ModerationNotice } from './entities/moderation-notice.entity.js';

export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
export const MODERATION_NOTICE_JOB = 'comments.moderation-notice';

/** While earlier items still wait, moderators hear about new ones at most this often. */
const NOTICE_INTERVAL_MS = 15 * 60 * 1000;

/** Mails that ask the author to reply when they disagree or have questions. */
const INVITES_REPLY: ReadonlySet<AuthorMail> = new Set(['rejected', 'hidden']);

const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}…` : text);

/**
 * Mails about comments, all through the mail queue: to authors (approved, rejected, hidden,
 * hidden by reports for review and visible again, reply, official answer) in the tone of the
 * comment's process, the daily digest for subscribers, and the moderators' notice.
 */
@Injectable()
export class CommentNotifications {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly concept: ConceptService,
    private readonly tokens: SignedTokenService,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  async toAuthor(
    manager: EntityManager,
    commentId: number,
    event: AuthorMail,
    reason?: string,
  ): Promise<void> {
    const comment = await manager.findOne(Comment, {
      where: { id: commentId },
      relations: { author: true, approach: true, process: true, officialAnswer: true },
    });
    const author = comment?.author;
    if (
      !comment ||
      !author ||
      (await manager.existsBy(AuthorNotificationOptOut, { userId: author.id }))
    ) {
      return;
    }
    const link = await this.concept.approachLink(comment.approach.id);
    const unsubscribeUrl = this.unsubscribeUrl(author.id, 'author');
    const { mail } = toneOf(comment.process);
    await this.mail.send(
      {
        to: author.email,
        template: mail.templates[event],
        subject: mail.subjects[event],
        reason: mail.reason(this.config.PORTAL_NAME, unsubscribeUrl),
        data: {
          displayName: author.displayName,
          processTitle: comment.process.title,
          approachTitle: link?.title ?? '',
          commentUrl: this.commentUrl(link, commentId),
          excerpt: excerpt(comment.body),
          rejectionReason: reason ?? '',
          answer: comment.officialAnswer?.body ?? '',
          unsubscribeUrl,
        },
        headers: this.unsubscribeHeaders(unsubscribeUrl),
        invitesReply: INVITES_REPLY.has(event),
      },
      manager,
    );
  }

  /**
   * Tells each person who reported the comment what the moderation decided. The mail names
   * neither the author nor the other reporters; the author is never told who reported.
   */
  async toReporters(
    manager: EntityManager,
    commentId: number,
    reporterIds: string[],
    outcome: ReportOutcome,
  ): Promise<void> {
    if (reporterIds.length === 0) return;
    const comment = await manager.findOneOrFail(Comment, {
      where: { id: commentId },
      relations: { approach: true, process: true },
    });
    const reporters = await manager
      .createQueryBuilder(User, 'user')
      .where('user.id IN (:...reporterIds)', { reporterIds })
      .andWhere('user.locked_at IS NULL')
      .getMany();
    const link = await this.concept.approachLink(comment.approach.id);
    const { reportOutcome } = toneOf(comment.process).mail;
    for (const reporter of reporters) {
      await this.mail.send(
        {
          to: reporter.email,
          template: reportOutcome.template,
          subject: reportOutcome.subjects[outcome],
          reason: reportOutcome.reason(this.config.PORTAL_NAME),
          data: {
            displayName: reporter.displayName,
            processTitle: comment.process.title,
            approachTitle: link?.title ?? '',
            commentUrl: this.commentUrl(link, commentId),
            excerpt: excerpt(comment.body),
            isDismissed: outcome === 'dismissed',
            isHidden: outcome === 'hidden',
            isRemoved: outcome === 'removed',
          },
          invitesReply: true,
        },
        manager,
      );
    }
  }

  /** Tells the author of the parent comment about a published reply (not about their own). */
  async toAuthorOfParent(manager: EntityManager, replyId: number): Promise<void> {
    const reply = await manager.findOne(Comment, {
      where: { id: replyId },
      relations: { author: true, parent: { author: true } },
    });
    const parent = reply?.parent;
    if (!reply || !parent?.author || parent.author.id === reply.author?.id) return;
    await this.toAuthor(manager, parent.id, 'reply');
  }

  /** The daily digest: new published comments on the approaches each user follows. */
  async sendDigests(now = new Date()): Promise<number> {
    const subscriptions = await this.dataSource.getRepository(ApproachSubscription).find();
    const byUser = new Map<string, ApproachSubscription[]>();
    for (const subscription of subscriptions) {
      byUser.set(subscription.userId, [...(byUser.get(subscription.userId) ?? []), subscription]);
    }
    let sent = 0;
    for (const [userId, own] of byUser) {
      await this.dataSource.transaction(async (manager) => {
        const sections = [];
        for (const subscription of own) {
          const comments = await manager
            .createQueryBuilder(Comment, 'comment')
            .leftJoinAndSelect('comment.author', 'author')
            .innerJoinAndSelect('comment.process', 'process')
            .where('comment.approach_id = :approachId', { approachId: subscription.approachId })
            .andWhere("comment.status = 'published' AND comment.deleted_by_author_at IS NULL")
            .andWhere('comment.published_at > :since AND comment.published_at <= :now', {
              since: subscription.notifiedUntil,
              now,
            })
            .orderBy('process.starts_at', 'ASC')
            .addOrderBy('process.id', 'ASC')
            .addOrderBy('comment.published_at', 'ASC')
            .getMany();
          if (comments.length === 0) continue;
          const link = await this.concept.approachLink(subscription.approachId);
          // Each process's discussion on its own, so adult and youth discussions never mix.
          const discussions = new Map<number, { processTitle: string; comments: object[] }>();
          for (const comment of comments) {
            const discussion = discussions.get(comment.process.id) ?? {
              processTitle: comment.process.title,
              comments: [],
            };
            discussion.comments.push({
              authorName: comment.author?.displayName ?? 'gelöschtes Konto',
              excerpt: excerpt(comment.body),
              url: this.commentUrl(link, comment.id),
            });
            discussions.set(comment.process.id, discussion);
          }
          sections.push({
            approachTitle: link?.title ?? '',
            approachUrl: this.commentUrl(link),
            unsubscribeUrl: this.unsubscribeUrl(userId, `digest:${subscription.approachId}`),
            discussions: [...discussions.values()],
          });
        }
        await manager.update(ApproachSubscription, { userId }, { notifiedUntil: now });
        if (sections.length === 0) return;
        const user = await manager.findOneBy(User, { id: userId });
        if (!user) return;
        const unsubscribeUrl = this.unsubscribeUrl(userId, 'digest:all');
        await this.mail.send(
          {
            to: user.email,
            template: 'comment-digest',
            subject: 'Neue Kommentare zu den Handlungsansätzen, denen Sie folgen',
            reason: `Sie erhalten diese E-Mail, weil Sie Handlungsansätzen im ${this.config.PORTAL_NAME} folgen. Alle abbestellen: ${unsubscribeUrl}`,
            data: { displayName: user.displayName, sections, unsubscribeUrl },
            headers: this.unsubscribeHeaders(unsubscribeUrl),
          },
          manager,
        );
        sent += 1;
      });
    }
    return sent;
  }

  /** A comment started to wait (pending or reported): the notice job runs as soon as it commits. */
  async itemWaiting(manager: EntityManager): Promise<void> {
    await this.jobs.send(MODERATION_NOTICE_JOB, {}, { manager });
  }

  /**
   * Mails the moderators when items wait that they have not been told about yet: at once when
   * nothing older waits (the first item after a cleared queue), otherwise batched at most every
   * 15 minutes. Runs when an item starts to wait and every minute, so nothing stalls unnoticed.
   */
  async noticeModerators(now = new Date()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO moderation_notice (id, last_sent_at) VALUES (1, 'epoch') ON CONFLICT DO NOTHING`,
      );
      const notice = await manager.findOneOrFail(ModerationNotice, {
        where: { id: 1 },
        lock: { mode: 'pessimistic_write' },
      });
      const [{ fresh, waiting }] = await manager.query<{ fresh: number; waiting: number }[]>(
        `SELECT count(*) FILTER (WHERE greatest(c.created_at, coalesce(r.last_report, c.created_at)) > $1)::int AS fresh,
                count(*)::int AS waiting
         FROM comment c
         LEFT JOIN LATERAL (SELECT max(created_at) AS last_report FROM comment_report
                            WHERE comment_id = c.id AND resolved_at IS NULL) r ON true
         WHERE c.deleted_by_author_at IS NULL AND (c.status = 'pending' OR c.open_report_count > 0)`,
        [notice.lastSentAt],
      );
      const intervalOver = now.getTime() - notice.lastSentAt.getTime() >= NOTICE_INTERVAL_MS;
      if (fresh === 0 || (fresh < waiting && !intervalOver)) return false;
      const moderators = await manager
        .createQueryBuilder(User, 'user')
        .where(`user.roles && ARRAY['moderator', 'admin']::text[]`)
        .andWhere('user.locked_at IS NULL AND user.email_confirmed_at IS NOT NULL')
        .getMany();
      for (const moderator of moderators) {
        await this.mail.send(
          {
            to: moderator.email,
            template: 'moderation-waiting',
            subject: `${waiting} ${waiting === 1 ? 'Kommentar wartet' : 'Kommentare warten'} auf Moderation`,
            reason:
              'Sie erhalten diese E-Mail, weil Sie im Beteiligungsportal moderieren (solange Kommentare warten, höchstens alle 15 Minuten).',
            data: {
              displayName: moderator.displayName,
              waiting,
              queueUrl: this.url('/verwaltung/moderation'),
            },
          },
          manager,
        );
      }
      await manager.update(ModerationNotice, { id: 1 }, { lastSentAt: now });
      return true;
    });
  }

  /** Carries out an unsubscribe token; returns what was cancelled, or null for a bad token. */
  async unsubscribe(token: string): Promise<'author' | 'digest' | null> {
    const payload = this.tokens.verify(UNSUBSCRIBE_PURPOSE, token);
    if (!payload) return null;
    const [userId, scope, approachId] = payload.split(':');
    if (scope === 'author') {
      await this.dataSource.query(
        `INSERT INTO author_notification_opt_out (user_id) SELECT id FROM app_user WHERE id = $1
         ON CONFLICT DO NOTHING`,
        [userId],
      );
      return 'author';
    }
    const repository = this.dataSource.getRepository(ApproachSubscription);
    await repository.delete(
      approachId === 'all' ? { userId } : { userId, approachId: Number(approachId) },
    );
    return 'digest';
  }

  unsubscribeUrl(userId: string, scope: string): string {
    return this.url(
      `/benachrichtigungen/abbestellen?token=${this.tokens.sign(UNSUBSCRIBE_PURPOSE, `${userId}:${scope}`)}`,
    );
  }

  private unsubscribeHeaders(url: string): Record<string, string> {
    return {
      'List-Unsubscribe': `<${url}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  private commentUrl(link: { slug: string; fieldSlug: string } | null, commentId?: number): string {
    if (!link) return this.url('/kek');
    return this.url(
      `/kek/${link.fieldSlug}/${link.slug}${commentId ? `#kommentar-${commentId}` : ''}`,
    );
  }

  private url(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }
}
