import { Feed } from 'feed';
import { renderMarkdown } from '../common/views/markdown.js';
import type { Article } from './entities/article.entity.js';

/** RSS 2.0 of the published articles. */
export function pressFeed(
  articles: Article[],
  site: { name: string; district: string; baseUrl: string },
): string {
  const feed = new Feed({
    title: `${site.name} – Presse`,
    description: `Pressemitteilungen zum Kreisentwicklungskonzept des ${site.district}`,
    id: `${site.baseUrl}/presse`,
    link: `${site.baseUrl}/presse`,
    language: 'de',
    copyright: site.district,
    updated: articles[0]?.publishAt ?? new Date(0),
    feedLinks: { rss: `${site.baseUrl}/presse/feed.xml` },
  });
  for (const article of articles) {
    const url = `${site.baseUrl}/presse/${article.slug}`;
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      description: article.teaser,
      content: renderMarkdown(article.body),
      date: article.publishAt ?? article.createdAt,
    });
  }
  return feed.rss2();
}
