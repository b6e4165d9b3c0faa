import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { LocalDateTime } from '../../common/forms/date-fields.js';
import { IdList } from '../../common/forms/number-fields.js';
import { BODY_KINDS, type BodyKind } from '../rating-scales.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RoundFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(3, 200, { message: 'Der Titel muss 3 bis 200 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte erläutern Sie die Runde.' })
  @Length(1, 10_000, { message: 'Bitte erläutern Sie die Runde (höchstens 10.000 Zeichen).' })
  explanation: string;

  @LocalDateTime('Bitte geben Sie den Beginn an.')
  opensAt: string;

  @LocalDateTime('Bitte geben Sie das Ende an.')
  closesAt: string;

  /** Empty: all approaches. */
  @IdList('Bitte wählen Sie Handlungsansätze aus der Liste.')
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
