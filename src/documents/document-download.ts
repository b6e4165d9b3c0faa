import { IMAGE_MIME_TYPES } from './document-file-type.js';
import { contentDisposition } from './document-file-name.js';
import type { Document } from './entities/document.entity.js';

/**
 * Images open in the browser (they are also shown in pages); everything else is saved, so office
 * files and PDFs open in the reader the user chose (and the page's CSP cannot get in the way).
 */
export function downloadHeaders(
  document: Pick<Document, 'fileName' | 'mimeType' | 'sizeBytes' | 'isPublic'>,
): Record<string, string> {
  const disposition = IMAGE_MIME_TYPES.includes(document.mimeType) ? 'inline' : 'attachment';
  return {
    'Content-Type': document.mimeType,
    'Content-Length': String(document.sizeBytes),
    'Content-Disposition': contentDisposition(disposition, document.fileName),
    'X-Content-Type-Options': 'nosniff',
    // A preview of an unpublished file must not stay in any cache.
    'Cache-Control': document.isPublic ? 'no-cache' : 'private, no-store',
  };
}
