import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Length, Matches } from 'class-validator';
import { BODY_KINDS, type BodyKind } from '../rating-scales.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export class RoundFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 200, { message: 'Der Titel muss 3 bis 200 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte erläutern Sie die Runde.' })
  @Length(1, 10_000, { message: 'Bitte erläutern Sie die Runde (höchstens 10.000 Zeichen).' })
  explanation: string;

  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie den Beginn an.' })
  opensAt: string;

  @Matches(LOCAL_TIME, { message: 'Bitte geben Sie das Ende an.' })
  closesAt: string;

  /** Empty: all approaches. */
  @Transform(({ value }: { value: unknown }) =>
    (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]).map(Number),
  )
  @IsInt({ each: true })
  approachIds: number[] = [];
}

export class ParticipantFormDto {
  @IsUUID('all', { message: 'Bitte wählen Sie eine Delegierte oder einen Delegierten.' })
  userId: string;

  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie an, wen die Person vertritt.' })
  @Length(2, 200, { message: 'Bitte geben Sie an, wen die Person vertritt (2 bis 200 Zeichen).' })
  body: string;

  @IsIn(BODY_KINDS, { message: 'Bitte wählen Sie: Ausschuss oder Verwaltung.' })
  bodyKind: BodyKind;
}
