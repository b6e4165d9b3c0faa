import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { User } from '../accounts/entities/user.entity.js';
import type { SessionUser } from '../common/auth/roles.js';
import { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import type { Article } from './entities/article.entity.js';

/** The mails of the four-eyes review: to the possible reviewers, and back to the author. */
@Injectable()
export class PressReviewMails {
  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {}

  /** Everyone who may approve it: the press office and admins, except its author and submitter. */
  reviewers(manager: EntityManager, article: Article, submitter: SessionUser): Promise<User[]> {
    return manager
      .createQueryBuilder(User, 'user')
      .where(`user.roles && ARRAY['press', 'admin']::text[]`)
      .andWhere('user.locked_at IS NULL AND user.email_confirmed_at IS NOT NULL')
      .andWhere('user.id NOT IN (:...excluded)', {
        excluded: [submitter.id, article.author?.id ?? submitter.id],
      })
      .orderBy('user.display_name')
      .getMany();
  }

  /** Asks every possible reviewer; returns how many were asked. */
  async reviewRequested(
    manager: EntityManager,
    article: Article,
    submitter: SessionUser,
    comment: string | null,
  ): Promise<number> {
    const reviewers = await this.reviewers(manager, article, submitter);
    for (const reviewer of reviewers) {
      await this.mail.send(
        {
          to: reviewer.email,
          template: 'article-review-requested',
          subject: `Bitte prüfen: ${article.title}`,
          reason:
            'Sie erhalten diese E-Mail, weil Sie Artikel der Pressestelle im Beteiligungsportal freigeben können.',
          data: {
            displayName: reviewer.displayName,
            submitterName: submitter.displayName,
            articleTitle: article.title,
            comment,
            reviewUrl: this.articleUrl(article),
          },
        },
        manager,
      );
    }
    return reviewers.length;
  }

  /** Tells the author (and the submitter, if someone else) that it was approved or sent back. */
  async reviewed(
    manager: EntityManager,
    article: Article,
    reviewer: SessionUser,
    outcome: 'published' | 'scheduled' | 'returned',
    comment: string | null,
  ): Promise<void> {
    const recipients = new Map(
      [article.author, article.submittedBy]
        .filter((user): user is User => user !== null && user.id !== reviewer.id)
        .map((user) => [user.id, user]),
    );
    const subject = {
      published: `Freigegeben und veröffentlicht: ${article.title}`,
      scheduled: `Freigegeben, erscheint zum geplanten Zeitpunkt: ${article.title}`,
      returned: `Zur Überarbeitung zurückgegeben: ${article.title}`,
    }[outcome];
    for (const author of recipients.values()) {
      await this.mail.send(
        {
          to: author.email,
          template: 'article-reviewed',
          subject,
          reason:
            'Sie erhalten diese E-Mail, weil Sie diesen Artikel geschrieben oder zur Prüfung vorgelegt haben.',
          data: {
            displayName: author.displayName,
            reviewerName: reviewer.displayName,
            articleTitle: article.title,
            isPublished: outcome === 'published',
            isScheduled: outcome === 'scheduled',
            isReturned: outcome === 'returned',
            publishAt: article.publishAt,
            comment,
            articleUrl: this.articleUrl(article),
          },
        },
        manager,
      );
    }
  }

  private articleUrl(article: Article): string {
    return `${this.config.publicBaseUrl}/verwaltung/presse/artikel/${article.id}`;
  }
}
