import unhomoglyph from 'unhomoglyph';

/** Unicode TR39 skeleton: NFD, each character mapped to its prototype in confusables.txt, NFD. */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/**
 * Keys under which texts that look alike compare equal, whatever their case. Case is folded
 * before the skeleton (so "ADMIN" meets "admin", although a capital I maps to l) and after it (so
 * a Cyrillic capital М, whose small form does not look like m, meets "m"); the capitalised form
 * lets "Adm1n" meet "ADMIN".
 */
function confusableKeys(text: string): string[] {
  const keys = new Set<string>();
  for (const variant of [text, text.toUpperCase()]) {
    keys.add(skeleton(skeleton(variant.toLowerCase()).toLowerCase()));
    keys.add(skeleton(skeleton(variant).toLowerCase()));
  }
  return [...keys];
}

export function looksLike(text: string, other: string): boolean {
  const otherKeys = new Set(confusableKeys(other));
  return confusableKeys(text).some((key) => otherKeys.has(key));
}

export function startsLike(text: string, prefix: string): boolean {
  const prefixKeys = confusableKeys(prefix);
  return confusableKeys(text).some((key) => prefixKeys.some((start) => key.startsWith(start)));
}
