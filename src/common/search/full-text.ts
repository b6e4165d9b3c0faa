/** Markers that cannot occur in stored text; they stand for <mark> until the text is escaped. */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_STOP = '\u0002';
export const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "`;
export const TITLE_HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

const MAX_TERMS = 8;

/**
 * Turns what a visitor typed into a PostgreSQL tsquery of prefix terms joined by AND. Only letters
 * and digits survive, so no input can break the query syntax; prefixes let "Breitband" find
 * German compounds like "Breitbandversorgung". Returns null when nothing searchable is left.
 */
export function toPrefixQuery(input: string): string | null {
  const terms = input.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const usable = terms.filter((term) => term.length > 1).slice(0, MAX_TERMS);
  return usable.length > 0 ? usable.map((term) => `${term}:*`).join(' & ') : null;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** Escapes a ts_headline result and turns its markers into <mark> elements. */
export function highlightToHtml(headline: string): string {
  return escapeHtml(headline.replace(/\*\*/g, ''))
    .replaceAll(HIGHLIGHT_START, '<mark>')
    .replaceAll(HIGHLIGHT_STOP, '</mark>');
}
