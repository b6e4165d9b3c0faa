const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A readable German URL segment: "Östlicher Teil" → "oestlicher-teil". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (character) => TRANSLITERATION[character])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const SHORT_SLUG_WORDS = 8;
const SHORT_SLUG_LENGTH = 60;

/** An address segment from a title: its first eight words, cut at a word to at most 60 characters. */
export function shortSlug(title: string): string {
  const words = slugify(title).split('-').slice(0, SHORT_SLUG_WORDS).join('-');
  if (words.length <= SHORT_SLUG_LENGTH) return words;
  const cut = words.slice(0, SHORT_SLUG_LENGTH + 1);
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, SHORT_SLUG_LENGTH);
}
