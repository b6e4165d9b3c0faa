import { contentDisposition, sanitizeFileName } from './document-file-name.js';

describe('document file name', () => {
  it('keeps letters with umlauts, digits, dot, dash and underscore; collapses the rest to "-"', () => {
    expect(sanitizeFileName('Präsentation Straßenbau_2030 (Entwurf).pdf')).toBe(
      'Präsentation-Straßenbau_2030-Entwurf.pdf',
    );
    expect(sanitizeFileName('Protokoll   1. Forum!!.docx')).toBe('Protokoll-1.Forum.docx');
  });

  it('keeps only the last path segment and never lets a name start with a dot', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..\\x.pdf')).toBe('x.pdf');
    expect(sanitizeFileName('C:\\Users\\Anna\\Desktop\\Foto.jpg')).toBe('Foto.jpg');
    expect(sanitizeFileName('..')).toBe('datei');
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('a/..')).toBe('datei');
  });

  it('composes umlauts that arrive decomposed (macOS) and shortens long names, keeping the extension', () => {
    expect(sanitizeFileName('Mu\u0308ller.pdf')).toBe('Müller.pdf');
    const long = sanitizeFileName(`${'a'.repeat(300)}.pptx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('a.pptx')).toBe(true);
  });

  it('gives Content-Disposition an ASCII fallback and an RFC 5987 UTF-8 name', () => {
    expect(contentDisposition('attachment', 'Präsentation-Müller.pdf')).toBe(
      `attachment; filename="Praesentation-Mueller.pdf"; filename*=UTF-8''Pr%C3%A4sentation-M%C3%BCller.pdf`,
    );
    expect(contentDisposition('inline', 'Café_Ž.png')).toBe(
      `inline; filename="Cafe_Z.png"; filename*=UTF-8''Caf%C3%A9_%C5%BD.png`,
    );
  });
});
