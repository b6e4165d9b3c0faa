import { Body, Controller, Get, Post, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { IdParam, UuidParam } from '../common/params/id-param.decorator.js';
import { utcToBerlinLocal } from '../common/views/berlin-local-time.js';
import { CheckInService } from './check-in.service.js';
import { WalkInDto } from './dto/walk-in.dto.js';
import { EventsAdminService } from './events-admin.service.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const LIST = { title: 'Veranstaltungen', url: '/verwaltung/veranstaltungen' };

/**
 * Check-in at the door, usable on a phone: one large button per person with a seat, a search
 * that works without JavaScript, taking a check-in back as its own action, and walk-ins.
 */
@Controller('verwaltung/veranstaltungen')
@RequireRoles('organizer')
export class EventCheckInController {
  constructor(
    private readonly events: EventsAdminService,
    private readonly checkIns: CheckInService,
  ) {}

  @Get(':id/einlass')
  @Render('events/admin/check-in')
  async page(
    @IdParam('id') id: number,
    @Query('suche') search: unknown,
    @Query('zuletzt') last: unknown,
  ) {
    return this.model(id, typeof search === 'string' ? search : '', last);
  }

  /** The address of a refused walk-in, opened again: the check-in page. */
  @Get(':id/nachmeldung')
  @Render('events/admin/check-in')
  walkInForm(@IdParam('id') id: number) {
    return this.model(id, '', undefined);
  }

  @Post(':id/nachmeldung')
  @FormView('events/admin/check-in')
  async walkIn(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.model(id, '', undefined);
    const form = await validateForm(WalkInDto, body);
    const registration = await this.checkIns.walkIn(actor, id, form);
    response.redirect(303, this.rowUrl(id, registration.id, ''));
  }

  @Post(':id/einlass/:registrationId')
  async checkIn(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @Body('suche') search: unknown,
    @Res() response: Response,
  ) {
    await this.checkIns.checkIn(id, registrationId);
    response.redirect(303, this.rowUrl(id, registrationId, search));
  }

  @Post(':id/einlass/:registrationId/zuruecknehmen')
  async undoCheckIn(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @Body('suche') search: unknown,
    @Res() response: Response,
  ) {
    await this.checkIns.undoCheckIn(id, registrationId);
    response.redirect(303, this.rowUrl(id, registrationId, search));
  }

  /** Back to the person's row, which says what just happened; the search stays as it was. */
  private rowUrl(id: number, registrationId: string, search: unknown): string {
    const query = new URLSearchParams({ zuletzt: registrationId });
    if (typeof search === 'string' && search.trim()) query.set('suche', search.trim());
    return `${LIST.url}/${id}/einlass?${query.toString()}#anmeldung-${registrationId}`;
  }

  private async model(id: number, search: string, last: unknown) {
    const event = await this.events.find(id);
    const [registrations, free] = await Promise.all([
      this.events.registrations(id),
      this.checkIns.freeSeats(event),
    ]);
    const seats = registrations.filter((registration) => registration.status === 'seat');
    const needle = search.trim().toLocaleLowerCase('de');
    const rows = seats
      .filter(
        (registration) =>
          !needle ||
          [registration.name, registration.email, registration.organization].some((text) =>
            text?.toLocaleLowerCase('de').includes(needle),
          ),
      )
      .map((registration) => ({
        id: registration.id,
        name: registration.name ?? '(gelöscht)',
        organization: registration.organization,
        email: registration.email,
        attended: Boolean(registration.attendedAt),
        attendedTime: registration.attendedAt
          ? utcToBerlinLocal(registration.attendedAt).slice(11)
          : '',
        isLast: registration.id === last,
      }));
    return {
      pageTitle: `Einlass: ${event.title}`,
      breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      event,
      rows,
      search: search.trim(),
      counts: {
        seats: seats.length,
        attended: seats.filter((registration) => registration.attendedAt).length,
        shown: rows.length,
      },
      free,
      full: free === 0,
      walkInAction: `${LIST.url}/${id}/nachmeldung#fehler`,
    };
  }
}
