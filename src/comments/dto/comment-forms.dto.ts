import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IdList, toDatabaseId } from '../../common/forms/number-fields.js';
import { COMMENT_MAX_LENGTH } from '../comment-text.js';
import { REPORT_REASONS, type ReportReason } from '../entities/comment-report.entity.js';
import { REJECTION_REASONS, type RejectionReason } from '../moderation.service.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CommentDto {
  @Transform(trim)
  @IsString({ message: 'Bitte schreiben Sie einen Kommentar.' })
  @Length(1, COMMENT_MAX_LENGTH, {
    message: `Bitte schreiben Sie einen Kommentar mit höchstens ${COMMENT_MAX_LENGTH.toLocaleString('de-DE')} Zeichen.`,
  })
  body: string;

  @Transform(toDatabaseId)
  @IsOptional()
  @IsInt({
    message: 'Auf diesen Kommentar kann man nicht antworten. Bitte laden Sie die Seite neu.',
  })
  parentId?: number;

  /** A field people never see; bots fill it in. */
  @IsOptional()
  @IsString({ message: 'Bitte lassen Sie dieses Feld leer.' })
  website?: string;
}

export class ReportDto {
  @IsIn(Object.keys(REPORT_REASONS), { message: 'Bitte wählen Sie einen Grund.' })
  reason: ReportReason;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Anmerkung als Text ein.' })
  @MaxLength(1000, { message: 'Die Anmerkung darf höchstens 1.000 Zeichen lang sein.' })
  note?: string;
}

/** Why a comment is rejected or hidden; its author is told. */
export class DecisionReasonDto {
  @IsIn(Object.keys(REJECTION_REASONS), {
    message: 'Bitte wählen Sie einen Grund; er wird der Verfasserin oder dem Verfasser mitgeteilt.',
  })
  reason: RejectionReason;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Erläuterung als Text ein.' })
  @MaxLength(1000, { message: 'Die Erläuterung darf höchstens 1.000 Zeichen lang sein.' })
  note?: string;
}

export class AnswerDto {
  @Transform(trim)
  @IsString({ message: 'Bitte schreiben Sie die Stellungnahme.' })
  @Length(1, 5000, { message: 'Die Stellungnahme muss 1 bis 5.000 Zeichen lang sein.' })
  body: string;
}

export class BulkApproveDto {
  @IdList('Bitte wählen Sie Kommentare aus der Liste.')
  ids: number[] = [];
}
