import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { AuditLogService } from '../common/audit/audit-log.service.js';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import {
  HEADLINE_OPTIONS,
  TITLE_HEADLINE_OPTIONS,
  highlightToHtml,
} from '../common/search/full-text.js';
import { shortSlug } from '../common/text/slugify.js';
import type { StaticPageFormDto } from './dto/static-page-form.dto.js';
import { StaticPage } from './entities/static-page.entity.js';

export interface StaticPageHit {
  url: string;
  titleHtml: string;
  snippetHtml: string;
}

@Injectable()
export class StaticPagesService {
  constructor(
    @InjectRepository(StaticPage) private readonly pages: Repository<StaticPage>,
    private readonly audit: AuditLogService,
  ) {}

  list(): Promise<StaticPage[]> {
    return this.pages.find({ order: { slug: 'ASC' } });
  }

  findBySlug(slug: string): Promise<StaticPage | null> {
    return this.pages.findOneBy({ slug });
  }

  async find(id: number): Promise<StaticPage> {
    const page = await this.pages.findOneBy({ id });
    if (!page) throw new DomainError('page_not_found', 404, 'Diese Seite gibt es nicht.');
    return page;
  }

  /** A new page; its address comes from the title once and never changes (links stay valid). */
  async create(editor: SessionUser, form: StaticPageFormDto): Promise<StaticPage> {
    const slug = await this.uniqueSlug(form.title);
    const page = await this.pages
      .save(
        this.pages.create({
          slug,
          title: form.title,
          summary: form.summary,
          body: form.body,
          videoUrl: form.videoUrl ?? null,
        }),
      )
      .catch((error: unknown) => {
        const code =
          error instanceof QueryFailedError && (error.driverError as { code?: string }).code;
        if (code === '23505') {
          throw new FormValidationError({
            title:
              'Gerade wurde eine Seite mit demselben Titel angelegt. Bitte speichern Sie erneut.',
          });
        }
        throw error;
      });
    await this.audit.record(editor, {
      action: 'static_page.created',
      summary: 'Seite angelegt',
      subjectType: 'static_page',
      subjectId: String(page.id),
      subjectLabel: page.title,
      details: { slug },
    });
    return page;
  }

  async update(editor: SessionUser, id: number, form: StaticPageFormDto): Promise<StaticPage> {
    const page = await this.find(id);
    const values = {
      title: form.title,
      summary: form.summary,
      body: form.body,
      videoUrl: form.videoUrl ?? null,
    };
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (key) => page[key] !== values[key],
    );
    if (changed.length === 0) return page;
    const saved = await this.pages.save(Object.assign(page, values));
    await this.audit.record(editor, {
      action: 'static_page.updated',
      summary: 'Seite geändert',
      subjectType: 'static_page',
      subjectId: String(page.id),
      subjectLabel: saved.title,
      details: { changed },
    });
    return saved;
  }

  async search(query: string, limit = 20): Promise<StaticPageHit[]> {
    const rows = await this.pages.query<{ slug: string; title: string; snippet: string }[]>(
      `SELECT p.slug, ts_headline('german', p.title, q.query, $2) AS title,
              ts_headline('german', p.body, q.query, $3) AS snippet
       FROM static_page p, to_tsquery('german', $1) AS q(query),
            LATERAL (SELECT setweight(to_tsvector('german', p.title), 'A') ||
                            setweight(to_tsvector('german', p.body), 'B') AS vector) v
       WHERE v.vector @@ q.query
       ORDER BY ts_rank(v.vector, q.query) DESC, p.title
       LIMIT $4`,
      [query, TITLE_HEADLINE_OPTIONS, HEADLINE_OPTIONS, limit],
    );
    return rows.map((row) => ({
      url: `/seiten/${row.slug}`,
      titleHtml: highlightToHtml(row.title),
      snippetHtml: highlightToHtml(row.snippet.replace(/[#*_>`[\]]/g, '')),
    }));
  }

  private async uniqueSlug(title: string): Promise<string> {
    const base = shortSlug(title);
    if (!base) {
      throw new FormValidationError({
        title:
          'Aus dem Titel lässt sich keine Adresse bilden: Bitte verwenden Sie Buchstaben oder Ziffern.',
      });
    }
    let slug = base;
    for (let suffix = 2; await this.pages.existsBy({ slug }); suffix += 1)
      slug = `${base}-${suffix}`;
    return slug;
  }
}
