import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { normaliseEmailAddress } from '../../common/text/email-address.js';
import { normaliseDisplayName } from '../display-name.js';

const EMAIL_MESSAGE = 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.';

/** Normalised (see normaliseEmailAddress); invisible and control characters are refused. */
function EmailAddress() {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normaliseEmailAddress(value) : value,
    ),
    IsEmail({}, { message: EMAIL_MESSAGE }),
    Matches(/^\P{C}+$/u, { message: EMAIL_MESSAGE }),
    MaxLength(254, { message: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' }),
  );
}

/** Only presence is checked here; PasswordService judges the strength of new passwords. */
function Password(message = 'Bitte geben Sie ein Passwort ein.') {
  return applyDecorators(IsString({ message }), Length(1, 1024, { message }));
}

/** Normalised (see normaliseDisplayName); DisplayNamePolicy judges what it looks like. */
function DisplayName() {
  const message = 'Bitte geben Sie einen Anzeigenamen an.';
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? normaliseDisplayName(value) : value,
    ),
    IsString({ message }),
    Length(2, 40, { message: 'Der Anzeigename muss zwischen 2 und 40 Zeichen lang sein.' }),
    Matches(/^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u, {
      message: "Der Anzeigename darf Buchstaben, Ziffern, Leerzeichen und . _ ' - enthalten.",
    }),
  );
}

export class EmailDto {
  @EmailAddress()
  email: string;
}

export class LoginDto {
  @EmailAddress()
  email: string;

  @Password()
  password: string;

  @IsOptional()
  @IsString({ message: 'Bitte laden Sie die Seite neu und melden Sie sich noch einmal an.' })
  zurueck?: string;
}

export class RegisterDto {
  @EmailAddress()
  email: string;

  @Password()
  password: string;

  @DisplayName()
  displayName: string;

  @Equals('ja', { message: 'Bitte bestätigen Sie, dass Sie die Netiquette akzeptieren.' })
  acceptNetiquette: string;

  @Equals('ja', {
    message: 'Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.',
  })
  acceptPrivacy: string;

  /** A field people never see; bots fill it in. */
  @IsOptional()
  @IsString({ message: 'Bitte lassen Sie dieses Feld leer.' })
  website?: string;

  /** Where the confirmation link leads back to. */
  @IsOptional()
  @IsString({ message: 'Bitte laden Sie die Seite neu und registrieren Sie sich noch einmal.' })
  zurueck?: string;
}

export class DisplayNameDto {
  @DisplayName()
  displayName: string;
}

export class NewPasswordDto {
  @Password()
  password: string;

  @IsString({
    message: 'Der Link ist nicht vollständig. Bitte nutzen Sie den Link aus der E-Mail.',
  })
  token: string;
}

export class ConfirmEmailDto {
  @IsString({
    message: 'Der Bestätigungslink ist unvollständig. Bitte öffnen Sie ihn erneut aus der E-Mail.',
  })
  token: string;

  @Password('Bitte geben Sie das Passwort ein, das Sie bei der Registrierung gewählt haben.')
  password: string;
  /** Where the person is led after confirming (from the link). */
  @IsOptional()
  @IsString({
    message: 'Der Bestätigungslink ist unvollständig. Bitte öffnen Sie ihn erneut aus der E-Mail.',
  })
  zurueck?: string;
}

export class ChangePasswordDto {
  @Password('Bitte geben Sie Ihr bisheriges Passwort ein.')
  currentPassword: string;

  @Password()
  newPassword: string;
}

export class DeleteAccountDto {
  @Password('Bitte geben Sie zur Bestätigung Ihr Passwort ein.')
  password: string;
}
