import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { projectRoot } from '../project-root.js';
import { formatFileSize, imageCredits, toDocumentView } from './document-view.js';
import { Document } from './entities/document.entity.js';

function document(overrides: Partial<Document>): Document {
  return Object.assign(new Document(), {
    id: '0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f',
    kind: 'minutes',
    title: 'Protokoll Regionalforum',
    speaker: null,
    isWorkingVersion: false,
    fileName: 'Protokoll-Regionalforum.pdf',
    mimeType: 'application/pdf',
    sizeBytes: 1_258_291,
    altText: null,
    credit: null,
    pdfTagged: true,
    pdfLanguage: 'de',
    ...overrides,
  });
}

const partial = (name: string) =>
  Handlebars.compile(readFileSync(join(projectRoot, 'views', 'partials', `${name}.hbs`), 'utf8'));

describe('document view', () => {
  it('formats sizes the German way in the units of the upload limit', () => {
    expect(formatFileSize(1_258_291)).toBe('1,2 MB');
    expect(formatFileSize(50 * 1024 * 1024)).toBe('50 MB');
    expect(formatFileSize(358_400)).toBe('350 KB');
    expect(formatFileSize(10)).toBe('1 KB');
  });

  it('gives the partial everything it shows, including the URL-encoded name', () => {
    const view = toDocumentView(
      document({
        kind: 'presentation',
        title: 'Mobilität im ländlichen Raum',
        speaker: 'Dr. Anna Beispiel',
        isWorkingVersion: true,
        fileName: 'Mobilität.pptx',
        mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        pdfTagged: null,
        pdfLanguage: null,
      }),
    );
    expect(view).toMatchObject({
      kindLabel: 'Präsentation',
      url: '/dokumente/0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f/Mobilit%C3%A4t.pptx',
      typeAndSize: 'PPTX, 1,2 MB',
      isWorkingVersion: true,
      notAccessible: false,
    });
  });

  it('renders the list with the German labels and marks an untagged PDF', () => {
    const html = partial('document-list')({
      documents: [
        toDocumentView(document({ isWorkingVersion: true, pdfTagged: false })),
        toDocumentView(document({ kind: 'presentation', speaker: 'Jan <Muster>' })),
      ],
    });
    expect(html).toContain('Protokoll Regionalforum</a> (Arbeitsversion)');
    expect(html).toContain('Protokoll/Mitschrift · PDF, 1,2 MB');
    expect(html).toContain('Präsentation von Jan &lt;Muster&gt; · PDF, 1,2 MB');
    expect(html.match(/nicht barrierefrei/g)).toHaveLength(1);
    expect(html).toContain('href="/seiten/barrierefreiheit#barriere-melden"');
    expect(html).not.toMatch(/style=|<script/);
  });

  it('renders photos as figures with alt text and credit, and lists each photographer once', () => {
    const photos = [
      document({
        kind: 'photo',
        title: 'Stellwände',
        fileName: 'stellwaende.jpg',
        mimeType: 'image/jpeg',
        altText: 'Zwei Stellwände voller Karten',
        credit: 'Anna Beispiel',
      }),
      document({ kind: 'photo', credit: 'Anna Beispiel', mimeType: 'image/png' }),
      document({ kind: 'other', credit: 'Nicht gezeigt' }),
    ];
    const html = partial('document-list')({ documents: photos.map(toDocumentView) });
    expect(html).toContain(
      '<img src="/dokumente/0b9f7c1e-2d4a-4e8b-9c3f-1a2b3c4d5e6f/stellwaende.jpg" alt="Zwei Stellwände voller Karten"',
    );
    expect(html).toMatch(/<figcaption[^>]*>\s*Stellwände · Foto: Anna Beispiel/);
    expect(imageCredits(photos)).toEqual(['Anna Beispiel']);
    const credits = partial('image-credits')({ credits: imageCredits(photos) });
    expect(credits).toContain('Urheber der Bilder');
    expect(credits).toContain('<li>Anna Beispiel</li>');
    expect(partial('image-credits')({ credits: [] }).trim()).toBe('');
  });
});
