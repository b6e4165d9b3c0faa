import { Transform } from 'class-transformer';
import { IsOptional, IsString } from 'class-validator';

const optionalText = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** What the image upload forms (teasers, lead images) send besides the file. */
export class ImageDetailsDto {
  @Transform(optionalText)
  @IsOptional()
  @IsString({ message: 'Bitte beschreiben Sie das Bild als Text.' })
  altText?: string;

  @Transform(optionalText)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie den Bildnachweis als Text an.' })
  credit?: string;
}
