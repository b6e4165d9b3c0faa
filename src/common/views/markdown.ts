import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { slugify } from '../text/slugify.js';

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Headings get ids so that pages can link to a section (e.g. #barriere-melden).
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      const id = slugify(text.replace(/<[^>]*>/g, ''));
      return `<h${depth} id="${id}">${text}</h${depth}>\n`;
    },
  },
});

/** Links get the portal's classes; links elsewhere also rel="noopener". */
const linkTag: sanitizeHtml.Transformer = (tagName, attributes) => ({
  tagName,
  attribs: /^https?:/i.test(attributes.href ?? '')
    ? { ...attributes, rel: 'noopener', class: 'kern-link external-link' }
    : { ...attributes, class: 'kern-link' },
});

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre', 'hr',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'class'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: { a: linkTag },
};

/** Markdown to HTML that is safe to insert into a page: no scripts, no event handlers, no iframes. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(marked.parse(source) as string, ALLOWED);
}

/**
 * The same for use outside the portal (a feed reader): every link is made absolute against
 * `pageUrl`, the address the text is shown at on the portal.
 */
export function renderMarkdownElsewhere(source: string, pageUrl: string): string {
  return sanitizeHtml(marked.parse(source) as string, {
    ...ALLOWED,
    transformTags: {
      a: (tagName, attributes) =>
        linkTag(tagName, { ...attributes, ...absoluteHref(attributes.href, pageUrl) }),
    },
  });
}

function absoluteHref(href: string | undefined, base: string): { href?: string } {
  if (href === undefined || !URL.canParse(href, base)) return {};
  return { href: new URL(href, base).href };
}

/** A single line of Markdown (e.g. a SWOT item) without the surrounding paragraph. */
export function renderInlineMarkdown(source: string): string {
  return sanitizeHtml(marked.parseInline(source) as string, ALLOWED);
}
