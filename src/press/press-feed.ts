import { Feed } from 'feed';
import { escapeHtml } from '../common/search/full-text.js';
import { renderMarkdownElsewhere } from '../common/views/markdown.js';
import type { Article } from './entities/article.entity.js';

/**
 * RSS 2.0 of the published articles. Readers treat <description> as HTML, so the plain-text
 * teaser goes in escaped; the body's links are absolute, since a reader has no base address.
 */
export function pressFeed(
  articles: Article[],
  site: { name: string; district: string; baseUrl: string },
): string {
  const feed = new Feed({
    title: `${site.name} – Presse`,
    // The district's name is configuration ("Landkreis …", "Kreis …"): no case ending to get wrong.
    description: `Pressemitteilungen zum Kreisentwicklungskonzept – ${site.district}`,
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
      description: escapeHtml(article.teaser),
      content: renderMarkdownElsewhere(article.body, url),
      date: article.publishAt ?? article.createdAt,
    });
  }
  return feed.rss2();
}
