export interface StaticPageSeed {
  slug: string;
  title: string;
  /** One sentence for lists, search results and the meta description. */
  summary: string;
  /** Markdown (headings from ##, lists, links, tables); sanitized when rendered. */
  body: string;
}
