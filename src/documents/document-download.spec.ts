import { downloadHeaders } from './document-download.js';

describe('download headers', () => {
  it('saves office files and PDFs, with type, length and nosniff', () => {
    expect(
      downloadHeaders({
        fileName: 'Präsentation.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 1234,
        isPublic: true,
      }),
    ).toEqual({
      'Content-Type': 'application/pdf',
      'Content-Length': '1234',
      'Content-Disposition': `attachment; filename="Praesentation.pdf"; filename*=UTF-8''Pr%C3%A4sentation.pdf`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
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
