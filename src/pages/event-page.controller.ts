import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { FormValidationError } from '../common/forms/form-validation.error.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { RateLimitService } from '../common/rate-limit/rate-limit.service.js';
import { AppConfig } from '../config/app-config.js';
import { RegistrationFormDto } from '../events/dto/registration-form.dto.js';
import type { Event } from '../events/entities/event.entity.js';
import { EventNotifications } from '../events/event-notifications.service.js';
import { EventPagesService } from '../events/event-pages.service.js';
import { checkMailState } from '../events/registration-states.js';
import { EventsService } from '../events/events.service.js';
import { type RegistrationResult, RegistrationsService } from '../events/registrations.service.js';
import { PressService, clippingItem } from '../press/press.service.js';
import { ContactsService } from './contacts.service.js';

/** What the last registration in this session led to, for its result page. */
interface RegistrationAnswer {
  slug: string;
  waitingList: boolean;
  /** Only for signed-in people: whoever uses an address not signed in learns nothing about it. */
  manageToken?: string;
  alreadyRegistered?: boolean;
}

declare module 'express-session' {
  interface SessionData {
    registrationAnswer?: RegistrationAnswer;
  }
}

/** One event's page with its registration, composed with its press ("Siehe auch") and contacts. */
@Controller('veranstaltungen')
export class EventPageController {
  constructor(
    private readonly eventPages: EventPagesService,
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly notifications: EventNotifications,
    private readonly press: PressService,
    private readonly contacts: ContactsService,
    private readonly config: AppConfig,
    private readonly rateLimits: RateLimitService,
  ) {}

  /** /veranstaltungen/:slug, or its calendar file when the slug ends in ".ics". */
  @Get(':slug')
  async show(@Param('slug') slug: string, @Req() request: Request, @Res() response: Response) {
    if (slug.endsWith('.ics')) {
      const event = await this.events.findPublic(slug.slice(0, -4));
      response
        .type('text/calendar; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="${event.slug}.ics"`)
        .send(this.notifications.calendarFile([event]));
      return;
    }
    response.render('events/show', await this.model(slug, request));
  }

  /**
   * The registration form on a page of its own, so that the event page carries no form token and
   * can be cached for anonymous readers. A signed-in person who is registered sees where they
   * stand; when registration is not (or no longer) possible, the page says why.
   */
  @Get(':slug/anmeldung')
  async form(@Param('slug') slug: string, @Req() request: Request, @Res() response: Response) {
    response.render('events/register', await this.formModel(slug, request));
  }

  /**
   * Limited per IP address and per e-mail address: each registration holds a seat and sends a
   * mail. The limits are counted here rather than by @RateLimited: a guard runs before the page is
   * loaded, and the refusal must show the page with what was typed still in the form.
   */
  @Post(':slug/anmeldung')
  @FormView('events/register')
  async register(
    @Param('slug') slug: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const page = await this.formModel(slug, request);
    response.locals.formModel = page;
    await this.rateLimits.consume('registration:ip', request.ip ?? 'unknown');
    const form = await validateForm(RegistrationFormDto, body);
    const account = request.user?.id ?? form.email;
    if (account) await this.rateLimits.consume('registration:account', account);
    if (form.website) {
      response.redirect(303, `/veranstaltungen/${slug}`);
      return;
    }
    if (!request.user) {
      const missing: Record<string, string> = {};
      if (!form.name) missing.name = 'Bitte geben Sie Ihren Namen an.';
      if (!form.email) missing.email = 'Bitte geben Sie Ihre E-Mail-Adresse an.';
      if (Object.keys(missing).length) throw new FormValidationError(missing);
    }
    if (form.accessibilityNeeds && !form.accessibilityConsent) {
      throw new FormValidationError({
        accessibilityConsent:
          'Bitte willigen Sie ausdrücklich ein, damit wir Ihre Angaben zur Barrierefreiheit verwenden dürfen – oder lassen Sie das Feld leer.',
      });
    }
    const result = await this.registrations.register(page.details.id, form, request.user);
    request.session.registrationAnswer = answerOf(slug, result);
    response.redirect(303, `/veranstaltungen/${slug}/anmeldung/ergebnis#ergebnis`);
  }

  /**
   * The result of registering, as its own page so that it is the first thing in view. Without
   * one (a bookmark, another event) the address leads to the form.
   */
  @Get(':slug/anmeldung/ergebnis')
  async result(@Param('slug') slug: string, @Req() request: Request, @Res() response: Response) {
    const event = await this.events.findPublic(slug);
    // The answer belongs to this browser's session: no cache may keep it.
    response.setHeader('Cache-Control', 'no-store');
    const answer = request.session.registrationAnswer;
    if (answer?.slug !== slug) {
      response.redirect(303, `/veranstaltungen/${slug}/anmeldung`);
      return;
    }
    if (!answer.manageToken) {
      const state = checkMailState(answer.waitingList, this.config.REGISTRATION_HOLD_MINUTES);
      response.render('events/registration', {
        ...this.eventPages.registrationPage(state, event),
        note: 'Keine E-Mail erhalten? Bitte sehen Sie auch im Spam-Ordner nach.',
      });
      return;
    }
    const { registration, waitingPosition } = await this.registrations.findByToken(
      answer.manageToken,
    );
    response.render('events/registration', {
      ...this.eventPages.registration(registration, event, waitingPosition),
      note: answer.alreadyRegistered
        ? 'Sie waren schon angemeldet; eine zweite Anmeldung ist nicht nötig.'
        : `Wir haben Ihnen eine E-Mail an ${registration.email} geschickt.`,
    });
  }

  private async model(slug: string, request: Request) {
    const page = await this.eventPages.page(slug);
    const [ownRegistration, clippings, articles, contacts] = await Promise.all([
      this.ownRegistration(page.details, request),
      this.press.clippingsForEvent(page.details.id),
      this.press.articlesForEvents([page.details.id]),
      this.contacts.contactsForEvent(page.details.id),
    ]);
    return {
      ...page,
      ownRegistration,
      contacts,
      seeAlso: [
        ...articles.map((article) => ({
          title: article.title,
          source: 'Pressemitteilung',
          url: `/presse/${article.slug}`,
        })),
        ...clippings.map(clippingItem),
      ],
    };
  }

  private async formModel(slug: string, request: Request) {
    const page = await this.eventPages.registrationForm(slug);
    return { ...page, ownRegistration: await this.ownRegistration(page.details, request) };
  }

  /** A signed-in person who is registered sees where they stand instead of the form. */
  private async ownRegistration(event: Event, request: Request) {
    const own = request.user && (await this.registrations.activeFor(event.id, request.user));
    return own
      ? this.eventPages.registration(own.registration, own.event, own.waitingPosition)
      : undefined;
  }
}

function answerOf(slug: string, result: RegistrationResult): RegistrationAnswer {
  if (result.outcome === 'check-mail') return { slug, waitingList: result.waitingList };
  return {
    slug,
    waitingList: result.waitingList,
    manageToken: result.registration.managementToken,
    alreadyRegistered: result.alreadyRegistered,
  };
}
