import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsString, Length, Matches } from 'class-validator';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../implementation-status.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StatusFormDto {
  @IsIn(IMPLEMENTATION_STATUSES, { message: 'Bitte wählen Sie einen Stand der Umsetzung.' })
  status: ImplementationStatus;
}

export class ProgressNoteFormDto {
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Bitte geben Sie das Datum an.' })
  @IsISO8601({ strict: true }, { message: 'Dieses Datum gibt es nicht.' })
  notedOn: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie den Fortschritt.' })
  @Length(1, 10_000, {
    message: 'Bitte beschreiben Sie den Fortschritt (höchstens 10.000 Zeichen).',
  })
  text: string;

  /** Title of the attached document (named like the document forms' field, whose errors it shares). */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : ''))
  @IsString()
  title = '';
}
