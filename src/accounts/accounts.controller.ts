import {
  Body,
  Controller,
  Get,
  Header,
  Post,
  Query,
  Redirect,
  Render,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { isPortalPath } from '../common/forms/portal-link.validators.js';
import { validateForm } from '../common/forms/validate-form.js';
import { RateLimited } from '../common/rate-limit/rate-limited.decorator.js';
import { addFlash } from '../common/session/web-session.js';
import { InvalidLinkError } from './account-tokens.service.js';
import { AccountsService } from './accounts.service.js';
import {
  ChangePasswordDto,
  ConfirmEmailDto,
  DeleteAccountDto,
  DisplayNameDto,
  EmailDto,
  LoginDto,
  NewPasswordDto,
  RegisterDto,
} from './dto/account-forms.dto.js';
import { LoginGuard } from './local.strategy.js';

/**
 * Only paths inside the portal are followed after login or a confirmed sign-up; the login page
 * itself leads to /konto.
 */
function safeReturnPath(path: unknown): string {
  return isPortalPath(path) && !path.startsWith('/konto/anmelden') ? path : '/konto';
}

const CHECK_MAIL = {
  registration:
    'Wir haben Ihnen eine E-Mail geschickt. Bitte bestätigen Sie Ihre Adresse über den Link darin; erst dann können Sie sich anmelden. Der Link ist 48 Stunden gültig.',
  resend:
    'Wenn zu dieser Adresse ein noch nicht bestätigtes Konto gehört, haben wir Ihnen einen neuen Bestätigungslink geschickt.',
  reset:
    'Wenn zu dieser Adresse ein Konto gehört, haben wir Ihnen einen Link zum Festlegen eines neuen Passworts geschickt. Der Link ist eine Stunde gültig.',
};

const CONFIRM_PAGE = { pageTitle: 'E-Mail-Adresse bestätigen' };

/** Starts a session for the user (passport renews the session id). */
function logIn(request: Request, user: SessionUser): Promise<void> {
  return new Promise((resolve, reject) =>
    request.logIn(user, (error) => (error ? reject(error as Error) : resolve())),
  );
}

@Controller('konto')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  /**
   * `?zielgruppe=jugend` (from a youth process) adds a note for young people in plain words;
   * `?zurueck=` is where the confirmation link leads back to (the discussion the person came from).
   */
  @Get('registrieren')
  @Render('accounts/register')
  registerForm(@Query('zielgruppe') audience: unknown, @Query('zurueck') returnTo: unknown) {
    return {
      pageTitle: 'Registrieren',
      values: {
        ...(audience === 'jugend' ? { zielgruppe: 'jugend' } : {}),
        zurueck: safeReturnPath(returnTo),
      },
    };
  }

  @Post('registrieren')
  @RateLimited('signup')
  @FormView('accounts/register', { pageTitle: 'Registrieren' })
  @Redirect('/konto/registrieren/danke', 303)
  async register(@Body() form: RegisterDto): Promise<void> {
    await this.accounts.register(form, safeReturnPath(form.zurueck));
  }

  @Get('registrieren/danke')
  @Render('accounts/check-mail')
  registered() {
    return { pageTitle: 'Bitte prüfen Sie Ihr Postfach', message: CHECK_MAIL.registration };
  }

  /** Only shows the form: following the link (as mail scanners do) changes nothing. */
  @Get('bestaetigen')
  async confirmForm(
    @Query('token') token: unknown,
    @Query('zurueck') returnTo: unknown,
    @Res() response: Response,
  ) {
    try {
      await this.accounts.checkConfirmationLink(typeof token === 'string' ? token : '');
    } catch (error) {
      if (!(error instanceof InvalidLinkError)) throw error;
      return this.renderInvalidLink(response, error, '/konto/bestaetigung-anfordern');
    }
    response.render('accounts/confirm-email', {
      ...CONFIRM_PAGE,
      values: { token, zurueck: safeReturnPath(returnTo) },
    });
  }

  @Post('bestaetigen')
  @RateLimited('confirm')
  @FormView('accounts/confirm-email', CONFIRM_PAGE)
  async confirm(@Body() form: ConfirmEmailDto, @Req() request: Request, @Res() response: Response) {
    let user: SessionUser | null;
    try {
      user = await this.accounts.confirmEmail(form.token, form.password);
    } catch (error) {
      if (!(error instanceof InvalidLinkError)) throw error;
      return this.renderInvalidLink(response, error, '/konto/bestaetigung-anfordern');
    }
    if (!user) {
      addFlash(request, { kind: 'success', message: 'Ihre E-Mail-Adresse ist bestätigt.' });
      return response.redirect(303, '/konto/anmelden');
    }
    await logIn(request, user);
    addFlash(request, {
      kind: 'success',
      message: 'Vielen Dank! Ihre E-Mail-Adresse ist bestätigt und Sie sind angemeldet.',
    });
    response.redirect(303, safeReturnPath(form.zurueck));
  }

  @Get('bestaetigung-anfordern')
  @Render('accounts/request-link')
  resendForm() {
    return { pageTitle: 'Bestätigungslink neu anfordern', purpose: 'resend', values: {} };
  }

  @Post('bestaetigung-anfordern')
  @RateLimited('resend')
  @FormView('accounts/request-link', {
    pageTitle: 'Bestätigungslink neu anfordern',
    purpose: 'resend',
  })
  @Redirect('/konto/bestaetigung-anfordern/danke', 303)
  async resend(@Body() form: EmailDto): Promise<void> {
    await this.accounts.resendConfirmation(form.email);
  }

  @Get('bestaetigung-anfordern/danke')
  @Render('accounts/check-mail')
  resent() {
    return { pageTitle: 'Bitte prüfen Sie Ihr Postfach', message: CHECK_MAIL.resend };
  }

  @Get('anmelden')
  @Render('accounts/login')
  loginForm(@Query('zurueck') returnTo: unknown) {
    return { pageTitle: 'Anmelden', values: { zurueck: safeReturnPath(returnTo) } };
  }

  @Post('anmelden')
  @FormView('accounts/login', { pageTitle: 'Anmelden' })
  @UseGuards(LoginGuard)
  @Redirect('/konto', 303)
  login(@Body() form: LoginDto) {
    return { url: safeReturnPath(form.zurueck) };
  }

  @Post('abmelden')
  async logout(@Req() request: Request, @Res() response: Response): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      request.logout((error) => (error ? reject(error as Error) : resolve())),
    );
    addFlash(request, { kind: 'info', message: 'Sie haben sich abgemeldet.' });
    response.redirect(303, '/');
  }

  @Get('passwort-vergessen')
  @Render('accounts/request-link')
  forgotForm() {
    return { pageTitle: 'Passwort vergessen', purpose: 'reset', values: {} };
  }

  @Post('passwort-vergessen')
  @RateLimited('reset')
  @FormView('accounts/request-link', { pageTitle: 'Passwort vergessen', purpose: 'reset' })
  @Redirect('/konto/passwort-vergessen/danke', 303)
  async forgot(@Body() form: EmailDto): Promise<void> {
    await this.accounts.requestPasswordReset(form.email);
  }

  @Get('passwort-vergessen/danke')
  @Render('accounts/check-mail')
  forgotten() {
    return { pageTitle: 'Bitte prüfen Sie Ihr Postfach', message: CHECK_MAIL.reset };
  }

  @Get('passwort-neu')
  async resetForm(@Query('token') token: unknown, @Res() response: Response) {
    try {
      await this.accounts.checkResetLink(typeof token === 'string' ? token : '');
    } catch (error) {
      if (!(error instanceof InvalidLinkError)) throw error;
      return this.renderInvalidLink(response, error, '/konto/passwort-vergessen');
    }
    response.render('accounts/reset-password', {
      pageTitle: 'Neues Passwort festlegen',
      values: { token },
    });
  }

  @Post('passwort-neu')
  @FormView('accounts/reset-password', { pageTitle: 'Neues Passwort festlegen' })
  async reset(@Body() form: NewPasswordDto, @Req() request: Request, @Res() response: Response) {
    try {
      await this.accounts.resetPassword(form.token, form.password);
    } catch (error) {
      if (!(error instanceof InvalidLinkError)) throw error;
      return this.renderInvalidLink(response, error, '/konto/passwort-vergessen');
    }
    addFlash(request, {
      kind: 'success',
      message: 'Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.',
    });
    response.redirect(303, '/konto/anmelden');
  }

  @Get()
  @RequireRoles()
  @Render('accounts/profile')
  async profile(@CurrentUser() user: SessionUser) {
    const model = await this.profileModel(user);
    return { ...model, values: { displayName: model.profile.displayName } };
  }

  /** The form's address, reloaded after a refused form: back to the form on the profile. */
  @Get('anzeigename')
  @RequireRoles()
  @Redirect('/konto', 303)
  displayNameAddress() {
    return { url: '/konto#anzeigename-titel' };
  }

  @Get('passwort')
  @RequireRoles()
  @Redirect('/konto', 303)
  passwordAddress() {
    return { url: '/konto#passwort-titel' };
  }

  @Post('anzeigename')
  @RequireRoles()
  @FormView('accounts/profile')
  async changeDisplayName(
    @CurrentUser() user: SessionUser,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.profileModel(user);
    const form = await validateForm(DisplayNameDto, body);
    await this.accounts.changeDisplayName(user.id, form.displayName);
    addFlash(request, { kind: 'success', message: 'Ihr Anzeigename ist geändert.' });
    response.redirect(303, '/konto');
  }

  @Post('passwort')
  @RequireRoles()
  @FormView('accounts/profile')
  async changePassword(
    @CurrentUser() user: SessionUser,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.profileModel(user);
    const form = await validateForm(ChangePasswordDto, body);
    await this.accounts.changePassword(
      user.id,
      form.currentPassword,
      form.newPassword,
      request.sessionID,
    );
    addFlash(request, {
      kind: 'success',
      message: 'Ihr Passwort ist geändert. Auf allen anderen Geräten sind Sie jetzt abgemeldet.',
    });
    response.redirect(303, '/konto');
  }

  @Get('daten')
  @RequireRoles()
  @Header('Content-Type', 'application/json; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="meine-daten-kek-portal.json"')
  @Header('Cache-Control', 'no-store')
  async export(@CurrentUser() user: SessionUser): Promise<string> {
    return JSON.stringify(await this.accounts.exportData(user.id), null, 2);
  }

  @Get('loeschen')
  @RequireRoles()
  @Render('accounts/delete')
  deleteForm() {
    return { pageTitle: 'Konto löschen' };
  }

  @Post('loeschen')
  @RequireRoles()
  @FormView('accounts/delete', { pageTitle: 'Konto löschen' })
  async delete(
    @CurrentUser() user: SessionUser,
    @Body() form: DeleteAccountDto,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.accounts.deleteAccount(user.id, form.password);
    await new Promise<void>((resolve, reject) =>
      request.logout((error) => (error ? reject(error as Error) : resolve())),
    );
    addFlash(request, {
      kind: 'success',
      message: 'Ihr Konto und Ihre persönlichen Daten sind gelöscht.',
    });
    response.redirect(303, '/');
  }

  private async profileModel(user: SessionUser) {
    const [profile, sections] = await Promise.all([
      this.accounts.findProfile(user.id),
      this.accounts.overview(user.id),
    ]);
    return { pageTitle: 'Mein Konto', profile, sections };
  }

  private renderInvalidLink(response: Response, error: InvalidLinkError, retryUrl: string): void {
    response.status(error.status).render('accounts/link-invalid', {
      pageTitle: 'Link nicht gültig',
      message: error.message,
      retryUrl,
    });
  }
}
