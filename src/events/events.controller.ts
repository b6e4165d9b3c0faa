import { Body, Controller, Get, Header, Post, Query, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { addFlash } from '../common/session/web-session.js';
import { EventNotifications } from './event-notifications.service.js';
import { EventPagesService } from './event-pages.service.js';
import { EventsService } from './events.service.js';
import { type ConfirmedOutcome, RegistrationsService } from './registrations.service.js';

export const OUTCOME_MESSAGES: Record<ConfirmedOutcome, string> = {
  seat: 'Ihre Anmeldung ist bestätigt. Wir haben Ihnen eine E-Mail mit allen Angaben und dem Kalendereintrag geschickt.',
  'pending-approval':
    'Ihre Anmeldung ist eingegangen. Die Veranstalter bestätigen sie in Kürze per E-Mail.',
  waiting: 'Die Veranstaltung ist ausgebucht; Sie stehen auf der Warteliste.',
};

/** Also the answer to a second registration with the same address, so it tells nobody anything. */
export function checkMailMessage(holdMinutes: number): string {
  return `Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail, die wir Ihnen gerade geschickt haben. Wir halten Ihren Platz ${holdMinutes} Minuten lang frei.`;
}

@Controller('veranstaltungen')
export class EventsController {
  constructor(
    private readonly pages: EventPagesService,
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly notifications: EventNotifications,
  ) {}

  @Get()
  @Render('events/list')
  list(@Query('format') format: unknown) {
    return this.pages.list(format);
  }

  /** The link in the confirmation mail. */
  @Get('anmeldung/bestaetigen')
  async confirm(@Query('token') token: unknown, @Res() response: Response) {
    const result = await this.registrations.confirm(typeof token === 'string' ? token : '');
    response.render('events/registration', {
      pageTitle: 'Anmeldung bestätigt',
      event: this.pages.summary(result.event),
      registration: result.registration,
      message: OUTCOME_MESSAGES[result.outcome],
      waitingPosition: result.waitingPosition,
      manageToken: result.registration.managementToken,
      canCancel: true,
    });
  }

  /** The link in every mail: see the registration and cancel it. */
  @Get('anmeldung')
  @Render('events/registration')
  async manage(@Query('token') token: unknown) {
    const manageToken = typeof token === 'string' ? token : '';
    const { registration, event, waitingPosition } =
      await this.registrations.findByToken(manageToken);
    const active = registration.status === 'seat' || registration.status === 'waiting';
    return {
      pageTitle: 'Ihre Anmeldung',
      event: this.pages.summary(event),
      registration,
      waitingPosition,
      manageToken,
      canCancel: active && event.endsAt > new Date(),
      message: active
        ? registration.status === 'waiting'
          ? `Sie stehen auf Platz ${waitingPosition} der Warteliste.`
          : registration.emailConfirmedAt
            ? 'Sie sind angemeldet.'
            : 'Ihre Anmeldung ist noch nicht bestätigt. Bitte nutzen Sie den Link in unserer E-Mail.'
        : registration.status === 'expired'
          ? 'Diese Anmeldung ist nicht mehr aktiv: Sie wurde nicht rechtzeitig bestätigt, der Platz ist wieder frei. Bitte melden Sie sich bei Bedarf erneut an.'
          : 'Diese Anmeldung ist nicht mehr aktiv.',
    };
  }

  @Post('anmeldung/abmelden')
  async cancel(@Body('token') token: unknown, @Req() request: Request, @Res() response: Response) {
    const registration = await this.registrations.cancelByToken(
      typeof token === 'string' ? token : '',
    );
    addFlash(request, {
      kind: 'success',
      message: 'Sie sind abgemeldet. Danke, dass Sie Bescheid gegeben haben.',
    });
    response.redirect(303, `/veranstaltungen/${registration.event.slug}`);
  }
}

@Controller()
export class CalendarController {
  constructor(
    private readonly events: EventsService,
    private readonly notifications: EventNotifications,
  ) {}

  /** All published upcoming events as one calendar to subscribe to. */
  @Get('veranstaltungen.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="veranstaltungen.ics"')
  async feed(): Promise<string> {
    return this.notifications.calendarFile(await this.events.upcoming(500));
  }
}
