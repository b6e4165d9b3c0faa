import { escapeHtml } from '../common/search/full-text.js';

export const COMMENT_MAX_LENGTH = 3000;
export const COMMENT_MAX_LINKS = 3;

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;
// Punctuation that ends a sentence rather than the address.
const TRAILING = /[.,;:!?)\]]+$/;

export function countLinks(text: string): number {
  return text.match(URL_PATTERN)?.length ?? 0;
}

/** Normalised for the duplicate check: case and whitespace do not make a comment new. */
export function fingerprint(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A comment as HTML: everything escaped, line breaks kept, http(s) addresses linked with
 * rel="nofollow ugc noopener". Nothing the author wrote can become markup.
 */
export function renderCommentText(text: string): string {
  let html = '';
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const trailing = match[0].match(TRAILING)?.[0] ?? '';
    const url = match[0].slice(0, match[0].length - trailing.length);
    html += escapeHtml(text.slice(position, match.index));
    html += `<a class="kern-link" href="${escapeHtml(url)}" rel="nofollow ugc noopener">${escapeHtml(url)}</a>`;
    position = match.index + url.length;
  }
  html += escapeHtml(text.slice(position));
  return html.replace(/\r\n|\r|\n/g, '<br>\n');
}
