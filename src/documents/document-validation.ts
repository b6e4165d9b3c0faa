import { type FieldErrors, FormValidationError } from '../common/forms/form-validation.error.js';
import type { Role } from '../common/auth/roles.js';
import {
  type DocumentFileType,
  IMAGE_MIME_TYPES,
  detectDocumentFileType,
  fileTypeNames,
} from './document-file-type.js';
import { sanitizeFileName } from './document-file-name.js';
import { DOCUMENT_KINDS, type DocumentKind } from './entities/document.entity.js';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
export const DOCUMENT_TOO_LARGE_MESSAGE = 'Die Datei ist größer als 50 MB.';

/** An uploaded file waiting in the temp folder. */
export interface IncomingDocumentFile {
  path: string;
  originalName: string;
  size: number;
}

export interface DocumentMeta {
  kind: DocumentKind;
  title: string;
  speaker?: string | null;
  isWorkingVersion?: boolean;
  altText?: string | null;
  credit?: string | null;
}

/** What the owning feature says about an upload, beside the details the user gave. */
export interface UploadPolicy {
  /** The staff role that manages the document; it (and admins) may see it before it is public. */
  ownerRole: Role;
  /** MIME types this upload takes (e.g. only PDF for a press clipping); any document type if left out. */
  accept?: readonly string[];
}

export interface ValidDocument {
  file: IncomingDocumentFile;
  type: DocumentFileType;
  fileName: string;
  kind: DocumentKind;
  title: string;
  speaker: string | null;
  isWorkingVersion: boolean;
  altText: string | null;
  credit: string | null;
}

const LIMITS = { title: 200, speaker: 200, altText: 500, credit: 200 } as const;
const LABELS: Record<keyof typeof LIMITS, string> = {
  title: 'Der Titel',
  speaker: 'Der Name',
  altText: 'Der Alternativtext',
  credit: 'Die Angabe zum Urheber',
};

function text(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

async function checkFile(
  file: IncomingDocumentFile | undefined,
  fileName: string,
): Promise<{ type: DocumentFileType } | { error: string }> {
  if (!file) return { error: 'Bitte wählen Sie eine Datei aus.' };
  if (file.size > MAX_DOCUMENT_BYTES) return { error: DOCUMENT_TOO_LARGE_MESSAGE };
  if (file.size === 0) return { error: 'Die Datei ist leer.' };
  return detectDocumentFileType(file.path, fileName);
}

function checkDetails(meta: DocumentMeta, errors: FieldErrors) {
  const values = {
    title: text(meta.title),
    speaker: text(meta.speaker),
    altText: text(meta.altText),
    credit: text(meta.credit),
  };
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    if ((values[field]?.length ?? 0) > LIMITS[field]) {
      errors[field] = `${LABELS[field]} darf höchstens ${LIMITS[field]} Zeichen lang sein.`;
    }
  }
  if (!DOCUMENT_KINDS.includes(meta.kind)) errors.kind = 'Bitte wählen Sie die Art des Dokuments.';
  if (!values.title) errors.title = 'Bitte geben Sie einen Titel ein.';
  if (meta.kind === 'photo' && !values.altText) {
    errors.altText = 'Bitte beschreiben Sie, was auf dem Foto zu sehen ist (Alternativtext).';
  }
  if (meta.kind === 'photo' && !values.credit) {
    errors.credit = 'Bitte nennen Sie den Urheber des Fotos.';
  }
  return values;
}

/**
 * Checks the file (content type, name, size, the types this upload takes) and the details: every
 * problem at once, in German.
 */
export async function validateDocument(
  file: IncomingDocumentFile | undefined,
  meta: DocumentMeta,
  accept?: readonly string[],
): Promise<ValidDocument> {
  const errors: FieldErrors = {};
  const fileName = sanitizeFileName(file?.originalName ?? '');
  const checked = await checkFile(file, fileName);
  if ('error' in checked) errors.file = checked.error;
  else if (meta.kind === 'photo' && !IMAGE_MIME_TYPES.includes(checked.type.mimeType)) {
    errors.file = `Als Foto können Sie nur ${fileTypeNames(IMAGE_MIME_TYPES)} hochladen.`;
  } else if (accept && !accept.includes(checked.type.mimeType)) {
    errors.file = `Hier können Sie nur ${fileTypeNames(accept)} hochladen.`;
  }
  const { title, ...values } = checkDetails(meta, errors);
  if (!file || 'error' in checked || !title || Object.keys(errors).length > 0) {
    throw new FormValidationError(errors);
  }
  return {
    file,
    type: checked.type,
    fileName,
    kind: meta.kind,
    title,
    isWorkingVersion: meta.isWorkingVersion ?? false,
    ...values,
  };
}

/** The details of a stored photo, changed without a new file: both stay required. */
export function validatePhotoDetails(meta: Pick<DocumentMeta, 'altText' | 'credit'>): {
  altText: string;
  credit: string;
} {
  const errors: FieldErrors = {};
  const { altText, credit } = checkDetails({ ...meta, kind: 'photo', title: 'Foto' }, errors);
  if (!altText || !credit || Object.keys(errors).length > 0) throw new FormValidationError(errors);
  return { altText, credit };
}
