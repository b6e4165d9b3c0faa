import { pdfBytes } from '../../test/support/documents-fixtures.js';
import { accessibilityWarnings, checkPdfAccessibility, isAccessible } from './pdf-accessibility.js';

describe('PDF accessibility', () => {
  it('finds neither tags nor language in a plain PDF', async () => {
    const result = await checkPdfAccessibility(await pdfBytes());
    expect(result).toEqual({ parsed: true, tagged: false, language: null });
    expect(accessibilityWarnings(result)).toEqual([
      'Diese PDF-Datei hat weder eine Tag-Struktur noch eine Dokumentsprache und ist daher nicht barrierefrei.',
    ]);
  });

  it('accepts a PDF with StructTreeRoot, MarkInfo /Marked true and /Lang', async () => {
    const result = await checkPdfAccessibility(await pdfBytes({ tagged: true, language: 'de-DE' }));
    expect(result).toEqual({ parsed: true, tagged: true, language: 'de-DE' });
    expect(accessibilityWarnings(result)).toEqual([]);
  });

  it('names what is missing', async () => {
    const untagged = await checkPdfAccessibility(await pdfBytes({ language: 'de' }));
    expect(accessibilityWarnings(untagged)).toEqual([
      'Diese PDF-Datei hat keine Tag-Struktur und ist daher nicht barrierefrei.',
    ]);
    const noLanguage = await checkPdfAccessibility(await pdfBytes({ tagged: true }));
    expect(accessibilityWarnings(noLanguage)).toEqual([
      'Diese PDF-Datei hat keine Dokumentsprache und ist daher nicht barrierefrei.',
    ]);
  });

  it('counts a PDF it cannot parse as not accessible', async () => {
    const result = await checkPdfAccessibility(Buffer.from('%PDF-1.7\nkaputt'));
    expect(result).toEqual({ parsed: false, tagged: false, language: null });
    expect(accessibilityWarnings(result)[0]).toContain('gilt daher als nicht barrierefrei');
  });

  it('judges stored documents: PDFs need tags and language, other types are not checked', () => {
    const pdf = { mimeType: 'application/pdf', pdfTagged: true, pdfLanguage: 'de' };
    expect(isAccessible(pdf)).toBe(true);
    expect(isAccessible({ ...pdf, pdfLanguage: null })).toBe(false);
    expect(isAccessible({ ...pdf, pdfTagged: false })).toBe(false);
    expect(isAccessible({ mimeType: 'image/png', pdfTagged: null, pdfLanguage: null })).toBeNull();
  });
});
