import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsPortalPath } from '../../common/forms/portal-link.validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : trim({ value });

export class StaticPageFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(2, 120, { message: 'Der Titel muss 2 bis 120 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie eine Kurzbeschreibung an.' })
  @Length(2, 300, { message: 'Die Kurzbeschreibung muss 2 bis 300 Zeichen lang sein.' })
  summary: string;

  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie den Text der Seite an.' })
  @Length(1, 100_000, {
    message: 'Bitte geben Sie den Text der Seite an (höchstens 100.000 Zeichen).',
  })
  body: string;

  /** Only videos served by the portal itself: the pages load nothing from elsewhere. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsPortalPath({
    message:
      'Bitte geben Sie die Adresse eines Videos auf diesem Portal an, beginnend mit „/“ (z. B. /dokumente/…/video.mp4), ohne Leerzeichen, „//“ oder „\\“.',
  })
  @MaxLength(500, { message: 'Die Adresse des Videos darf höchstens 500 Zeichen lang sein.' })
  videoUrl?: string;
}
