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
  @IsString()
  title: string;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  speaker?: string;

  @Transform(({ value }: { value: unknown }) => value === 'ja')
  @IsBoolean()
  isWorkingVersion = false;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  altText?: string;

  @Transform(optionalText)
  @IsOptional()
  @IsString()
  credit?: string;
}
