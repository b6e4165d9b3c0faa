import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const EMAIL_MESSAGE = 'Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@beispiel.de.';

function EmailAddress() {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toLowerCase() : value,
    ),
    IsEmail({}, { message: EMAIL_MESSAGE }),
    MaxLength(254, { message: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.' }),
  );
}

/** Only presence is checked here; PasswordService judges the strength of new passwords. */
function Password(message = 'Bitte geben Sie ein Passwort ein.') {
  return applyDecorators(IsString({ message }), Length(1, 1024, { message }));
}

function DisplayName() {
  const message = 'Bitte geben Sie einen Anzeigenamen an.';
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim() : value,
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
