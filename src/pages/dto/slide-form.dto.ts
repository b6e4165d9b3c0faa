import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { WholeNumber } from '../../common/forms/number-fields.js';
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
  @IsString({ message: 'Bitte geben Sie den Linktext als Text an.' })
  @MaxLength(80, { message: 'Der Linktext darf höchstens 80 Zeichen lang sein.' })
  linkLabel?: string;

  /** Empty: 0. */
  @WholeNumber(
    { min: 0, max: 999 },
    {
      type: 'Die Reihenfolge muss eine ganze Zahl sein.',
      min: 'Die Reihenfolge darf nicht negativ sein.',
      max: 'Die Reihenfolge darf höchstens 999 sein.',
    },
  )
  position = 0;

  @Transform(({ value }: { value: unknown }) => value === 'ja')
  @IsBoolean({ message: 'Bitte kreuzen Sie das Feld an oder lassen Sie es leer.' })
  active = false;
}
