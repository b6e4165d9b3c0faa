import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { slugify } from '../common/text/slugify.js';
import { berlinLocalToUtc, utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { Approach } from '../concept/entities/approach.entity.js';
import { JobQueue } from '../database/job-queue.service.js';
import type {
  DocumentMeta,
  IncomingDocumentFile,
  UploadPolicy,
} from '../documents/document-validation.js';
import { DocumentsService } from '../documents/documents.service.js';
import { Event } from '../events/entities/event.entity.js';
import type { ArticleFormDto, ClippingFormDto } from './dto/press-forms.dto.js';
import { ArticleRevision } from './entities/article-revision.entity.js';
import { ARTICLE_STATUS_LABELS, Article, type ArticleStatus } from './entities/article.entity.js';
import { Clipping } from './entities/clipping.entity.js';
import { ArticleNotFoundError } from './press.service.js';

export const PUBLISH_DUE_JOB = 'press.publish-due';

const LEAD_IMAGE_UPLOAD: UploadPolicy = { ownerRole: 'press' };
const CLIPPING_UPLOAD: UploadPolicy = { ownerRole: 'press', accept: ['application/pdf'] };

/** Readers see an article (and its lead image) once it is published and its time has come. */
function isLive(article: Pick<Article, 'status' | 'publishAt'>, now = new Date()): boolean {
  return article.status === 'published' && article.publishAt !== null && article.publishAt <= now;
}

const FIELD_LABELS = { title: 'Titel', teaser: 'Vorspann', body: 'Text' } as const;

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
  ) {}

  listArticles(): Promise<Article[]> {
    return this.articles.find({ order: { updatedAt: 'DESC' } });
  }

  /** Articles submitted for review, oldest first, for the dashboard. */
  awaitingReview(): Promise<Article[]> {
    return this.articles.find({ where: { status: 'review' }, order: { updatedAt: 'ASC' } });
  }

  async findArticle(id: number): Promise<Article> {
    const article = await this.articles.findOne({
      where: { id },
      relations: { leadImage: true, events: true, approaches: true },
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
      const existing = id
        ? await manager.findOne(Article, {
            where: { id },
            relations: { events: true, approaches: true },
          })
        : null;
      if (id && !existing) throw new ArticleNotFoundError();
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

  submitForReview(editor: SessionUser, id: number): Promise<Article> {
    return this.setStatus(editor, id, 'review');
  }

  /** Publishes now, or schedules it for its publish date (a job publishes it on time). */
  async publish(editor: SessionUser, id: number): Promise<Article> {
    const article = await this.findArticle(id);
    const now = new Date();
    if (article.publishAt && article.publishAt > now) {
      const scheduled = await this.setStatus(editor, id, 'scheduled');
      await this.jobs.send(
        PUBLISH_DUE_JOB,
        { articleId: id },
        { startAfter: article.publishAt, singletonKey: `article-${id}` },
      );
      return scheduled;
    }
    await this.articles.update({ id }, { publishAt: article.publishAt ?? now });
    return this.setStatus(editor, id, 'published');
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

  async setLeadImage(
    editor: SessionUser,
    id: number,
    file: IncomingDocumentFile | undefined,
    meta: Omit<DocumentMeta, 'kind' | 'title'>,
  ): Promise<void> {
    const article = await this.findArticle(id);
    const { document } = await this.documents.store(
      file,
      { ...meta, kind: 'photo', title: `Titelbild: ${article.title}` },
      LEAD_IMAGE_UPLOAD,
    );
    if (isLive(article)) await this.documents.setPublic([document.id], true);
    const previous = article.leadImage;
    await this.articles.update({ id }, { leadImage: { id: document.id } });
    if (previous) await this.documents.remove(previous.id);
    await this.dataSource.transaction(async (manager) => {
      await this.revision(manager, editor, article, 'Titelbild geändert');
      await this.audit.record(
        editor,
        {
          action: 'article.lead_image_changed',
          summary: previous ? 'Titelbild ersetzt (das alte ist gelöscht)' : 'Titelbild hinzugefügt',
          subjectType: 'article',
          subjectId: String(id),
          subjectLabel: article.title,
          details: { documentId: document.id, previousDocumentId: previous?.id ?? null },
        },
        manager,
      );
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

  private async setStatus(
    editor: SessionUser,
    id: number,
    status: ArticleStatus,
  ): Promise<Article> {
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(Article, {
        where: { id },
        relations: { leadImage: true },
      });
      if (!article) throw new ArticleNotFoundError();
      await manager.update(Article, { id }, { status });
      const updated = { ...article, status };
      await this.showLeadImage(manager, article, isLive(updated));
      await this.revision(manager, editor, updated, `Status: ${ARTICLE_STATUS_LABELS[status]}`);
      await this.audit.record(
        editor,
        {
          action: status === 'draft' ? 'article.withdrawn' : `article.${status}`,
          summary:
            status === 'draft'
              ? 'Artikel zurückgezogen (wieder Entwurf)'
              : `Artikel: ${ARTICLE_STATUS_LABELS[status]}`,
          subjectType: 'article',
          subjectId: String(id),
          subjectLabel: article.title,
          details: { from: article.status, to: status },
        },
        manager,
      );
      return updated;
    });
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
    const base = slugify(title).split('-').slice(0, 8).join('-') || 'artikel';
    let slug = base;
    for (let suffix = 2; await manager.existsBy(Article, { slug }); suffix += 1)
      slug = `${base}-${suffix}`;
    return slug;
  }
}
