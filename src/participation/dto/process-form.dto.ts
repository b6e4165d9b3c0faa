import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Matches } from 'class-validator';
import {
  AUDIENCES,
  type Audience,
  MODERATION_MODES,
  type ModerationMode,
  PROCESS_SCOPES,
  type ProcessScope,
} from '../entities/participation-process.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ids = ({ value }: { value: unknown }) =>
  (value === undefined ? [] : Array.isArray(value) ? value : [value]).map(Number);
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

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

  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie Datum und Uhrzeit des Beginns an.' })
  startsAt: string;

  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie Datum und Uhrzeit des Endes an.' })
  endsAt: string;

  @IsIn(MODERATION_MODES, { message: 'Bitte wählen Sie die Art der Moderation.' })
  moderationMode: ModerationMode;

  @IsIn(AUDIENCES, { message: 'Bitte wählen Sie die Zielgruppe.' })
  audience: Audience;

  @IsIn(PROCESS_SCOPES, { message: 'Bitte wählen Sie, worüber diskutiert wird.' })
  scope: ProcessScope;

  @Transform(ids)
  @IsInt({ each: true, message: 'Bitte wählen Sie Handlungsfelder aus der Liste.' })
  fieldIds: number[] = [];

  @Transform(ids)
  @IsInt({ each: true, message: 'Bitte wählen Sie Handlungsansätze aus der Liste.' })
  approachIds: number[] = [];
}
