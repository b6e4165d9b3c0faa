import { Body, Controller, Get, Header, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { formatDateTime } from '../common/views/berlin-time.js';
import { EventNotifications } from './event-notifications.service.js';
import { EventPagesService } from './event-pages.service.js';
import { EventsService } from './events.service.js';
import { RegistrationsService } from './registrations.service.js';

@Controller('veranstaltungen')
export class EventsController {
  constructor(
    private readonly pages: EventPagesService,
    private readonly registrations: RegistrationsService,
  ) {}

  @Get()
  @Render('events/list')
  list(@Query('format') format: unknown) {
    return this.pages.list(format);
  }

  /**
   * The link in the confirmation mail asks for a press of the button: a mail scanner that opens
   * every link must not confirm an address for its owner. Once confirmed, it shows the state.
   */
  @Get('anmeldung/bestaetigen')
  async confirmPage(@Query('token') token: unknown, @Res() response: Response) {
    const confirmationToken = typeof token === 'string' ? token : '';
    const { registration, event } = await this.registrations.pendingConfirmation(confirmationToken);
    const page = this.pages.registration(registration, event);
    if (registration.emailConfirmedAt) {
      response.redirect(303, `${page.manageUrl}#ergebnis`);
      return;
    }
    response.render('events/confirm-registration', {
      ...page,
      pageTitle: 'Anmeldung bestätigen',
      confirmationToken,
      isWaitingList: registration.status === 'waiting',
      confirmBy: registration.holdExpiresAt && formatDateTime(registration.holdExpiresAt),
    });
  }

  @Post('anmeldung/bestaetigen')
  async confirm(@Body('token') token: unknown, @Res() response: Response) {
    const registration = await this.registrations.confirm(typeof token === 'string' ? token : '');
    const manageToken = encodeURIComponent(registration.managementToken);
    response.redirect(303, `/veranstaltungen/anmeldung?token=${manageToken}#ergebnis`);
  }

  /** The link in every mail: see the registration and cancel it. */
  @Get('anmeldung')
  @Render('events/registration')
  async manage(@Query('token') token: unknown) {
    const { registration, event, waitingPosition } = await this.registrations.findByToken(
      typeof token === 'string' ? token : '',
    );
    return this.pages.registration(registration, event, waitingPosition);
  }

  /** Cancelling asks first, naming the event and the person, and says what it means. */
  @Get('anmeldung/abmelden')
  async confirmCancel(@Query('token') token: unknown, @Res() response: Response) {
    const manageToken = typeof token === 'string' ? token : '';
    const { registration, event, waitingPosition } =
      await this.registrations.findByToken(manageToken);
    const page = this.pages.registration(registration, event, waitingPosition);
    if (!page.cancelUrl || !page.state.cancel) {
      response.redirect(303, `${page.manageUrl}#ergebnis`);
      return;
    }
    response.render('events/cancel-registration', {
      ...page,
      pageTitle: `${page.state.cancel.label}?`,
      manageToken,
    });
  }

  @Post('anmeldung/abmelden')
  async cancel(@Body('token') token: unknown, @Res() response: Response) {
    const registration = await this.registrations.cancelByToken(
      typeof token === 'string' ? token : '',
    );
    const manageToken = encodeURIComponent(registration.managementToken);
    response.redirect(303, `/veranstaltungen/anmeldung?token=${manageToken}#ergebnis`);
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
