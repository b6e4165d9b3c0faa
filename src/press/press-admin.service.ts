import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { shortSlug } from '../common/text/slugify.js';
import { berlinLocalToUtc, utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { User } from '../accounts/entities/user.entity.js';
import { Approach } from '../concept/entities/approach.entity.js';
import { JobQueue } from '../database/job-queue.service.js';
import type {
  DocumentMeta,
  IncomingDocumentFile,
  UploadPolicy,
} from '../documents/document-validation.js';
import { DocumentsService } from '../documents/documents.service.js';
import { Event } from '../events/entities/event.entity.js';
import type { ArticleFormDto, ClippingFormDto, ReviewDecision } from './dto/press-forms.dto.js';
import { ArticleRevision } from './entities/article-revision.entity.js';
import { ARTICLE_STATUS_LABELS, Article, type ArticleStatus } from './entities/article.entity.js';
import { Clipping } from './entities/clipping.entity.js';
import { PressReviewMails } from './press-review-mails.js';
import { ARTICLE_PAGE_RELATIONS, ArticleNotFoundError } from './press.service.js';

export const PUBLISH_DUE_JOB = 'press.publish-due';

const LEAD_IMAGE_UPLOAD: UploadPolicy = { ownerRole: 'press' };
const CLIPPING_UPLOAD: UploadPolicy = { ownerRole: 'press', accept: ['application/pdf'] };

function withComment(summary: string, comment: string | null): string {
  return comment ? `${summary}: „${comment}“` : summary;
}

/** Readers see an article (and its lead image) once it is published and its time has come. */
function isLive(article: Pick<Article, 'status' | 'publishAt'>, now = new Date()): boolean {
  return article.status === 'published' && article.publishAt !== null && article.publishAt <= now;
}

const FIELD_LABELS = { title: 'Titel', teaser: 'Vorspann', body: 'Text' } as const;

/** Four eyes: whoever wrote an article or submitted it for review may not approve it or send it back. */
export function mayReview(
  article: Pick<Article, 'author' | 'submittedBy'>,
  user: Pick<SessionUser, 'id'>,
): boolean {
  return article.author?.id !== user.id && article.submittedBy?.id !== user.id;
}

export class OwnArticleReviewError extends DomainError {
  constructor() {
    super(
      'article_own_review',
      403,
      'Diesen Artikel haben Sie selbst geschrieben oder zur Prüfung vorgelegt. Freigeben oder zurückgeben kann ihn nur eine andere Person der Pressestelle.',
    );
  }
}

export class ArticleNotInReviewError extends DomainError {
  constructor() {
    super('article_not_in_review', 409, 'Dieser Artikel liegt nicht (mehr) zur Prüfung vor.');
  }
}

/** Four eyes: what was submitted or approved is what appears, so only a draft's text can change. */
const NOT_EDITABLE =
  'Dieser Artikel liegt zur Prüfung vor oder ist freigegeben und kann nicht mehr geändert werden (Vier-Augen-Prinzip). Ziehen Sie ihn zurück, um ihn als Entwurf zu bearbeiten; danach muss er erneut geprüft und freigegeben werden.';

export class ArticleNotEditableError extends DomainError {
  constructor() {
    super('article_not_editable', 409, NOT_EDITABLE);
  }
}

export class ArticleNotDraftError extends DomainError {
  constructor() {
    super(
      'article_not_draft',
      409,
      'Nur einen Entwurf können Sie zur Prüfung vorlegen; dieser Artikel ist schon vorgelegt oder veröffentlicht.',
    );
  }
}

interface LeadImageChange {
  action: string;
  summary: string;
  details: Record<string, unknown>;
}

/** The press office's work: articles through draft → review → published, and the press review. */
@Injectable()
export class PressAdminService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @InjectRepository(Clipping) private readonly clippings: Repository<Clipping>,
    private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLogService,
    private readonly reviewMails: PressReviewMails,
  ) {}

  listArticles(): Promise<Article[]> {
    return this.articles.find({ order: { updatedAt: 'DESC' } });
  }

  /** Articles submitted for review, oldest first, for the dashboard. */
  awaitingReview(): Promise<Article[]> {
    return this.articles.find({
      where: { status: 'review' },
      relations: { submittedBy: true },
      order: { submittedAt: 'ASC', updatedAt: 'ASC' },
    });
  }

  async findArticle(id: number): Promise<Article> {
    const article = await this.articles.findOne({
      where: { id },
      relations: {
        leadImage: true,
        events: true,
        approaches: true,
        author: true,
        submittedBy: true,
        reviewedBy: true,
      },
    });
    if (!article) throw new ArticleNotFoundError();
    return article;
  }

  history(articleId: number): Promise<ArticleRevision[]> {
    return this.dataSource.getRepository(ArticleRevision).find({
      where: { article: { id: articleId } },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /** An article in any state, with what its public page shows, for the press office's preview. */
  async preview(id: number): Promise<Article> {
    const article = await this.articles.findOne({
      where: { id },
      relations: ARTICLE_PAGE_RELATIONS,
    });
    if (!article) throw new ArticleNotFoundError();
    return article;
  }

  /** Who would be asked to review an article submitted by this person. */
  reviewersFor(article: Article, submitter: SessionUser): Promise<User[]> {
    return this.reviewMails.reviewers(this.dataSource.manager, article, submitter);
  }

  articleValues(article: Article) {
    return {
      ...article,
      publishAt: article.publishAt ? utcToBerlinLocal(article.publishAt) : '',
      eventIds: article.events.map((event) => event.id),
      approachIds: article.approaches.map((approach) => approach.id),
    };
  }

  async saveArticle(editor: SessionUser, form: ArticleFormDto, id?: number): Promise<Article> {
    const publishAt = form.publishAt ? berlinLocalToUtc(form.publishAt) : null;
    if (form.publishAt && !publishAt) {
      throw new FormValidationError({ publishAt: 'Bitte geben Sie einen gültigen Zeitpunkt an.' });
    }
    return this.dataSource.transaction(async (manager) => {
      // Locked as a submission locks it: a text being submitted at the same moment is not changed.
      if (id) await this.lockArticle(manager, id);
      const existing = id
        ? await manager.findOneOrFail(Article, {
            where: { id },
            relations: { events: true, approaches: true },
          })
        : null;
      if (existing && existing.status !== 'draft')
        throw new FormValidationError({ form: NOT_EDITABLE });
      const changed = existing
        ? (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[]).filter(
            (field) => existing[field] !== form[field],
          )
        : [];
      const values = {
        title: form.title,
        teaser: form.teaser,
        body: form.body,
        publishAt: publishAt ?? existing?.publishAt ?? null,
        events: form.eventIds.length ? await manager.findBy(Event, { id: In(form.eventIds) }) : [],
        approaches: form.approachIds.length
          ? await manager.findBy(Approach, { id: In(form.approachIds) })
          : [],
      };
      const article = existing
        ? Object.assign(existing, values)
        : manager.create(Article, {
            ...values,
            slug: await this.uniqueSlug(manager, form.title),
            status: 'draft',
            author: { id: editor.id },
          });
      const saved = await manager.save(Article, article);
      await this.revision(
        manager,
        editor,
        saved,
        existing
          ? changed.length
            ? `${changed.map((field) => FIELD_LABELS[field]).join(', ')} geändert`
            : 'Angaben geändert'
          : 'angelegt',
      );
      return saved;
    });
  }

  /** Hands a draft to the rest of the press office, who hear of it by mail. */
  async submitForReview(
    editor: SessionUser,
    id: number,
    comment: string | null,
  ): Promise<{ article: Article; notified: number }> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockArticle(manager, id);
      if (article.status !== 'draft') throw new ArticleNotDraftError();
      const submitted = await this.changeStatus(manager, editor, article, 'review', {
        changes: {
          submittedBy: { id: editor.id } as User,
          submittedAt: new Date(),
          submissionComment: comment,
        },
        summary: withComment('zur Prüfung vorgelegt', comment),
      });
      const notified = await this.reviewMails.reviewRequested(manager, article, editor, comment);
      return { article: submitted, notified };
    });
  }

  /**
   * Another person of the press office (or an admin) approves: the article goes public now, or is
   * scheduled for its publish date. Or they send it back to the author as a draft, with a comment.
   */
  async review(
    reviewer: SessionUser,
    id: number,
    decision: ReviewDecision,
    comment: string | null,
  ): Promise<Article> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockArticle(manager, id);
      if (article.status !== 'review') throw new ArticleNotInReviewError();
      if (!mayReview(article, reviewer)) throw new OwnArticleReviewError();
      if (decision === 'return' && !comment)
        throw new FormValidationError({
          comment: 'Bitte schreiben Sie, was am Artikel zu überarbeiten ist.',
        });
      const now = new Date();
      const reviewed = {
        reviewedBy: { id: reviewer.id } as User,
        reviewedAt: now,
        reviewComment: comment,
      };
      if (decision === 'return') {
        const returned = await this.changeStatus(manager, reviewer, article, 'draft', {
          changes: reviewed,
          summary: withComment('zur Überarbeitung zurückgegeben', comment),
          auditAction: 'article.returned',
        });
        await this.reviewMails.reviewed(manager, article, reviewer, 'returned', comment);
        return returned;
      }
      const scheduled = article.publishAt !== null && article.publishAt > now;
      const approved = await this.changeStatus(
        manager,
        reviewer,
        article,
        scheduled ? 'scheduled' : 'published',
        {
          changes: { ...reviewed, publishAt: article.publishAt ?? now },
          summary: withComment(
            scheduled
              ? 'freigegeben, erscheint zum geplanten Zeitpunkt'
              : 'freigegeben und veröffentlicht',
            comment,
          ),
        },
      );
      if (scheduled)
        await this.jobs.send(
          PUBLISH_DUE_JOB,
          { articleId: id },
          { startAfter: article.publishAt!, singletonKey: `article-${id}`, manager },
        );
      await this.reviewMails.reviewed(
        manager,
        approved,
        reviewer,
        scheduled ? 'scheduled' : 'published',
        comment,
      );
      return approved;
    });
  }

  withdraw(editor: SessionUser, id: number): Promise<Article> {
    return this.setStatus(editor, id, 'draft');
  }

  /** Scheduled articles whose time has come become published; run by the job and every 5 minutes. */
  async publishDue(now = new Date()): Promise<number> {
    const due = await this.dataSource
      .getRepository(Article)
      .createQueryBuilder('article')
      .leftJoinAndSelect('article.leadImage', 'leadImage')
      .where("article.status = 'scheduled' AND article.publish_at <= :now", { now })
      .getMany();
    for (const article of due) {
      await this.dataSource.transaction(async (manager) => {
        await manager.update(Article, { id: article.id }, { status: 'published' });
        await this.showLeadImage(manager, article, true);
        await this.revision(
          manager,
          null,
          { ...article, status: 'published' },
          'zum geplanten Zeitpunkt veröffentlicht',
        );
      });
    }
    return due.length;
  }

  /**
   * A new file replaces a draft's lead image; without one, the alt text and credit of the present
   * image change. Four eyes: the image of a submitted or approved article is the one approved.
   */
  async setLeadImage(
    editor: SessionUser,
    id: number,
    file: IncomingDocumentFile | undefined,
    meta: Omit<DocumentMeta, 'kind' | 'title'>,
  ): Promise<void> {
    const notEditable = () => new FormValidationError({ form: NOT_EDITABLE });
    const article = await this.findArticle(id);
    if (article.status !== 'draft') throw notEditable();
    const previous = article.leadImage;
    if (!file && previous) {
      await this.changeLeadImage(editor, id, notEditable, async (manager) => {
        await this.documents.describePhoto(previous.id, meta, manager);
        return {
          action: 'article.lead_image_described',
          summary: 'Bildbeschreibung und Bildnachweis geändert',
          details: { documentId: previous.id },
        };
      });
      return;
    }
    const { document } = await this.documents.store(
      file,
      { ...meta, kind: 'photo', title: `Titelbild: ${article.title}` },
      LEAD_IMAGE_UPLOAD,
    );
    try {
      await this.changeLeadImage(editor, id, notEditable, async (manager) => {
        await manager.update(Article, { id }, { leadImage: { id: document.id } });
        return {
          action: 'article.lead_image_changed',
          summary: previous ? 'Titelbild ersetzt (das alte ist gelöscht)' : 'Titelbild hinzugefügt',
          details: { documentId: document.id, previousDocumentId: previous?.id ?? null },
        };
      });
    } catch (error) {
      await this.documents.remove(document.id);
      throw error;
    }
    if (previous) await this.documents.remove(previous.id);
  }

  /** A draft goes on without a lead image; the file is deleted. */
  async removeLeadImage(editor: SessionUser, id: number): Promise<void> {
    const removed = await this.changeLeadImage(
      editor,
      id,
      () => new ArticleNotEditableError(),
      async (manager, article) => {
        if (!article.leadImage) return null;
        await manager.update(Article, { id }, { leadImage: null });
        return {
          action: 'article.lead_image_removed',
          summary: 'Titelbild entfernt (die Datei ist gelöscht)',
          details: { documentId: article.leadImage.id },
        };
      },
    );
    if (removed) await this.documents.remove(String(removed.details.documentId));
  }

  /**
   * Changes a draft's lead image under the article's lock, as a submission takes it, with a revision
   * and an audit entry; an article no longer a draft throws `notEditable()`.
   */
  private changeLeadImage(
    editor: SessionUser,
    id: number,
    notEditable: () => Error,
    change: (manager: EntityManager, article: Article) => Promise<LeadImageChange | null>,
  ): Promise<LeadImageChange | null> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockArticle(manager, id);
      if (article.status !== 'draft') throw notEditable();
      const entry = await change(manager, article);
      if (!entry) return null;
      await this.revision(manager, editor, article, entry.summary);
      await this.audit.record(
        editor,
        {
          action: entry.action,
          summary: entry.summary,
          subjectType: 'article',
          subjectId: String(article.id),
          subjectLabel: article.title,
          details: entry.details,
        },
        manager,
      );
      return entry;
    });
  }

  listClippings(): Promise<Clipping[]> {
    return this.clippings.find({
      order: { publishedOn: 'DESC' },
      relations: { document: true, events: true },
    });
  }

  async findClipping(id: number): Promise<Clipping> {
    const clipping = await this.clippings.findOne({
      where: { id },
      relations: { document: true, events: true },
    });
    if (!clipping)
      throw new DomainError(
        'clipping_not_found',
        404,
        'Diesen Pressespiegel-Eintrag gibt es nicht.',
      );
    return clipping;
  }

  async saveClipping(editor: SessionUser, form: ClippingFormDto, id?: number): Promise<Clipping> {
    const existing = id ? await this.findClipping(id) : null;
    const values = {
      publication: form.publication,
      issue: form.issue ?? null,
      publishedOn: form.publishedOn,
      page: form.page ?? null,
      headline: form.headline,
      url: form.url ?? null,
      events: form.eventIds.length
        ? await this.dataSource.getRepository(Event).findBy({ id: In(form.eventIds) })
        : [],
    };
    const saved = await this.clippings.save(
      existing ? Object.assign(existing, values) : this.clippings.create(values),
    );
    await this.audit.record(editor, {
      action: existing ? 'clipping.updated' : 'clipping.created',
      summary: existing ? 'Pressespiegel-Eintrag geändert' : 'Pressespiegel-Eintrag angelegt',
      subjectType: 'clipping',
      subjectId: String(saved.id),
      subjectLabel: saved.headline,
    });
    return saved;
  }

  async setClippingPdf(
    editor: SessionUser,
    id: number,
    file: IncomingDocumentFile | undefined,
  ): Promise<string[]> {
    const clipping = await this.findClipping(id);
    const { document, warnings } = await this.documents.store(
      file,
      { kind: 'other', title: clipping.headline },
      CLIPPING_UPLOAD,
    );
    await this.documents.setPublic([document.id], true);
    await this.clippings.update({ id }, { document: { id: document.id } });
    if (clipping.document) await this.documents.remove(clipping.document.id);
    await this.audit.record(editor, {
      action: 'clipping.pdf_changed',
      summary: clipping.document
        ? 'PDF-Datei ersetzt (die alte ist gelöscht)'
        : 'PDF-Datei hinzugefügt',
      subjectType: 'clipping',
      subjectId: String(id),
      subjectLabel: clipping.headline,
      details: { documentId: document.id, previousDocumentId: clipping.document?.id ?? null },
    });
    return warnings;
  }

  private setStatus(editor: SessionUser, id: number, status: ArticleStatus): Promise<Article> {
    return this.dataSource.transaction(async (manager) =>
      this.changeStatus(manager, editor, await this.lockArticle(manager, id), status),
    );
  }

  /** The article with the people of its review, locked until the transaction ends. */
  private async lockArticle(manager: EntityManager, id: number): Promise<Article> {
    const locked = await manager.findOne(Article, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!locked) throw new ArticleNotFoundError();
    return manager.findOneOrFail(Article, {
      where: { id },
      relations: { leadImage: true, author: true, submittedBy: true },
    });
  }

  private async changeStatus(
    manager: EntityManager,
    editor: SessionUser,
    article: Article,
    status: ArticleStatus,
    options: { changes?: Partial<Article>; summary?: string; auditAction?: string } = {},
  ): Promise<Article> {
    const { id } = article;
    await manager.update(Article, { id }, { status, ...options.changes });
    const updated = { ...article, status, ...options.changes };
    await this.showLeadImage(manager, article, isLive(updated));
    const summary = options.summary ?? `Status: ${ARTICLE_STATUS_LABELS[status]}`;
    await this.revision(manager, editor, updated, summary);
    await this.audit.record(
      editor,
      {
        action:
          options.auditAction ?? (status === 'draft' ? 'article.withdrawn' : `article.${status}`),
        summary:
          status === 'draft' && !options.auditAction
            ? 'Artikel zurückgezogen (wieder Entwurf)'
            : `Artikel: ${summary}`,
        subjectType: 'article',
        subjectId: String(id),
        subjectLabel: article.title,
        details: { from: article.status, to: status },
      },
      manager,
    );
    return updated;
  }

  /** A lead image is public exactly while its article is. */
  private async showLeadImage(
    manager: EntityManager,
    article: Pick<Article, 'leadImage'>,
    isPublic: boolean,
  ): Promise<void> {
    if (article.leadImage)
      await this.documents.setPublic([article.leadImage.id], isPublic, manager);
  }

  private async revision(
    manager: EntityManager,
    editor: SessionUser | null,
    article: Article,
    summary: string,
  ): Promise<void> {
    await manager.insert(ArticleRevision, {
      article: { id: article.id },
      editorId: editor?.id ?? null,
      editorName: editor?.displayName ?? 'System',
      summary,
      snapshot: {
        title: article.title,
        teaser: article.teaser,
        body: article.body,
        status: article.status,
      },
    });
  }

  private async uniqueSlug(manager: EntityManager, title: string): Promise<string> {
    const base = shortSlug(title) || 'artikel';
    let slug = base;
    for (let suffix = 2; await manager.existsBy(Article, { slug }); suffix += 1)
      slug = `${base}-${suffix}`;
    return slug;
  }
}
