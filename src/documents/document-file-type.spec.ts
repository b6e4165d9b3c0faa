import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  HTML_BYTES,
  PNG_BYTES,
  docxBytes,
  pdfBytes,
  writeFixture,
} from '../../test/support/documents-fixtures.js';
import { detectDocumentFileType } from './document-file-type.js';

const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

describe('document file type', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kek-document-type-'));
  });

  afterAll(() => rm(directory, { recursive: true, force: true }));

  const detect = async (name: string, bytes: Uint8Array) =>
    detectDocumentFileType(await writeFixture(directory, name, bytes), name);

  it('accepts a real PDF, PNG, JPG and DOCX by their content', async () => {
    expect(await detect('protokoll.pdf', await pdfBytes())).toEqual({
      type: expect.objectContaining({ extension: 'pdf', mimeType: 'application/pdf' }),
    });
    expect(await detect('foto.png', PNG_BYTES)).toEqual({
      type: expect.objectContaining({ mimeType: 'image/png' }),
    });
    expect(await detect('foto.JPEG', JPEG_START)).toEqual({
      type: expect.objectContaining({ mimeType: 'image/jpeg' }),
    });
    expect(await detect('mitschrift.docx', docxBytes())).toEqual({
      type: expect.objectContaining({ extension: 'docx' }),
    });
  });

  it('refuses a PDF renamed .docx and names the right extension', async () => {
    expect(await detect('vortrag.docx', await pdfBytes())).toEqual({
      error:
        'Die Datei endet auf „.docx“, ist aber eine PDF-Datei. Bitte laden Sie sie mit der Endung „.pdf“ hoch.',
    });
  });

  it('refuses an HTML page renamed .pdf', async () => {
    expect(await detect('einladung.pdf', HTML_BYTES)).toEqual({
      error:
        'Die Datei endet auf „.pdf“, ist aber keine PDF-Datei. Erlaubt sind PDF, PPTX, DOCX, XLSX, ODP, ODT, JPG und PNG.',
    });
  });

  it('refuses names without an allowed extension before reading the content', async () => {
    expect(await detect('seite.html', HTML_BYTES)).toEqual({
      error: expect.stringContaining('Dateien mit der Endung „.html“ sind nicht erlaubt.'),
    });
    expect(await detect('protokoll', await pdfBytes())).toEqual({
      error: expect.stringContaining('Die Datei hat keine Dateiendung.'),
    });
  });
});
