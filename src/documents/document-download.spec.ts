import { downloadHeaders } from './document-download.js';

describe('download headers', () => {
  it('opens a PDF in the browser, with type, length, nosniff and a policy the PDF viewer accepts', () => {
    const headers = downloadHeaders({
      fileName: 'Präsentation.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1234,
      isPublic: true,
    });
    expect(headers).toMatchObject({
      'Content-Type': 'application/pdf',
      'Content-Length': '1234',
      'Content-Disposition': `inline; filename="Praesentation.pdf"; filename*=UTF-8''Pr%C3%A4sentation.pdf`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    expect(headers['Content-Security-Policy']).toContain("object-src 'self'");
  });

  it('saves office files', () => {
    const headers = downloadHeaders({
      fileName: 'Tabelle.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      sizeBytes: 10,
      isPublic: true,
    });
    expect(headers['Content-Disposition']).toMatch(/^attachment; /);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Security-Policy']).toBeUndefined();
  });

  it('shows images inline and keeps previews of unpublished files out of caches', () => {
    const headers = downloadHeaders({
      fileName: 'foto.png',
      mimeType: 'image/png',
      sizeBytes: 10,
      isPublic: false,
    });
    expect(headers['Content-Disposition']).toMatch(/^inline; /);
    expect(headers['Cache-Control']).toBe('private, no-store');
  });
});
