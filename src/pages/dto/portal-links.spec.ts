import { FormValidationError } from '../../common/forms/form-validation.error.js';
import { validateForm } from '../../common/forms/validate-form.js';
import { SlideFormDto } from './slide-form.dto.js';
import { StaticPageFormDto } from './static-page-form.dto.js';

/** Each would leave the portal in a browser, or hides characters the URL parser drops. */
const ESCAPING = [
  '/\\evil.example/kek',
  '/\\/evil.example',
  '//evil.example/kek',
  '/kek//evil',
  '/\t/evil.example',
  '/\n/evil.example',
  '/kek\u0000',
  '/ke k',
  'javascript:alert(1)',
  'evil.example/kek',
];

async function fieldError<T extends object>(dto: new () => T, body: object, field: string) {
  try {
    await validateForm(dto, body);
    return undefined;
  } catch (error) {
    if (error instanceof FormValidationError) return error.fieldErrors[field];
    throw error;
  }
}

describe('links that must stay inside the portal', () => {
  const slide = (linkUrl: string) => ({ title: 'Teaser', caption: 'Ein Text', linkUrl });
  const page = (videoUrl: string) => ({ title: 'Seite', summary: 'Kurz', body: 'Text', videoUrl });

  it.each(ESCAPING)('refuses %j as a slide link and as a video, in German', async (link) => {
    expect(await fieldError(SlideFormDto, slide(link), 'linkUrl')).toMatch(
      /^Bitte geben Sie einen Pfad auf diesem Portal wie \/kek an/,
    );
    expect(await fieldError(StaticPageFormDto, page(link), 'videoUrl')).toMatch(
      /^Bitte geben Sie die Adresse eines Videos auf diesem Portal an/,
    );
  });

  it('accepts paths inside the portal, and full web addresses for slides only', async () => {
    for (const link of ['/', '/kek', '/kek/starker-wirtschaftsstandort?stand=offen#ziele']) {
      expect(await fieldError(SlideFormDto, slide(link), 'linkUrl')).toBeUndefined();
      expect(await fieldError(StaticPageFormDto, page(link), 'videoUrl')).toBeUndefined();
    }
    expect(
      await fieldError(SlideFormDto, slide('https://www.kreis-lup.de/'), 'linkUrl'),
    ).toBeUndefined();
    expect(
      await fieldError(StaticPageFormDto, page('https://video.example/film.mp4'), 'videoUrl'),
    ).toBeDefined();
  });
});
