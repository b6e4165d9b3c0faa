import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG_BYTES, pdfBytes, writeFixture } from '../../test/support/documents-fixtures.js';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { type DocumentMeta, MAX_DOCUMENT_BYTES, validateDocument } from './document-validation.js';

describe('document validation', () => {
  let directory: string;
  let pdfPath: string;
  let pngPath: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kek-document-validation-'));
    pdfPath = await writeFixture(directory, 'upload-1', await pdfBytes());
    pngPath = await writeFixture(directory, 'upload-2', PNG_BYTES);
  });

  afterAll(() => rm(directory, { recursive: true, force: true }));

  const presentation: DocumentMeta = { kind: 'presentation', title: ' Vortrag ', speaker: '' };

  async function fieldErrors(promise: Promise<unknown>) {
    const error: unknown = await promise.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FormValidationError);
    return (error as FormValidationError).fieldErrors;
  }

  it('returns the detected type, the sanitized name and trimmed details', async () => {
    const file = { path: pdfPath, originalName: 'Vortrag Müller.pdf', size: 1000 };
    expect(await validateDocument(file, presentation)).toEqual({
      file,
      type: expect.objectContaining({ mimeType: 'application/pdf' }),
      fileName: 'Vortrag-Müller.pdf',
      kind: 'presentation',
      title: 'Vortrag',
      speaker: null,
      isWorkingVersion: false,
      altText: null,
      credit: null,
    });
  });

  it('refuses files over 50 MB, empty files and a missing file', async () => {
    const file = { path: pdfPath, originalName: 'gross.pdf', size: MAX_DOCUMENT_BYTES + 1 };
    expect(await fieldErrors(validateDocument(file, presentation))).toEqual({
      file: 'Die Datei ist größer als 50 MB.',
    });
    const exactly = { ...file, size: MAX_DOCUMENT_BYTES };
    await expect(validateDocument(exactly, presentation)).resolves.toBeDefined();
    expect(await fieldErrors(validateDocument({ ...file, size: 0 }, presentation))).toEqual({
      file: 'Die Datei ist leer.',
    });
    expect(await fieldErrors(validateDocument(undefined, presentation))).toEqual({
      file: 'Bitte wählen Sie eine Datei aus.',
    });
  });

  it('needs an image, a description and the photographer for a photo, all reported at once', async () => {
    const file = { path: pdfPath, originalName: 'foto.pdf', size: 1000 };
    expect(await fieldErrors(validateDocument(file, { kind: 'photo', title: '' }))).toEqual({
      file: 'Als Foto können Sie nur JPG- oder PNG-Dateien hochladen.',
      title: 'Bitte geben Sie einen Titel ein.',
      altText: 'Bitte beschreiben Sie, was auf dem Foto zu sehen ist (Alternativtext).',
      credit: 'Bitte nennen Sie den Urheber des Fotos.',
    });
    const photo = { path: pngPath, originalName: 'foto.png', size: PNG_BYTES.length };
    const valid = await validateDocument(photo, {
      kind: 'photo',
      title: 'Regionalforum Hagenow',
      altText: 'Teilnehmende an Stellwänden',
      credit: 'Anna Beispiel',
    });
    expect(valid).toMatchObject({
      altText: 'Teilnehmende an Stellwänden',
      credit: 'Anna Beispiel',
    });
  });

  it('limits the length of the details', async () => {
    const file = { path: pdfPath, originalName: 'a.pdf', size: 1000 };
    expect(
      await fieldErrors(validateDocument(file, { kind: 'other', title: 'x'.repeat(201) })),
    ).toEqual({
      title: 'Der Titel darf höchstens 200 Zeichen lang sein.',
    });
  });
});
