import { Body, Controller, Get, Header, Post, Render, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { RequireRoles } from '../common/auth/require-roles.decorator.js';
import type { SessionUser } from '../common/auth/roles.js';
import { FormView } from '../common/forms/form-view.decorator.js';
import { validateForm } from '../common/forms/validate-form.js';
import { addFlash } from '../common/session/web-session.js';
import { ConceptService } from '../concept/concept.service.js';
import { ProcessesService } from '../participation/processes.service.js';
import { DocumentUpload, UploadedDocument } from '../documents/document-upload.js';
import type { IncomingDocumentFile } from '../documents/document-validation.js';
import { DOCUMENT_KIND_LABELS, toDocumentView } from '../documents/document-view.js';
import { EventDocumentDto } from './dto/event-document.dto.js';
import { EventDocumentsService } from './event-documents.service.js';
import { CancelEventDto, EventFormDto, MessageDto } from './dto/event-form.dto.js';
import { EVENT_FORMATS } from './event-formats.js';
import { EventsAdminService } from './events-admin.service.js';
import { registrationsCsv, registrationRows } from './registrations-list.js';
import { RegistrationsService } from './registrations.service.js';
import { CONFIRM_VIEW, type Confirmation } from '../common/forms/confirmation.js';
import { IdParam, UuidParam } from '../common/params/id-param.decorator.js';

const BACK_OFFICE = { title: 'Verwaltung', url: '/verwaltung' };
const LIST = { title: 'Veranstaltungen', url: '/verwaltung/veranstaltungen' };

@Controller('verwaltung/veranstaltungen')
@RequireRoles('organizer')
export class EventsAdminController {
  constructor(
    private readonly events: EventsAdminService,
    private readonly registrations: RegistrationsService,
    private readonly concept: ConceptService,
    private readonly eventDocuments: EventDocumentsService,
    private readonly processes: ProcessesService,
  ) {}

  @Get()
  @Render('events/admin/list')
  async list() {
    const events = await this.events.list();
    return { pageTitle: 'Veranstaltungen', breadcrumbs: [BACK_OFFICE], events };
  }

  @Get('neu')
  @Render('events/admin/form')
  async createForm() {
    return {
      ...(await this.formModel()),
      pageTitle: 'Neue Veranstaltung',
      action: `${LIST.url}/neu`,
      values: {
        format: 'regional_forum',
        waitingListEnabled: 'ja',
        fieldSlugs: [],
        approachIds: [],
      },
    };
  }

  @Post('neu')
  @FormView('events/admin/form')
  async create(
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: 'Neue Veranstaltung',
      action: `${LIST.url}/neu`,
    };
    const event = await this.events.save(actor, await validateForm(EventFormDto, body));
    addFlash(request, {
      kind: 'success',
      message: 'Die Veranstaltung ist als Entwurf gespeichert.',
    });
    response.redirect(303, `${LIST.url}/${event.id}`);
  }

  @Get(':id')
  @Render('events/admin/form')
  async editForm(@IdParam('id') id: number) {
    const event = await this.events.find(id);
    return {
      ...(await this.formModel()),
      pageTitle: event.title,
      event,
      action: `${LIST.url}/${id}`,
      values: this.events.formValues(event),
    };
  }

  @Post(':id')
  @FormView('events/admin/form')
  async update(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const event = await this.events.find(id);
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: event.title,
      event,
      action: `${LIST.url}/${id}`,
    };
    await this.events.save(actor, await validateForm(EventFormDto, body), id);
    addFlash(request, { kind: 'success', message: 'Die Veranstaltung ist gespeichert.' });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  @Post(':id/veroeffentlichen')
  async publish(
    @IdParam('id') id: number,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const event = await this.events.publish(actor, id);
    addFlash(request, { kind: 'success', message: `„${event.title}“ ist veröffentlicht.` });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  @Post(':id/absagen')
  @FormView('events/admin/form')
  async cancel(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    const event = await this.events.find(id);
    response.locals.formModel = {
      ...(await this.formModel()),
      pageTitle: event.title,
      event,
      action: `${LIST.url}/${id}`,
      values: this.events.formValues(event),
    };
    const form = await validateForm(CancelEventDto, body);
    const sent = await this.events.cancel(actor, id, form.reason);
    addFlash(request, {
      kind: 'success',
      message: `Die Veranstaltung ist abgesagt; ${sent} Angemeldete werden per E-Mail informiert.`,
    });
    response.redirect(303, `${LIST.url}/${id}`);
  }

  @Get(':id/anmeldungen')
  @Render('events/admin/registrations')
  async registrationList(@IdParam('id') id: number) {
    return this.registrationsModel(id);
  }

  @Get(':id/anmeldungen.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async registrationCsv(@IdParam('id') id: number, @Res({ passthrough: true }) response: Response) {
    const event = await this.events.find(id);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="anmeldungen-${event.slug}.csv"`,
    );
    return registrationsCsv(event, await this.events.registrations(id));
  }

  @Post(':id/anmeldungen/:registrationId/annehmen')
  async approve(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.registrations.approve(actor, id, registrationId);
    addFlash(request, { kind: 'success', message: 'Die Anmeldung ist angenommen.' });
    response.redirect(303, `${LIST.url}/${id}/anmeldungen`);
  }

  @Get(':id/anmeldungen/:registrationId/ablehnen')
  @Render(CONFIRM_VIEW)
  async confirmDecline(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
  ): Promise<Confirmation> {
    await this.registrations.findForEvent(id, registrationId);
    return {
      pageTitle: 'Anmeldung ablehnen',
      breadcrumbs: [BACK_OFFICE, LIST],
      question: 'Diese Anmeldung wirklich ablehnen?',
      consequence:
        'Die Person erhält eine E-Mail, ihr Platz geht an die Warteliste. Das lässt sich nicht rückgängig machen.',
      action: `${LIST.url}/${id}/anmeldungen/${registrationId}/ablehnen`,
      confirmLabel: 'Ja, ablehnen',
      cancelUrl: `${LIST.url}/${id}/anmeldungen`,
    };
  }

  @Post(':id/anmeldungen/:registrationId/ablehnen')
  async decline(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.registrations.decline(actor, id, registrationId);
    addFlash(request, {
      kind: 'success',
      message: 'Die Anmeldung ist abgelehnt; der Platz geht an die Warteliste.',
    });
    response.redirect(303, `${LIST.url}/${id}/anmeldungen`);
  }

  @Post(':id/nachricht')
  @FormView('events/admin/registrations')
  async message(
    @IdParam('id') id: number,
    @Body() body: Record<string, unknown>,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.registrationsModel(id);
    const form = await validateForm(MessageDto, body);
    const sent = await this.events.message(actor, id, form.subject, form.text);
    addFlash(request, { kind: 'success', message: `Die Nachricht geht an ${sent} Angemeldete.` });
    response.redirect(303, `${LIST.url}/${id}/anmeldungen`);
  }

  @Get(':id/dokumente')
  @Render('events/admin/documents')
  async documentsPage(@IdParam('id') id: number) {
    return this.documentsModel(id);
  }

  @Post(':id/dokumente')
  @DocumentUpload()
  @FormView('events/admin/documents')
  async upload(
    @IdParam('id') id: number,
    @UploadedDocument() file: IncomingDocumentFile | undefined,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    response.locals.formModel = await this.documentsModel(id);
    const form = await validateForm(EventDocumentDto, body);
    const warnings = await this.eventDocuments.attach(await this.events.find(id), file, form);
    addFlash(request, { kind: 'success', message: `„${form.title}“ ist hochgeladen.` });
    for (const warning of warnings) addFlash(request, { kind: 'warning', message: warning });
    response.redirect(303, `${LIST.url}/${id}/dokumente`);
  }

  @Get(':id/dokumente/:documentId/loeschen')
  @Render(CONFIRM_VIEW)
  async confirmRemoveDocument(
    @IdParam('id') id: number,
    @UuidParam('documentId') documentId: string,
  ): Promise<Confirmation> {
    const document = await this.eventDocuments.find(id, documentId);
    return {
      pageTitle: 'Dokument löschen',
      breadcrumbs: [BACK_OFFICE, LIST],
      question: `Das Dokument „${document.title}“ wirklich löschen?`,
      consequence:
        'Die Datei verschwindet von der Veranstaltungsseite und wird gelöscht; ihr Link funktioniert nicht mehr.',
      action: `${LIST.url}/${id}/dokumente/${documentId}/loeschen`,
      confirmLabel: 'Ja, löschen',
      cancelUrl: `${LIST.url}/${id}/dokumente`,
    };
  }

  @Post(':id/dokumente/:documentId/loeschen')
  async removeDocument(
    @IdParam('id') id: number,
    @UuidParam('documentId') documentId: string,
    @CurrentUser() actor: SessionUser,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    await this.eventDocuments.detach(actor, await this.events.find(id), documentId);
    addFlash(request, { kind: 'success', message: 'Das Dokument ist gelöscht.' });
    response.redirect(303, `${LIST.url}/${id}/dokumente`);
  }

  /** Check-in at the door: a short list with one large button per person, usable on a phone. */
  @Get(':id/einlass')
  @Render('events/admin/check-in')
  async checkIn(@IdParam('id') id: number) {
    const model = await this.registrationsModel(id);
    return {
      ...model,
      pageTitle: `Einlass: ${model.event.title}`,
      rows: model.rows.filter((row) => row.isSeat),
    };
  }

  @Post(':id/einlass/:registrationId')
  async toggleAttendance(
    @IdParam('id') id: number,
    @UuidParam('registrationId') registrationId: string,
    @Body('anwesend') attended: unknown,
    @Res() response: Response,
  ) {
    await this.registrations.setAttended(id, registrationId, attended === 'ja');
    response.redirect(303, `${LIST.url}/${id}/einlass#anmeldung-${registrationId}`);
  }

  private async documentsModel(id: number) {
    const event = await this.events.find(id);
    const documents = await this.eventDocuments.list(id);
    return {
      pageTitle: `Dokumente: ${event.title}`,
      breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      event,
      documents: documents.map((document) => ({ ...toDocumentView(document), id: document.id })),
      kinds: Object.entries(DOCUMENT_KIND_LABELS).map(([value, label]) => ({ value, label })),
    };
  }

  private async registrationsModel(id: number) {
    const event = await this.events.find(id);
    const registrations = await this.events.registrations(id);
    const rows = registrationRows(event, registrations);
    return {
      pageTitle: `Anmeldungen: ${event.title}`,
      breadcrumbs: [BACK_OFFICE, LIST, { title: event.title, url: `${LIST.url}/${id}` }],
      event,
      rows,
      counts: {
        seats: rows.filter((row) => row.isSeat).length,
        waiting: rows.filter((row) => row.isWaiting).length,
        attended: rows.filter((row) => row.attended).length,
      },
    };
  }

  private async formModel() {
    const [fields, approaches, processes] = await Promise.all([
      this.concept.findStructure(),
      this.concept.listApproaches(),
      this.processes.list(),
    ]);
    return {
      breadcrumbs: [BACK_OFFICE, LIST],
      formats: Object.entries(EVENT_FORMATS).map(([value, label]) => ({ value, label })),
      fieldOptions: fields.map((field) => ({ value: field.slug, label: field.title })),
      approachOptions: fields.map((field) => ({
        label: field.title,
        approaches: approaches.filter((approach) => approach.fieldSlug === field.slug),
      })),
      processOptions: processes.map((process) => ({ value: process.id, label: process.title })),
    };
  }
}
