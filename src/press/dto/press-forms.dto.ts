import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import { CalendarDate, LocalDateTime } from '../../common/forms/date-fields.js';
import { IdList } from '../../common/forms/number-fields.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;

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
  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit der Veröffentlichung an.')
  publishAt?: string;

  @IdList('Bitte wählen Sie Veranstaltungen aus der Liste.')
  eventIds: number[] = [];

  @IdList('Bitte wählen Sie Handlungsansätze aus der Liste.')
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
  @IsString({ message: 'Bitte geben Sie die Ausgabe als Text an.' })
  @MaxLength(50, { message: 'Die Ausgabe darf höchstens 50 Zeichen lang sein.' })
  issue?: string;

  @CalendarDate('Bitte geben Sie das Erscheinungsdatum an.')
  publishedOn: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Seite als Text an.' })
  @MaxLength(50, { message: 'Die Seitenangabe darf höchstens 50 Zeichen lang sein.' })
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

  @IdList('Bitte wählen Sie Veranstaltungen aus der Liste.')
  eventIds: number[] = [];
}

/** What a reviewer does with an article submitted for review. */
export const REVIEW_DECISIONS = ['approve', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export class SubmitForReviewDto {
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte schreiben Sie den Hinweis als Text.' })
  @MaxLength(2000, { message: 'Der Hinweis darf höchstens 2.000 Zeichen lang sein.' })
  comment?: string;
}

export class ReviewDecisionDto {
  @IsIn(REVIEW_DECISIONS, { message: 'Bitte wählen Sie: freigeben oder zurückgeben.' })
  decision: ReviewDecision;

  /** Needed to send an article back (PressAdminService.review checks that). */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte schreiben Sie die Anmerkung als Text.' })
  @MaxLength(2000, { message: 'Die Anmerkung darf höchstens 2.000 Zeichen lang sein.' })
  comment?: string;
}
