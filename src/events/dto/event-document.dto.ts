import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { DOCUMENT_KINDS, type DocumentKind } from '../../documents/entities/document.entity.js';

const optionalText = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The details of an uploaded document; DocumentsService checks lengths and required fields. */
export class EventDocumentDto {
  @IsIn(DOCUMENT_KINDS, { message: 'Bitte wählen Sie die Art des Dokuments.' })
  kind: DocumentKind;

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : ''))
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  title: string;

  @Transform(optionalText)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Vortragenden als Text an.' })
  speaker?: string;

  @Transform(({ value }: { value: unknown }) => value === 'ja')
  @IsBoolean({ message: 'Bitte kreuzen Sie das Feld an oder lassen Sie es leer.' })
  isWorkingVersion = false;

  @Transform(optionalText)
  @IsOptional()
  @IsString({ message: 'Bitte beschreiben Sie das Bild als Text.' })
  altText?: string;

  @Transform(optionalText)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie den Bildnachweis als Text an.' })
  credit?: string;
}
