import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
const list = ({ value }: { value: unknown }) =>
  (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]).map(Number);

export class ArticleFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 200, { message: 'Der Titel muss 3 bis 200 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte schreiben Sie einen Vorspann.' })
  @Length(10, 600, { message: 'Der Vorspann muss 10 bis 600 Zeichen lang sein.' })
  teaser: string;

  @Transform(trim)
  @IsString({ message: 'Bitte schreiben Sie den Text.' })
  @Length(1, 50_000, { message: 'Bitte schreiben Sie den Text (höchstens 50.000 Zeichen).' })
  body: string;

  /** Berlin wall-clock time; empty: publish at once when published. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, {
    message: 'Bitte geben Sie Datum und Uhrzeit der Veröffentlichung an.',
  })
  publishAt?: string;

  @Transform(list)
  @IsInt({ each: true })
  eventIds: number[] = [];

  @Transform(list)
  @IsInt({ each: true })
  approachIds: number[] = [];
}

export class ClippingFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Zeitung oder Zeitschrift an.' })
  @Length(2, 200, {
    message: 'Bitte geben Sie die Zeitung oder Zeitschrift an (2 bis 200 Zeichen).',
  })
  publication: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(50)
  issue?: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Bitte geben Sie das Erscheinungsdatum an.' })
  publishedOn: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(50)
  page?: string;

  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Überschrift an.' })
  @Length(2, 300, { message: 'Die Überschrift muss 2 bis 300 Zeichen lang sein.' })
  headline: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'Bitte geben Sie einen vollständigen Link an (https://…).' },
  )
  url?: string;

  @Transform(list)
  @IsInt({ each: true })
  eventIds: number[] = [];
}
