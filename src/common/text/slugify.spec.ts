import { shortSlug, slugify } from './slugify.js';

describe('slugify', () => {
  it('writes umlauts out and joins words with hyphens', () => {
    expect(slugify('Östlicher Teil – Straße & Café')).toBe('oestlicher-teil-strasse-cafe');
  });
});

describe('shortSlug', () => {
  it('keeps the first eight words', () => {
    expect(shortSlug('eins zwei drei vier fünf sechs sieben acht neun zehn')).toBe(
      'eins-zwei-drei-vier-fuenf-sechs-sieben-acht',
    );
  });

  it('cuts a long title at a word to at most 60 characters', () => {
    const slug = shortSlug(
      'Regionalforum Kreisentwicklungskonzept Handlungsansätze Beteiligungsverfahren Fortschreibung',
    );
    expect(slug).toBe('regionalforum-kreisentwicklungskonzept-handlungsansaetze');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('cuts one endless word at 60 characters', () => {
    expect(shortSlug('ü'.repeat(300))).toBe('ue'.repeat(30));
  });

  it('is empty for a title without letters or digits', () => {
    expect(shortSlug('– ? –')).toBe('');
  });
});
