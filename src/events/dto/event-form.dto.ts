import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { EVENT_FORMAT_KEYS, type EventFormat } from '../event-formats.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
const checkbox = ({ value }: { value: unknown }) => value === 'ja' || value === true;
const list = ({ value }: { value: unknown }) =>
  value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value];
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The organizer's event form; times are Berlin wall-clock time (datetime-local fields). */
export class EventFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 300, { message: 'Der Titel muss 3 bis 300 Zeichen lang sein.' })
  title: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'Das Motto darf höchstens 500 Zeichen lang sein.' })
  motto?: string;

  @IsIn(EVENT_FORMAT_KEYS, { message: 'Bitte wählen Sie ein Format.' })
  format: EventFormat;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Die Nummer muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Die Nummer muss mindestens 1 sein.' })
  @Max(99, { message: 'Die Nummer darf höchstens 99 sein.' })
  formatNumber?: number;

  /** One committee per line. */
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  committees?: string;

  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie Datum und Uhrzeit des Beginns an.' })
  startsAt: string;

  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie Datum und Uhrzeit des Endes an.' })
  endsAt: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  venueName?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(500)
  venueAddress?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibilityNotes?: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie die Veranstaltung.' })
  @Length(1, 20_000, {
    message: 'Bitte beschreiben Sie die Veranstaltung (höchstens 20.000 Zeichen).',
  })
  description: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  report?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  outcomes?: string;

  /** One press reference per line. */
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  pressReferences?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contactName?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail(
    {},
    { message: 'Bitte geben Sie eine gültige E-Mail-Adresse für die Ansprechperson an.' },
  )
  contactEmail?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contactPhone?: string;

  @Transform(list)
  @IsString({ each: true })
  fieldSlugs: string[] = [];

  @Transform(({ value }: { value: unknown }) => list({ value }).map(Number))
  @IsInt({ each: true })
  approachIds: number[] = [];

  /** The participation process the event belongs to; empty for none. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Bitte wählen Sie ein Beteiligungsverfahren aus der Liste.' })
  processId?: number;

  @Transform(checkbox)
  @IsBoolean()
  registrationEnabled = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie einen gültigen Anmeldebeginn an.' })
  registrationOpensAt?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie einen gültigen Anmeldeschluss an.' })
  registrationClosesAt?: string;

  @Transform(emptyToUndefined)
  @ValidateIf((form: EventFormDto) => form.capacity !== undefined)
  @Type(() => Number)
  @IsInt({ message: 'Die Zahl der Plätze muss eine ganze Zahl sein.' })
  @Min(1, { message: 'Es muss mindestens 1 Platz geben (leer lassen für unbegrenzt).' })
  capacity?: number;

  @Transform(checkbox)
  @IsBoolean()
  waitingListEnabled = false;

  @Transform(checkbox)
  @IsBoolean()
  approvalRequired = false;

  @Transform(checkbox)
  @IsBoolean()
  askOrganization = false;

  @Transform(checkbox)
  @IsBoolean()
  askAccessibilityNeeds = false;

  @Transform(checkbox)
  @IsBoolean()
  askDietaryNeeds = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  freeQuestion?: string;
}

export class CancelEventDto {
  @Transform(trim)
  @IsString({ message: 'Bitte nennen Sie den Grund der Absage.' })
  @Length(3, 2000, { message: 'Bitte nennen Sie den Grund der Absage (3 bis 2.000 Zeichen).' })
  reason: string;
}

export class MessageDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Betreff an.' })
  @Length(3, 200, { message: 'Der Betreff muss 3 bis 200 Zeichen lang sein.' })
  subject: string;

  @Transform(trim)
  @IsString({ message: 'Bitte schreiben Sie eine Nachricht.' })
  @Length(1, 10_000, { message: 'Bitte schreiben Sie eine Nachricht (höchstens 10.000 Zeichen).' })
  text: string;
}
