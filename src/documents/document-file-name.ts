const MAX_LENGTH = 120;
const GERMAN_LETTERS: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
};

/**
 * The name shown in the download URL and Content-Disposition: letters (umlauts too), digits,
 * dot, dash and underscore; everything else becomes one dash. Only the last path segment is
 * kept and dots never lead, so no name can point elsewhere (it never names a stored file anyway).
 */
export function sanitizeFileName(originalName: string): string {
  const lastSegment = originalName.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/[^\p{L}\p{Nd}._-]+/gu, '-')
    .replace(/[-.]*\.[-.]*/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  if (cleaned.length <= MAX_LENGTH) return cleaned || 'datei';
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot) : '';
  return cleaned.slice(0, MAX_LENGTH - extension.length).replace(/[-.]+$/, '') + extension;
}

/** For clients that ignore filename*: umlauts spelled out, anything else non-ASCII as "_". */
function asciiFallback(fileName: string): string {
  return fileName
    .replace(/[äöüÄÖÜß]/g, (letter) => GERMAN_LETTERS[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** RFC 6266 with an RFC 5987 UTF-8 name beside the ASCII fallback. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encoded}`;
}
