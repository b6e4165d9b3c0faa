import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { LocalDateTime } from '../../common/forms/date-fields.js';
import { IdList, TextList, WholeNumber, toDatabaseId } from '../../common/forms/number-fields.js';
import {
  MESSAGE_RECIPIENT_GROUPS,
  type MessageRecipientGroup,
} from '../entities/event-message.entity.js';
import { EVENT_FORMAT_KEYS, type EventFormat } from '../event-formats.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;
const checkbox = ({ value }: { value: unknown }) => value === 'ja' || value === true;
const CHECKBOX = 'Bitte kreuzen Sie das Feld an oder lassen Sie es leer.';
const tooLong = (label: string, max: number) =>
  `${label} darf höchstens ${max.toLocaleString('de-DE')} Zeichen lang sein.`;

/** The organizer's event form; times are Berlin wall-clock time (datetime-local fields). */
export class EventFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 300, { message: 'Der Titel muss 3 bis 300 Zeichen lang sein.' })
  title: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie das Motto als Text an.' })
  @MaxLength(500, { message: tooLong('Das Motto', 500) })
  motto?: string;

  @IsIn(EVENT_FORMAT_KEYS, { message: 'Bitte wählen Sie ein Format.' })
  format: EventFormat;

  @IsOptional()
  @WholeNumber(
    { min: 1, max: 99 },
    {
      type: 'Die Nummer muss eine ganze Zahl sein.',
      min: 'Die Nummer muss mindestens 1 sein.',
      max: 'Die Nummer darf höchstens 99 sein.',
    },
  )
  formatNumber?: number;

  /** One committee per line. */
  @Transform(trim)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Ausschüsse als Text an, einen je Zeile.' })
  @MaxLength(2000, { message: tooLong('Die Liste der Ausschüsse', 2000) })
  committees?: string;

  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit des Beginns an.')
  startsAt: string;

  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit des Endes an.')
  endsAt: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie den Ort als Text an.' })
  @MaxLength(300, { message: tooLong('Der Ort', 300) })
  venueName?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Anschrift als Text an.' })
  @MaxLength(500, { message: tooLong('Die Anschrift', 500) })
  venueAddress?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Hinweise zur Barrierefreiheit als Text an.' })
  @MaxLength(2000, { message: tooLong('Die Hinweise zur Barrierefreiheit', 2000) })
  accessibilityNotes?: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie die Veranstaltung.' })
  @Length(1, 20_000, {
    message: 'Bitte beschreiben Sie die Veranstaltung (höchstens 20.000 Zeichen).',
  })
  description: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie den Bericht als Text an.' })
  @MaxLength(50_000, { message: tooLong('Der Bericht', 50_000) })
  report?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Ergebnisse als Text an.' })
  @MaxLength(20_000, { message: tooLong('Die Ergebnisse', 20_000) })
  outcomes?: string;

  /** One press reference per line. */
  @Transform(trim)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Presseberichte als Text an, einen je Zeile.' })
  @MaxLength(5000, { message: tooLong('Die Liste der Presseberichte', 5000) })
  pressReferences?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie den Namen der Ansprechperson als Text an.' })
  @MaxLength(200, { message: tooLong('Der Name der Ansprechperson', 200) })
  contactName?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail(
    {},
    { message: 'Bitte geben Sie eine gültige E-Mail-Adresse für die Ansprechperson an.' },
  )
  @MaxLength(254, { message: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
  contactEmail?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Telefonnummer als Text an.' })
  @MaxLength(50, { message: tooLong('Die Telefonnummer', 50) })
  contactPhone?: string;

  @TextList('Bitte wählen Sie Handlungsfelder aus der Liste.')
  @IsString({ each: true, message: 'Bitte wählen Sie Handlungsfelder aus der Liste.' })
  fieldSlugs: string[] = [];

  @IdList('Bitte wählen Sie Handlungsansätze aus der Liste.')
  approachIds: number[] = [];

  /** The participation process the event belongs to; empty for none. */
  @Transform(toDatabaseId)
  @IsOptional()
  @IsInt({ message: 'Bitte wählen Sie ein Beteiligungsverfahren aus der Liste.' })
  processId?: number;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  registrationEnabled = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @LocalDateTime('Bitte geben Sie einen gültigen Anmeldebeginn an.')
  registrationOpensAt?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @LocalDateTime('Bitte geben Sie einen gültigen Anmeldeschluss an.')
  registrationClosesAt?: string;

  /** Empty: as many as come ("Leer: unbegrenzt"). */
  @IsOptional()
  @WholeNumber(
    { min: 1, max: 100_000 },
    {
      type: 'Die Zahl der Plätze muss eine ganze Zahl sein.',
      min: 'Es muss mindestens 1 Platz geben (leer lassen für unbegrenzt).',
      max: 'Es kann höchstens 100.000 Plätze geben (leer lassen für unbegrenzt).',
    },
  )
  capacity?: number;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  waitingListEnabled = false;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  approvalRequired = false;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  askOrganization = false;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  askAccessibilityNeeds = false;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  askDietaryNeeds = false;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Frage als Text an.' })
  @MaxLength(300, { message: tooLong('Die Frage', 300) })
  freeQuestion?: string;
}

export class CancelEventDto {
  @Transform(trim)
  @IsString({ message: 'Bitte nennen Sie den Grund der Absage.' })
  @Length(3, 2000, { message: 'Bitte nennen Sie den Grund der Absage (3 bis 2.000 Zeichen).' })
  reason: string;

  /** Set by the confirmation page, which names everyone the cancellation reaches. */
  @IsOptional()
  @IsIn(['ja'], { message: 'Bitte bestätigen Sie die Absage.' })
  bestaetigt?: 'ja';
}

export class MessageDto {
  @IsIn(MESSAGE_RECIPIENT_GROUPS, { message: 'Bitte wählen Sie, wer die Nachricht erhält.' })
  recipients: MessageRecipientGroup;

  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Betreff an.' })
  @Length(3, 200, { message: 'Der Betreff muss 3 bis 200 Zeichen lang sein.' })
  subject: string;

  @Transform(trim)
  @IsString({ message: 'Bitte schreiben Sie eine Nachricht.' })
  @Length(1, 10_000, { message: 'Bitte schreiben Sie eine Nachricht (höchstens 10.000 Zeichen).' })
  text: string;
}

export class DeclineDto {
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Begründung als Text an.' })
  @MaxLength(1000, { message: tooLong('Die Begründung', 1000) })
  reason?: string;
}
