export interface DocumentFileType {
  /** The extension file-type reports, e.g. "pdf". */
  extension: string;
  mimeType: string;
  /** Shown to users, e.g. "PDF". */
  label: string;
  /** Further extensions a file of this type may carry. */
  aliases?: string[];
}

export const DOCUMENT_FILE_TYPES: readonly DocumentFileType[] = [
  { extension: 'pdf', mimeType: 'application/pdf', label: 'PDF' },
  {
    extension: 'pptx',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PPTX',
  },
  {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
  },
  {
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'XLSX',
  },
  { extension: 'odp', mimeType: 'application/vnd.oasis.opendocument.presentation', label: 'ODP' },
  { extension: 'odt', mimeType: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
  { extension: 'jpg', mimeType: 'image/jpeg', label: 'JPG', aliases: ['jpeg'] },
  { extension: 'png', mimeType: 'image/png', label: 'PNG' },
];

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png'];

const ALLOWED_LIST = 'Erlaubt sind PDF, PPTX, DOCX, XLSX, ODP, ODT, JPG und PNG.';

/** "PDF-Dateien", "JPG- oder PNG-Dateien": the types for a German sentence. */
export function fileTypeNames(mimeTypes: readonly string[]): string {
  const labels = mimeTypes.map((mimeType) => fileTypeOfMime(mimeType)?.label ?? mimeType);
  const last = labels.pop();
  return labels.length ? `${labels.join('-, ')}- oder ${last}-Dateien` : `${last}-Dateien`;
}

export function fileTypeOfMime(mimeType: string): DocumentFileType | undefined {
  return DOCUMENT_FILE_TYPES.find((type) => type.mimeType === mimeType);
}

function fileTypeOfExtension(extension: string): DocumentFileType | undefined {
  return DOCUMENT_FILE_TYPES.find(
    (type) => type.extension === extension || type.aliases?.includes(extension),
  );
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * The type comes from the content; the name's extension must name the same type, so that a
 * PDF called .docx or an HTML page called .pdf never reaches anyone's download folder. file-type
 * is loaded at the first upload, not with the app.
 */
export async function detectDocumentFileType(
  path: string,
  fileName: string,
): Promise<{ type: DocumentFileType } | { error: string }> {
  const extension = extensionOf(fileName);
  if (!extension) return { error: `Die Datei hat keine Dateiendung. ${ALLOWED_LIST}` };
  const claimed = fileTypeOfExtension(extension);
  if (!claimed) {
    return { error: `Dateien mit der Endung „.${extension}“ sind nicht erlaubt. ${ALLOWED_LIST}` };
  }
  const { fileTypeFromFile } = await import('file-type');
  const detected = await fileTypeFromFile(path);
  const type = detected && fileTypeOfMime(detected.mime);
  if (!type) {
    return {
      error: `Die Datei endet auf „.${extension}“, ist aber keine ${claimed.label}-Datei. ${ALLOWED_LIST}`,
    };
  }
  if (type !== claimed) {
    return {
      error: `Die Datei endet auf „.${extension}“, ist aber eine ${type.label}-Datei. Bitte laden Sie sie mit der Endung „.${type.extension}“ hoch.`,
    };
  }
  return { type };
}
