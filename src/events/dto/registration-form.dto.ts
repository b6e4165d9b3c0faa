import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const checkbox = ({ value }: { value: unknown }) => value === 'ja' || value === true;
const CHECKBOX = 'Bitte kreuzen Sie das Feld an oder lassen Sie es leer.';

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
  @MaxLength(254, { message: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' })
  email?: string;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Organisation als Text an.' })
  @MaxLength(300, {
    message: 'Bitte kürzen Sie die Angabe zur Organisation (höchstens 300 Zeichen).',
  })
  organization?: string;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Angabe als Text an.' })
  @MaxLength(1000, { message: 'Bitte kürzen Sie die Angabe (höchstens 1.000 Zeichen).' })
  dietaryNeeds?: string;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie Ihre Antwort als Text an.' })
  @MaxLength(2000, { message: 'Bitte kürzen Sie Ihre Antwort (höchstens 2.000 Zeichen).' })
  freeAnswer?: string;

  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'Bitte geben Sie die Angabe als Text an.' })
  @MaxLength(2000, { message: 'Bitte kürzen Sie die Angabe (höchstens 2.000 Zeichen).' })
  accessibilityNeeds?: string;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  accessibilityConsent = false;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  photoConsent = false;

  @Transform(checkbox)
  @IsBoolean({ message: CHECKBOX })
  participantListConsent = false;

  /** A field people never see; bots fill it in. */
  @IsOptional()
  @IsString({ message: 'Bitte lassen Sie dieses Feld leer.' })
  website?: string;
}
