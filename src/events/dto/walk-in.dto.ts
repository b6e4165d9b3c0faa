import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Someone who comes without registration: name, e-mail only if they want mail from us. */
export class WalkInDto {
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie den Namen an.' })
  @Length(2, 200, { message: 'Bitte geben Sie den Namen an (2 bis 200 Zeichen).' })
  name: string;

  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.trim() === '' ? undefined : trim({ value }),
  )
  @IsOptional()
  @IsEmail(
    {},
    { message: 'Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.' },
  )
  @MaxLength(254, { message: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
  email?: string;

  /** Ticked when every seat is taken and the organizer lets the person in all the same. */
  @Transform(({ value }: { value: unknown }) => value === 'ja' || value === true)
  @IsBoolean({ message: 'Bitte kreuzen Sie das Feld an oder lassen Sie es leer.' })
  overCapacity = false;
}
