import { IMAGE_MIME_TYPES } from './document-file-type.js';
import { contentDisposition } from './document-file-name.js';
import type { Document } from './entities/document.entity.js';

/** What a browser shows by itself: these open in the tab, everything else is saved. */
const SHOWN_INLINE = [...IMAGE_MIME_TYPES, 'application/pdf'];

/**
 * PDFs and images open in the browser (with the right type, never sniffed); office files are
 * saved and open in the program the user chose. A PDF gets a policy of its own: the portal's
 * `object-src 'none'` would stop the browser's PDF viewer, and the file needs nothing else.
 */
export function downloadHeaders(
  document: Pick<Document, 'fileName' | 'mimeType' | 'sizeBytes' | 'isPublic'>,
): Record<string, string> {
  const disposition = SHOWN_INLINE.includes(document.mimeType) ? 'inline' : 'attachment';
  return {
    'Content-Type': document.mimeType,
    'Content-Length': String(document.sizeBytes),
    'Content-Disposition': contentDisposition(disposition, document.fileName),
    'X-Content-Type-Options': 'nosniff',
    // A preview of an unpublished file must not stay in any cache.
    'Cache-Control': document.isPublic ? 'no-cache' : 'private, no-store',
    ...(document.mimeType === 'application/pdf'
      ? {
          'Content-Security-Policy':
            "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        }
      : {}),
  };
}
