import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportSerializer, PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import type { SessionUser } from '../common/auth/roles.js';
import { AccountsService, LoginFailedError } from './accounts.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly accounts: AccountsService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<SessionUser> {
    return this.accounts.verifyCredentials(email, password);
  }
}

/** Checks e-mail and password and starts the session (passport renews the session id). */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
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

/** The session stores only the user's id; the user is loaded fresh on every request. */
@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly accounts: AccountsService) {
    super();
  }

  serializeUser(user: SessionUser, done: (error: unknown, id?: string) => void): void {
    done(null, user.id);
  }

  deserializeUser(id: string, done: (error: unknown, user?: SessionUser | false) => void): void {
    this.accounts.findSessionUser(id).then(
      (user) => done(null, user ?? false),
      (error: unknown) => done(error),
    );
  }
}
