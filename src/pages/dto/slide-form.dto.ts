import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsPortalPathOrWebAddress } from '../../common/forms/portal-link.validators.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;

export class SlideFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Titel an.' })
  @Length(2, 120, { message: 'Der Titel muss 2 bis 120 Zeichen lang sein.' })
  title: string;

  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Text an.' })
  @Length(2, 600, { message: 'Der Text muss 2 bis 600 Zeichen lang sein.' })
  caption: string;

  /** A page of the portal ("/kek") or a full address. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsPortalPathOrWebAddress({
    message:
      'Bitte geben Sie einen Pfad auf diesem Portal wie /kek an (ohne Leerzeichen, „//“ oder „\\“) oder eine vollständige Adresse, die mit https:// beginnt.',
  })
  @MaxLength(2000, { message: 'Der Link darf höchstens 2.000 Zeichen lang sein.' })
  linkUrl?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MaxLength(80, { message: 'Der Linktext darf höchstens 80 Zeichen lang sein.' })
  linkLabel?: string;

  @Type(() => Number)
  @IsInt({ message: 'Die Reihenfolge muss eine ganze Zahl sein.' })
  @Min(0, { message: 'Die Reihenfolge darf nicht negativ sein.' })
  @Max(999, { message: 'Die Reihenfolge darf höchstens 999 sein.' })
  position = 0;

  @Transform(({ value }: { value: unknown }) => value === 'ja')
  @IsBoolean()
  active = false;
}
