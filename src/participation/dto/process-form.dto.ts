import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';
import { LocalDateTime } from '../../common/forms/date-fields.js';
import { IdList } from '../../common/forms/number-fields.js';
import {
  AUDIENCES,
  type Audience,
  MODERATION_MODES,
  type ModerationMode,
  PROCESS_SCOPES,
  type ProcessScope,
} from '../entities/participation-process.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Times are entered as Berlin wall-clock time (datetime-local fields). */
export class ProcessDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 200, { message: 'Der Titel muss 3 bis 200 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte beschreiben Sie das Verfahren.' })
  @Length(1, 10_000, { message: 'Bitte beschreiben Sie das Verfahren (höchstens 10.000 Zeichen).' })
  description: string;

  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit des Beginns an.')
  startsAt: string;

  @LocalDateTime('Bitte geben Sie Datum und Uhrzeit des Endes an.')
  endsAt: string;

  @IsIn(MODERATION_MODES, { message: 'Bitte wählen Sie die Art der Moderation.' })
  moderationMode: ModerationMode;

  @IsIn(AUDIENCES, { message: 'Bitte wählen Sie die Zielgruppe.' })
  audience: Audience;

  @IsIn(PROCESS_SCOPES, { message: 'Bitte wählen Sie, worüber diskutiert wird.' })
  scope: ProcessScope;

  @IdList('Bitte wählen Sie Handlungsfelder aus der Liste.')
  fieldIds: number[] = [];

  @IdList('Bitte wählen Sie Handlungsansätze aus der Liste.')
  approachIds: number[] = [];
}
