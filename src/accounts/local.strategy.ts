import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import passport from 'passport';
import { Strategy } from 'passport-local';
import type { SessionUser } from '../common/auth/roles.js';
import { DomainError } from '../common/errors/domain.error.js';
import { AccountsService, LoginFailedError } from './accounts.service.js';
import { userReadWithSession } from './session-user.js';

const CREDENTIAL_FIELDS = ['email', 'password'];

export class CredentialsInAddressError extends DomainError {
  constructor() {
    super(
      'credentials_in_address',
      400,
      'E-Mail-Adresse und Passwort werden nur aus dem Anmeldeformular angenommen, nie aus der Adresse der Seite. Bitte melden Sie sich über das Formular an.',
    );
  }
}

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly accounts: AccountsService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: Request, email: string, password: string): Promise<SessionUser> {
    return this.accounts.verifyCredentials(email, password, request.ip ?? 'unknown');
  }
}

/**
 * Checks e-mail and password and starts the session (passport renews the session id).
 * passport-local falls back to the query string for missing fields, so a request with
 * credentials there is refused before passport sees it: they come from the form body only.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const query = context.switchToHttp().getRequest<Request>().query;
    if (CREDENTIAL_FIELDS.some((field) => field in query)) throw new CredentialsInAddressError();
    await super.canActivate(context);
    await super.logIn(context.switchToHttp().getRequest<Request>());
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof Error) throw error;
    if (error) throw new Error('Login failed');
    if (!user)
      throw new LoginFailedError('Bitte geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.');
    return user;
  }
}

type UserCallback = (error: unknown, user?: SessionUser | false) => void;

/**
 * The session stores only the user's id; the user is loaded fresh on every request, normally in
 * the same query as the session (`readUsersWithSessions`).
 */
@Injectable()
export class SessionSerializer {
  constructor(private readonly accounts: AccountsService) {
    passport.serializeUser((user: Express.User, done) => done(null, user.id));
    passport.deserializeUser((request: Request, id: string, done: UserCallback) =>
      this.deserialize(request, id, done),
    );
  }

  private deserialize(request: Request, id: string, done: UserCallback): void {
    const readWithSession = userReadWithSession(request, id);
    if (readWithSession !== undefined) return done(null, readWithSession ?? false);
    this.accounts.findSessionUser(id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error),
    );
  }
}
