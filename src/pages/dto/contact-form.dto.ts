import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { IdList } from '../../common/forms/number-fields.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : trim({ value });

/** 6 to 15 digits, optionally a leading "+", with the usual separators: "03871 722-0", "+49 (3871) 722 0". */
const PHONE = /^(?=(?:\D*\d){6,15}\D*$)\+?[\d\s()/.-]+$/;

export class ContactFormDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie einen Namen an.' })
  @Length(2, 200, { message: 'Der Name muss 2 bis 200 Zeichen lang sein.' })
  name: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Funktion als Text an.' })
  @MaxLength(200, { message: 'Die Funktion darf höchstens 200 Zeichen lang sein.' })
  function?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie Fachdienst oder Organisationseinheit als Text an.' })
  @MaxLength(200, {
    message: 'Fachdienst oder Organisationseinheit dürfen höchstens 200 Zeichen lang sein.',
  })
  department?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString({ message: 'Bitte geben Sie die Anschrift als Text an.' })
  @MaxLength(500, { message: 'Die Anschrift darf höchstens 500 Zeichen lang sein.' })
  address?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(PHONE, {
    message:
      'Bitte geben Sie eine gültige Telefonnummer an, z. B. 03871 722-0 oder +49 3871 722-0.',
  })
  @MaxLength(40, { message: 'Die Telefonnummer darf höchstens 40 Zeichen lang sein.' })
  phone?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsEmail({}, { message: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@kreis.de.' })
  @MaxLength(254, { message: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
  email?: string;

  @IdList('Bitte wählen Sie Seiten aus der Liste.')
  pageIds: number[] = [];

  @IdList('Bitte wählen Sie Handlungsfelder aus der Liste.')
  fieldIds: number[] = [];

  @IdList('Bitte wählen Sie Veranstaltungen aus der Liste.')
  eventIds: number[] = [];

  @IdList('Bitte wählen Sie Beteiligungsverfahren aus der Liste.')
  processIds: number[] = [];
}
