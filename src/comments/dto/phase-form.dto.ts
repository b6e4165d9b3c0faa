import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';
import { LocalDateTime } from '../../common/forms/date-fields.js';
import {
  AUDIENCES,
  type Audience,
  MODERATION_MODES,
  type ModerationMode,
} from '../entities/participation-phase.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Times are entered as Berlin wall-clock time (datetime-local fields). */
export class PhaseDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 200, { message: 'Der Titel muss 3 bis 200 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie die Phase.' })
  @Length(1, 10_000, { message: 'Bitte beschreiben Sie die Phase (höchstens 10.000 Zeichen).' })
  description: string;

  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit des Beginns an.')
  startsAt: string;

  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit des Endes an.')
  endsAt: string;

  @IsIn(MODERATION_MODES, { message: 'Bitte wählen Sie die Art der Moderation.' })
  moderationMode: ModerationMode;

  @IsIn(AUDIENCES, { message: 'Bitte wählen Sie die Zielgruppe.' })
  audience: Audience;
}
