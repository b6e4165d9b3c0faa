import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type FindOptionsRelations, In, LessThanOrEqual, Repository } from 'typeorm';
import { DomainError } from '../common/errors/domain.error.js';
import { formatDate } from '../common/views/berlin-time.js';
import { documentUrl } from '../documents/document-view.js';
import { Article } from './entities/article.entity.js';
import { Clipping } from './entities/clipping.entity.js';

export class ArticleNotFoundError extends DomainError {
  constructor() {
    super('article_not_found', 404, 'Diesen Artikel gibt es nicht.');
  }
}

export interface PressItem {
  kind: 'article' | 'clipping';
  kindLabel: string;
  title: string;
  date: Date;
  year: string;
  /** Where it appeared, e.g. "Unser Landkreisbote 09/2018, S. 2". */
  source: string;
  teaser: string | null;
  url: string | null;
  external: boolean;
}

const PAGE_SIZE = 20;

/** What an article's page shows besides its text (public, and the press office's preview). */
export const ARTICLE_PAGE_RELATIONS: FindOptionsRelations<Article> = {
  leadImage: true,
  events: true,
  approaches: { subGoal: { goal: { field: true } } },
};

/** What the public sees of the press office: published articles and the press review. */
@Injectable()
export class PressService {
  constructor(
    @InjectRepository(Article) private readonly articles: Repository<Article>,
    @InjectRepository(Clipping) private readonly clippings: Repository<Clipping>,
  ) {}

  /** Published articles whose time has come. */
  published(limit?: number): Promise<Article[]> {
    return this.articles.find({
      where: { status: 'published', publishAt: LessThanOrEqual(new Date()) },
      order: { publishAt: 'DESC' },
      take: limit,
    });
  }

  async findPublished(slug: string): Promise<Article> {
    const article = await this.articles.findOne({
      where: { slug, status: 'published', publishAt: LessThanOrEqual(new Date()) },
      relations: ARTICLE_PAGE_RELATIONS,
    });
    if (!article) throw new ArticleNotFoundError();
    return article;
  }

  /** Articles and clippings together, newest first, filtered by year and kind, one page at a time. */
  async items(options: { year?: string; kind?: 'article' | 'clipping'; page: number }) {
    const [articles, clippings] = await Promise.all([
      options.kind === 'clipping' ? [] : this.published(),
      options.kind === 'article'
        ? []
        : this.clippings.find({ relations: { document: true }, order: { publishedOn: 'DESC' } }),
    ]);
    const all = [...articles.map(articleItem), ...clippings.map(clippingItem)].sort(
      (left, right) => right.date.getTime() - left.date.getTime(),
    );
    const years = [...new Set(all.map((item) => item.year))];
    const filtered = options.year ? all.filter((item) => item.year === options.year) : all;
    const pageCount = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
    const page = Math.min(Math.max(1, options.page), pageCount);
    return {
      items: filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      total: filtered.length,
      years,
      page,
      pageCount,
    };
  }

  /** The newest press items of both kinds, for the home page. */
  async latest(limit: number): Promise<PressItem[]> {
    return (await this.items({ page: 1 })).items.slice(0, limit);
  }

  /** Clippings about an event ("Siehe auch" on its page). */
  clippingsForEvent(eventId: number): Promise<Clipping[]> {
    return this.clippings
      .createQueryBuilder('clipping')
      .innerJoin('clipping.events', 'event', 'event.id = :eventId', { eventId })
      .leftJoinAndSelect('clipping.document', 'document')
      .orderBy('clipping.published_on', 'DESC')
      .getMany();
  }

  articlesForEvents(eventIds: number[]): Promise<Article[]> {
    if (eventIds.length === 0) return Promise.resolve([]);
    return this.articles
      .createQueryBuilder('article')
      .innerJoin('article.events', 'event', 'event.id IN (:...eventIds)', { eventIds })
      .where("article.status = 'published' AND article.publish_at <= now()")
      .getMany();
  }

  findClippings(ids: number[]): Promise<Clipping[]> {
    return ids.length ? this.clippings.findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}

export function clippingSource(clipping: Clipping): string {
  const when = clipping.issue ?? formatDate(clipping.publishedOn);
  return [`${clipping.publication} ${when}`, clipping.page].filter(Boolean).join(', ');
}

function articleItem(article: Article): PressItem {
  const date = article.publishAt ?? article.createdAt;
  return {
    kind: 'article',
    kindLabel: 'Pressemitteilung',
    title: article.title,
    date,
    year: String(date.getUTCFullYear()),
    source: 'Pressestelle',
    teaser: article.teaser,
    url: `/presse/${article.slug}`,
    external: false,
  };
}

export function clippingItem(clipping: Clipping): PressItem {
  const date = new Date(`${clipping.publishedOn}T12:00:00Z`);
  return {
    kind: 'clipping',
    kindLabel: 'Pressespiegel',
    title: clipping.headline,
    date,
    year: clipping.publishedOn.slice(0, 4),
    source: clippingSource(clipping),
    teaser: null,
    url: clipping.document ? documentUrl(clipping.document) : clipping.url,
    external: !clipping.document && Boolean(clipping.url),
  };
}
