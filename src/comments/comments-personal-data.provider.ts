import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import {
  type AccountSection,
  AsPersonalDataProvider,
  type PersonalDataProvider,
} from '../accounts/personal-data.js';
import { ConceptService } from '../concept/concept.service.js';
import { formatDateTime } from '../common/views/berlin-time.js';
import { STATUS_LABELS } from './comment-state.js';

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
import { ApproachSubscription } from './entities/approach-subscription.entity.js';
import { CommentReport } from './entities/comment-report.entity.js';
import { CommentSupport } from './entities/comment-support.entity.js';
import { Comment } from './entities/comment.entity.js';

/**
 * Comments stay as part of the public discussion when an account is deleted; they lose their
 * author and show "gelöschtes Konto". Supports, reports and subscriptions go with the account.
 */
@AsPersonalDataProvider()
@Injectable()
export class CommentsPersonalData implements PersonalDataProvider {
  readonly exportKey = 'kommentare';

  constructor(
    private readonly dataSource: DataSource,
    private readonly concept: ConceptService,
  ) {}

  /** The person's comments (with their state) and the approaches they follow (to unfollow). */
  async overview(userId: string): Promise<AccountSection[]> {
    const [comments, subscriptions] = await Promise.all([
      this.dataSource.getRepository(Comment).find({
        where: { author: { id: userId }, deletedByAuthorAt: IsNull() },
        relations: { approach: true, process: true },
        order: { createdAt: 'DESC' },
      }),
      this.dataSource
        .getRepository(ApproachSubscription)
        .find({ where: { userId }, relations: { approach: true } }),
    ]);
    return [
      {
        id: 'kommentare',
        title: 'Meine Kommentare',
        empty: 'Sie haben noch keine Kommentare geschrieben.',
        order: 10,
        items: await Promise.all(
          comments.map(async (comment) => ({
            title: `${comment.approach.title} (${comment.process.title})`,
            url: await this.approachUrl(comment.approach.id, `#kommentar-${comment.id}`),
            state: STATUS_LABELS[comment.status],
            detail: `${formatDateTime(comment.createdAt)}: „${excerpt(comment.body)}“`,
          })),
        ),
      },
      {
        id: 'abonnements',
        title: 'Handlungsansätze, denen ich folge',
        empty:
          'Sie folgen keinem Handlungsansatz. Auf jeder Seite eines Handlungsansatzes können Sie neue Kommentare einmal täglich per E-Mail bestellen.',
        order: 20,
        items: await Promise.all(
          subscriptions.map(async (subscription) => ({
            title: subscription.approach.title,
            url: await this.approachUrl(subscription.approachId, '#kommentare'),
            detail: 'Neue Kommentare einmal täglich per E-Mail',
            action: {
              url: `/kommentare/abbestellen/${subscription.approachId}`,
              label: 'Nicht mehr folgen',
              returnTo: '/konto',
            },
          })),
        ),
      },
    ];
  }

  private async approachUrl(approachId: number, anchor: string): Promise<string> {
    const link = await this.concept.approachLink(approachId);
    return link ? `/kek/${link.fieldSlug}/${link.slug}${anchor}` : '/kek';
  }

  async export(userId: string) {
    const [comments, supports, reports, subscriptions] = await Promise.all([
      this.dataSource.getRepository(Comment).find({
        where: { author: { id: userId } },
        relations: { approach: true, process: true },
        order: { createdAt: 'ASC' },
      }),
      this.dataSource.getRepository(CommentSupport).find({ where: { userId } }),
      this.dataSource.getRepository(CommentReport).find({
        where: { reporter: { id: userId } },
        relations: { comment: true },
      }),
      this.dataSource
        .getRepository(ApproachSubscription)
        .find({ where: { userId }, relations: { approach: true } }),
    ]);
    return {
      kommentare: comments.map((comment) => ({
        nummer: comment.id,
        handlungsansatz: comment.approach.title,
        beteiligungsverfahren: comment.process.title,
        text: comment.body,
        status: STATUS_LABELS[comment.status],
        geschriebenAm: comment.createdAt,
        geloeschtAm: comment.deletedByAuthorAt,
      })),
      zustimmungen: supports.map((support) => ({
        kommentar: support.commentId,
        am: support.createdAt,
      })),
      meldungen: reports.map((report) => ({
        kommentar: report.comment.id,
        grund: report.reason,
        anmerkung: report.note,
        am: report.createdAt,
      })),
      abonnierteHandlungsansaetze: subscriptions.map((subscription) => subscription.approach.title),
    };
  }

  async erase(userId: string, manager: EntityManager): Promise<void> {
    // Deleting the user row sets comment.author to NULL and removes supports and subscriptions
    // (foreign keys); reports keep their reason but lose the reporter.
    await manager.update(CommentReport, { reporter: { id: userId } }, { reporter: null });
  }
}
