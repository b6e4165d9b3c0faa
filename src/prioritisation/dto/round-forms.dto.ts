import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { LocalDateTime } from '../../common/forms/date-fields.js';
import { IdList } from '../../common/forms/number-fields.js';
import { BODY_KINDS, type BodyKind } from '../rating-scales.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A word of the round's scale; empty takes the default for the round's year. */
function ScaleLabel(): PropertyDecorator {
  return (target, key) => {
    Transform(trim)(target, key);
    IsOptional()(target, key);
    IsString({ message: 'Bitte geben Sie eine Bezeichnung an.' })(target, key);
    MaxLength(80, { message: 'Eine Bezeichnung hat höchstens 80 Zeichen.' })(target, key);
  };
}

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

  @ScaleLabel() priorityHigh?: string;
  @ScaleLabel() priorityMedium?: string;
  @ScaleLabel() priorityLow?: string;
  @ScaleLabel() priorityNone?: string;
  @ScaleLabel() horizonShort?: string;
  @ScaleLabel() horizonMedium?: string;
  @ScaleLabel() horizonLong?: string;
  @ScaleLabel() horizonOngoing?: string;
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
