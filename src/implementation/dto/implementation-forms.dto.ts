import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';
import { CalendarDate } from '../../common/forms/date-fields.js';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '../implementation-status.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StatusFormDto {
  @IsIn(IMPLEMENTATION_STATUSES, { message: 'Bitte wählen Sie einen Stand der Umsetzung.' })
  status: ImplementationStatus;
}

export class ProgressNoteFormDto {
  @CalendarDate('Bitte geben Sie das Datum an.')
  notedOn: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie den Fortschritt.' })
  @Length(1, 10_000, {
    message: 'Bitte beschreiben Sie den Fortschritt (höchstens 10.000 Zeichen).',
  })
  text: string;

  /** Title of the attached document (named like the document forms' field, whose errors it shares). */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : ''))
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  title = '';
}
