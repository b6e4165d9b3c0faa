import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull, Repository } from 'typeorm';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { type FieldErrors, FormValidationError } from '../common/forms/form-validation.error.js';
import { endSessionsOf } from '../common/session/end-sessions.js';
import { normaliseEmailAddress } from '../common/text/email-address.js';
import { AppConfig } from '../config/app-config.js';
import { MailService } from '../mail/mail.service.js';
import { AccountTokensService } from './account-tokens.service.js';
import { normaliseDisplayName } from './display-name.js';
import { DisplayNamePolicy } from './display-name-policy.service.js';
import type { RegisterDto } from './dto/account-forms.dto.js';
import { AccountToken } from './entities/account-token.entity.js';
import { User } from './entities/user.entity.js';
import { LoginThrottle } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import {
  type AccountSection,
  AsPersonalDataProvider,
  type PersonalDataProvider,
} from './personal-data.js';

// Verified against when an address is unknown, so that both cases take the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$IjyBLuRGxjmJZruNt0F98A$uV3XUmlceLjzN8V/SGSjZPWRqEwpY3hQbsNLb4HENL4';

const SIGN_UP_PASSWORD_MISMATCH =
  'Das Passwort passt nicht zu der Registrierung, zu der dieser Link gehört. Haben Sie es vergessen oder sich nicht selbst registriert? Dann registrieren Sie sich bitte noch einmal mit dieser Adresse: Es gelten immer die zuletzt gewählten Angaben, und Sie erhalten einen neuen Link.';

export class LoginFailedError extends FormValidationError {
  constructor(message = 'E-Mail-Adresse oder Passwort sind nicht richtig.') {
    super({ form: message });
  }
}

export class AccountGoneError extends DomainError {
  constructor() {
    super('account_gone', 404, 'Dieses Konto gibt es nicht mehr.');
  }
}

export function toSessionUser(user: User): SessionUser {
  return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
}

/** Sign-up, confirmation, login, password reset and the user's own data. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    private readonly loginThrottle: LoginThrottle,
    private readonly displayNames: DisplayNamePolicy,
  ) {}

  /**
   * Answers the same way whether or not the address is known; only the mail differs. The
   * password is judged first for the same reason. For an address not yet confirmed the latest
   * sign-up wins: an earlier one (perhaps someone else's, to take the account over later) keeps
   * neither its password nor its name nor its links.
   */
  /** `returnTo`: a portal path the confirmation link leads back to after confirming. */
  async register(form: RegisterDto, returnTo = '/konto'): Promise<void> {
    if (form.website) return;
    const problems: FieldErrors = {};
    const weakness = this.passwords.weakness(form.password, [form.email, form.displayName]);
    if (weakness) problems.password = weakness;
    const nameProblem = await this.displayNames.problem(form.displayName);
    if (nameProblem) problems.displayName = nameProblem;
    if (Object.keys(problems).length > 0) throw new FormValidationError(problems);
    const passwordHash = await this.passwords.hash(form.password);
    const signUp = { passwordHash, displayName: form.displayName, termsAcceptedAt: new Date() };
    await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(User)
        .values({ email: form.email, roles: ['citizen'], ...signUp })
        .orIgnore()
        .execute();
      const user = await manager.findOneOrFail(User, {
        where: { email: form.email },
        lock: { mode: 'pessimistic_write' },
      });
      if (user.emailConfirmedAt) {
        await this.mail.send(
          {
            to: user.email,
            template: 'already-registered',
            subject: 'Ihre E-Mail-Adresse ist bereits registriert',
            reason:
              'Sie erhalten diese E-Mail, weil sich jemand mit Ihrer Adresse registrieren wollte.',
            data: {
              displayName: user.displayName,
              loginUrl: this.url('/konto/anmelden'),
              resetUrl: this.url('/konto/passwort-vergessen'),
            },
          },
          manager,
        );
        return;
      }
      await manager.update(User, { id: user.id }, signUp);
      await manager.delete(AccountToken, {
        user: { id: user.id },
        purpose: 'confirm_email',
        usedAt: IsNull(),
      });
      await this.sendConfirmation(manager, { ...user, ...signUp }, returnTo);
    });
  }

  /** Throws InvalidLinkError when the confirmation link cannot be used (any more). */
  async checkConfirmationLink(token: string): Promise<void> {
    await this.tokens.check(this.dataSource.manager, token, 'confirm_email');
  }

  /**
   * Confirms the address for whoever opens the link (it proves the mailbox) and gives the
   * password of the latest sign-up (it proves the sign-up): a mail scanner that follows links, or
   * someone who signed up with another person's address, cannot confirm an account. Returns the
   * user to sign in, or null when the account is locked.
   */
  async confirmEmail(token: string, password: string): Promise<SessionUser | null> {
    return this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, token, 'confirm_email');
      // Thrown inside the transaction, so the link stays unused for another try.
      if (!(await this.passwords.verify(used.user.passwordHash, password))) {
        throw new FormValidationError({ password: SIGN_UP_PASSWORD_MISMATCH });
      }
      await manager.update(
        User,
        { id: used.user.id },
        { emailConfirmedAt: () => 'COALESCE(email_confirmed_at, now())' },
      );
      await manager.delete(AccountToken, {
        user: { id: used.user.id },
        purpose: 'confirm_email',
        usedAt: IsNull(),
      });
      return used.user.lockedAt ? null : toSessionUser(used.user);
    });
  }

  async resendConfirmation(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email });
      if (user && !user.emailConfirmedAt) await this.sendConfirmation(manager, user);
    });
  }

  async requestPasswordReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { email });
      if (!user || user.lockedAt) return;
      const token = await this.tokens.issue(manager, user, 'reset_password');
      await this.mail.send(
        {
          to: user.email,
          template: 'reset-password',
          subject: 'Neues Passwort festlegen',
          reason:
            'Sie erhalten diese E-Mail, weil für Ihr Konto ein neues Passwort angefordert wurde.',
          data: {
            displayName: user.displayName,
            resetUrl: this.url(`/konto/passwort-neu?token=${token}`),
          },
        },
        manager,
      );
    });
  }

  /** Throws InvalidLinkError when the link cannot be used (any more). */
  async checkResetLink(token: string): Promise<void> {
    await this.tokens.check(this.dataSource.manager, token, 'reset_password');
  }

  async resetPassword(token: string, password: string): Promise<void> {
    const check = await this.tokens.check(this.dataSource.manager, token, 'reset_password');
    const weakness = this.passwords.weakness(password, [check.user.email, check.user.displayName]);
    if (weakness) throw new FormValidationError({ password: weakness });
    const passwordHash = await this.passwords.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, token, 'reset_password');
      // The mail proved the address, so an unconfirmed account is confirmed too.
      await manager.update(
        User,
        { id: used.user.id },
        { passwordHash, emailConfirmedAt: () => 'COALESCE(email_confirmed_at, now())' },
      );
      await manager.delete(AccountToken, {
        user: { id: used.user.id },
        purpose: 'reset_password',
        usedAt: IsNull(),
      });
      await endSessionsOf(manager, used.user.id);
    });
  }

  /**
   * The user for a login, or LoginFailedError with the same message for every wrong case. Under
   * the login limits (LoginThrottle), which count only wrong passwords.
   */
  async verifyCredentials(email: string, password: string, ip: string): Promise<SessionUser> {
    const attempt = { account: normaliseEmailAddress(email), ip };
    await this.loginThrottle.begin(attempt);
    const user = await this.users.findOneBy({ email: attempt.account });
    const valid = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid) throw new LoginFailedError();
    await this.loginThrottle.succeeded(attempt);
    if (!user.emailConfirmedAt) {
      throw new LoginFailedError(
        'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse über den Link in unserer E-Mail. Sie können den Link neu anfordern.',
      );
    }
    if (user.lockedAt) {
      throw new LoginFailedError(
        'Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Verwaltung.',
      );
    }
    await this.users.update({ id: user.id }, { lastLoginAt: new Date() });
    return toSessionUser(user);
  }

  /** The signed-in user as stored now; null once the account is locked or gone. */
  async findSessionUser(id: string): Promise<SessionUser | null> {
    const user = await this.users.findOneBy({ id });
    return user && user.emailConfirmedAt && !user.lockedAt ? toSessionUser(user) : null;
  }

  async findProfile(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AccountGoneError();
    return user;
  }

  async changeDisplayName(id: string, displayName: string): Promise<void> {
    const problem = await this.displayNames.problem(displayName, id);
    if (problem) throw new FormValidationError({ displayName: problem });
    await this.users.update({ id }, { displayName });
  }

  /** Also signs the user out everywhere else: a changed password must lock out whoever knew the old one. */
  async changePassword(
    id: string,
    currentPassword: string,
    newPassword: string,
    currentSessionId: string,
  ): Promise<void> {
    const user = await this.findProfile(id);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new FormValidationError({
        currentPassword: 'Das bisherige Passwort ist nicht richtig.',
      });
    }
    const weakness = this.passwords.weakness(newPassword, [user.email, user.displayName]);
    if (weakness) throw new FormValidationError({ newPassword: weakness });
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id }, { passwordHash });
      await endSessionsOf(manager, id, currentSessionId);
    });
  }

  /** Everything the portal holds about the user, for the DSGVO export. */
  async exportData(id: string): Promise<Record<string, unknown>> {
    const user = await this.findProfile(id);
    const parts: Record<string, unknown> = {
      exportiertAm: new Date().toISOString(),
      konto: {
        email: user.email,
        anzeigename: user.displayName,
        rollen: user.roles,
        registriertAm: user.createdAt,
        emailBestaetigtAm: user.emailConfirmedAt,
        netiquetteUndDatenschutzAkzeptiertAm: user.termsAcceptedAt,
        letzteAnmeldung: user.lastLoginAt,
        gesperrtSeit: user.lockedAt,
      },
    };
    for (const provider of this.providers()) {
      parts[provider.exportKey] = await provider.export(id);
    }
    return parts;
  }

  /** What the person has done in every feature, for /konto. */
  async overview(id: string): Promise<AccountSection[]> {
    const sections = await Promise.all(
      this.providers().map((provider) => provider.overview?.(id) ?? Promise.resolve([])),
    );
    return sections.flat().sort((a, b) => a.order - b.order);
  }

  /** Deletes the account after the password is confirmed; contributions stay, anonymous. */
  async deleteAccount(id: string, password: string): Promise<void> {
    const user = await this.findProfile(id);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new FormValidationError({ password: 'Das Passwort ist nicht richtig.' });
    }
    await this.dataSource.transaction(async (manager) => {
      for (const provider of this.providers()) await provider.erase(id, manager);
      await manager.delete(User, { id });
      await endSessionsOf(manager, id);
    });
  }

  /** Creates the first admin (or promotes an existing account); used by npm run admin:create. */
  async createAdmin(
    email: string,
    password: string,
    displayName: string,
  ): Promise<'created' | 'promoted'> {
    const weakness = this.passwords.weakness(password, [email]);
    if (weakness) throw new DomainError('weak_password', 400, weakness);
    const passwordHash = await this.passwords.hash(password);
    const address = normaliseEmailAddress(email);
    const existing = await this.users.findOneBy({ email: address });
    if (existing) {
      const roles = [...new Set([...existing.roles, 'admin' as const])];
      await this.users.update(
        { id: existing.id },
        {
          roles,
          passwordHash,
          emailConfirmedAt: existing.emailConfirmedAt ?? new Date(),
          lockedAt: null,
        },
      );
      return 'promoted';
    }
    await this.users.insert({
      email: address,
      passwordHash,
      displayName: normaliseDisplayName(displayName),
      roles: ['citizen', 'admin'],
      emailConfirmedAt: new Date(),
      termsAcceptedAt: new Date(),
    });
    return 'created';
  }

  private async sendConfirmation(
    manager: EntityManager,
    user: User,
    returnTo = '/konto',
  ): Promise<void> {
    const token = await this.tokens.issue(manager, user, 'confirm_email');
    const query = new URLSearchParams({ token });
    if (returnTo !== '/konto') query.set('zurueck', returnTo);
    await this.mail.send(
      {
        to: user.email,
        template: 'confirm-email',
        subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
        reason: 'Sie erhalten diese E-Mail, weil mit Ihrer Adresse ein Konto angelegt wurde.',
        data: {
          displayName: user.displayName,
          confirmUrl: this.url(`/konto/bestaetigen?${query}`),
          resendUrl: this.url('/konto/bestaetigung-anfordern'),
        },
      },
      manager,
    );
  }

  private providers(): PersonalDataProvider[] {
    return this.discovery
      .getProviders({ metadataKey: AsPersonalDataProvider.KEY })
      .map((wrapper) => wrapper.instance as PersonalDataProvider);
  }

  private url(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }
}
