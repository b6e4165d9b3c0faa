import type { Document } from './entities/document.entity.js';

const PDF_MIME_TYPE = 'application/pdf';

export interface PdfAccessibility {
  /** False when the file could not be read: it then counts as not accessible. */
  parsed: boolean;
  tagged: boolean;
  language: string | null;
}

/**
 * Tagged means a structure tree and MarkInfo /Marked true; the language is the catalog's /Lang.
 * pdf-lib is loaded at the first upload of a PDF, not with the app.
 */
export async function checkPdfAccessibility(bytes: Uint8Array): Promise<PdfAccessibility> {
  const { PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } =
    await import('pdf-lib');
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    const catalog = pdf.catalog;
    const markInfo = catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
    const marked = markInfo?.lookupMaybe(PDFName.of('Marked'), PDFBool)?.asBoolean() === true;
    const lang = catalog.lookup(PDFName.of('Lang'));
    const language =
      lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText().trim() : '';
    return {
      parsed: true,
      tagged: marked && catalog.has(PDFName.of('StructTreeRoot')),
      language: language || null,
    };
  } catch {
    return { parsed: false, tagged: false, language: null };
  }
}

/** What the organizer is told after uploading a PDF; empty when it is accessible. */
export function accessibilityWarnings(result: PdfAccessibility): string[] {
  const suffix = 'und ist daher nicht barrierefrei.';
  if (!result.parsed) {
    return [
      'Diese PDF-Datei ließ sich nicht auf Barrierefreiheit prüfen und gilt daher als nicht barrierefrei.',
    ];
  }
  if (!result.tagged && !result.language) {
    return [`Diese PDF-Datei hat weder eine Tag-Struktur noch eine Dokumentsprache ${suffix}`];
  }
  if (!result.tagged) return [`Diese PDF-Datei hat keine Tag-Struktur ${suffix}`];
  if (!result.language) return [`Diese PDF-Datei hat keine Dokumentsprache ${suffix}`];
  return [];
}

/** False for a PDF without tags or language; null for other types, which are not checked. */
export function isAccessible(
  document: Pick<Document, 'mimeType' | 'pdfTagged' | 'pdfLanguage'>,
): boolean | null {
  if (document.mimeType !== PDF_MIME_TYPE) return null;
  return document.pdfTagged === true && Boolean(document.pdfLanguage);
}
