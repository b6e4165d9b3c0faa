import { Body, Controller, Get, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { IdParam } from '../common/params/id-param.decorator.js';
import { addFlash } from '../common/session/web-session.js';
import { MessageDto } from './dto/event-form.dto.js';
import { MESSAGE_RECIPIENT_GROUPS } from './entities/event-message.entity.js';
import { RECIPIENT_GROUP_LABELS, EventsAdminService } from './events-admin.service.js';
import { sentMessageRows } from './sent-messages.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const LIST = { title: 'Veranstaltungen', url: '/verwaltung/veranstaltungen' };

/**
 * "Nachricht an Angemeldete": write (choosing who gets it), see the mail exactly as it goes out
 * and to how many, then send; every message sent is kept and listed.
 */
@Controller('verwaltung/veranstaltungen')
@RequireRoles('organizer')
export class EventMessagesController {
  constructor(private readonly events: EventsAdminService) {}

  @Get(':id/nachricht')
  @Render('events/admin/message')
  async form(@IdParam('id') id: number) {
    return { ...(await this.model(id)), values: { recipients: 'seat' } };
  }

  /** Checks the message and shows the preview; "Ändern" on the preview comes back here. */
  @Post(':id/nachricht')
  @FormView('events/admin/message')
  async preview(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @Res() response: Response,
  ) {
    const model = await this.model(id);
    response.locals.formModel = model;
    const form = await validateForm(MessageDto, body);
    if (body.aendern) {
      response.status(200).render('events/admin/message', { ...model, values: form });
      return;
    }
    const preview = await this.events.messagePreview(id, form);
    response.status(200).render('events/admin/message-preview', {
      ...model,
      pageTitle: `Vorschau der Nachricht: ${model.event.title}`,
      values: form,
      preview,
      groupLabel: RECIPIENT_GROUP_LABELS[form.recipients],
      people: preview.count === 1 ? '1 Person' : `${preview.count} Personen`,
    });
  }

  /** The address of a refused send, opened again: the form. */
  @Get(':id/nachricht/senden')
  @Render('events/admin/message')
  formAgain(@IdParam('id') id: number) {
    return this.form(id);
  }

  @Post(':id/nachricht/senden')
  @FormView('events/admin/message')
  async send(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.model(id);
    const form = await validateForm(MessageDto, body);
    const sent = await this.events.message(actor, id, form);
    addFlash(request, {
      kind: 'success',
      message: `Die Nachricht „${form.subject}“ ist an ${sent === 1 ? '1 Person' : `${sent} Personen`} (${RECIPIENT_GROUP_LABELS[form.recipients]}) unterwegs.`,
    });
    response.redirect(303, `${LIST.url}/${id}/nachricht#inhalt`);
  }

  private async model(id: number) {
    const event = await this.events.find(id);
    const [counts, messages] = await Promise.all([
      this.events.recipientCounts(id),
      this.events.sentMessages(id),
    ]);
    return {
      pageTitle: `Nachricht an Angemeldete: ${event.title}`,
      breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      event,
      action: `${LIST.url}/${id}/nachricht#fehler`,
      groups: MESSAGE_RECIPIENT_GROUPS.map((value) => ({
        value,
        label: RECIPIENT_GROUP_LABELS[value],
        count: counts[value],
      })),
      messages: sentMessageRows(messages),
    };
  }
}
