import { fileTypeOfMime } from './document-file-type.js';
import type { Document, DocumentKind } from './entities/document.entity.js';
import { isAccessible } from './pdf-accessibility.js';

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  minutes: 'Protokoll/Mitschrift',
  presentation: 'Präsentation',
  photo: 'Fotodokumentation',
  other: 'Sonstiges',
};

/** What views/partials/document-list.hbs shows of one document. */
export interface DocumentView {
  id: string;
  title: string;
  kindLabel: string;
  isPhoto: boolean;
  isWorkingVersion: boolean;
  speaker: string | null;
  url: string;
  /** e.g. "PDF, 1,2 MB" */
  typeAndSize: string;
  altText: string | null;
  credit: string | null;
  notAccessible: boolean;
}

const KILOBYTE = 1024;
const MEGABYTE = 1024 * 1024;
const oneDecimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** German sizes in the same units as the 50 MB limit: "350 KB", "1,2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= MEGABYTE) return `${oneDecimal.format(bytes / MEGABYTE)} MB`;
  return `${Math.max(1, Math.round(bytes / KILOBYTE))} KB`;
}

export function documentUrl(document: Pick<Document, 'id' | 'fileName'>): string {
  return `/dokumente/${document.id}/${encodeURIComponent(document.fileName)}`;
}

export function toDocumentView(document: Document): DocumentView {
  const type = fileTypeOfMime(document.mimeType)?.label ?? 'Datei';
  return {
    id: document.id,
    title: document.title,
    kindLabel: DOCUMENT_KIND_LABELS[document.kind],
    isPhoto: document.kind === 'photo',
    isWorkingVersion: document.isWorkingVersion,
    speaker: document.speaker,
    url: documentUrl(document),
    typeAndSize: `${type}, ${formatFileSize(document.sizeBytes)}`,
    altText: document.altText,
    credit: document.credit,
    notAccessible: isAccessible(document) === false,
  };
}

/** The photographers of the photos among the documents, each once, for image-credits.hbs. */
export function imageCredits(documents: readonly Document[]): string[] {
  const credits = documents.flatMap((document) =>
    document.kind === 'photo' && document.credit ? [document.credit] : [],
  );
  return [...new Set(credits)];
}
