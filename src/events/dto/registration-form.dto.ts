import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const checkbox = ({ value }: { value: unknown }) => value === 'ja' || value === true;

/** Only name and e-mail are required; the rest is optional and asked only when the event needs it. */
export class RegistrationFormDto {
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie Ihren Namen an.' })
  @Length(2, 200, { message: 'Bitte geben Sie Ihren Namen an (2 bis 200 Zeichen).' })
  name?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  )
  @IsEmail(
    {},
    { message: 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.' },
  )
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300, {
    message: 'Bitte kürzen Sie die Angabe zur Organisation (höchstens 300 Zeichen).',
  })
  organization?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'Bitte kürzen Sie die Angabe (höchstens 1.000 Zeichen).' })
  dietaryNeeds?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'Bitte kürzen Sie Ihre Antwort (höchstens 2.000 Zeichen).' })
  freeAnswer?: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'Bitte kürzen Sie die Angabe (höchstens 2.000 Zeichen).' })
  accessibilityNeeds?: string;

  @Transform(checkbox)
  @IsBoolean()
  accessibilityConsent = false;

  @Transform(checkbox)
  @IsBoolean()
  photoConsent = false;

  @Transform(checkbox)
  @IsBoolean()
  participantListConsent = false;

  /** A field people never see; bots fill it in. */
  @IsOptional()
  @IsString()
  website?: string;
}
