import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AsPersonalDataProvider, type PersonalDataProvider } from '../accounts/personal-data.js';
import { STATUS_LABELS } from './comment-state.js';
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

  constructor(private readonly dataSource: DataSource) {}

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
