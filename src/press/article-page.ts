import { renderMarkdown } from '../common/views/markdown.js';
import { documentUrl, imageCredits } from '../documents/document-view.js';
import type { Article } from './entities/article.entity.js';

/** The view model of an article's page (views/press/article), public or as the press office's preview. */
export function articlePage(article: Article, site: { name: string; baseUrl: string }) {
  const url = `${site.baseUrl}/presse/${article.slug}`;
  const image = article.leadImage;
  return {
    pageTitle: article.title,
    metaDescription: article.teaser,
    breadcrumbs: [{ title: 'Presse', url: '/presse' }],
    article,
    bodyHtml: renderMarkdown(article.body),
    image: image && { url: documentUrl(image), altText: image.altText, credit: image.credit },
    imageCredits: image ? imageCredits([image]) : [],
    approaches: article.approaches.map((approach) => ({
      title: approach.title,
      url: `/kek/${approach.subGoal.goal.field.slug}/${approach.slug}`,
    })),
    socialMeta: [
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: article.title },
      { property: 'og:description', content: article.teaser },
      { property: 'og:url', content: url },
      { property: 'og:site_name', content: site.name },
      { property: 'og:locale', content: 'de_DE' },
      ...(image ? [{ property: 'og:image', content: `${site.baseUrl}${documentUrl(image)}` }] : []),
      ...(article.publishAt
        ? [{ property: 'article:published_time', content: article.publishAt.toISOString() }]
        : []),
    ],
    twitterMeta: [
      { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
      { name: 'twitter:title', content: article.title },
      { name: 'twitter:description', content: article.teaser },
    ],
  };
}
