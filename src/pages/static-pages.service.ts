import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  HEADLINE_OPTIONS,
  TITLE_HEADLINE_OPTIONS,
  highlightToHtml,
} from '../common/search/full-text.js';
import { StaticPage } from './entities/static-page.entity.js';

export interface StaticPageHit {
  url: string;
  titleHtml: string;
  snippetHtml: string;
}

@Injectable()
export class StaticPagesService {
  constructor(@InjectRepository(StaticPage) private readonly pages: Repository<StaticPage>) {}

  list(): Promise<StaticPage[]> {
    return this.pages.find({ order: { slug: 'ASC' } });
  }

  findBySlug(slug: string): Promise<StaticPage | null> {
    return this.pages.findOneBy({ slug });
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
}
